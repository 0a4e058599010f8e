/** Shared safety content and rules (pure). */
export * from './ids';
export * from './schema';
export * from './load';
export * from './rules';
export * from './redFlags';
export * from './acutePain';
