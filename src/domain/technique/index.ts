/** Technique files: schema, the parse gate, lint, anatomical points and durations (pure). */
export * from './schema';
export * from './diagnostics';
export * from './parse';
export * from './lint';
export * from './check';
export * from './points';
export * from './duration';
export * from './acupoints';
export { didYouMean, levenshtein } from './didYouMean';
export * from './migrate';
export * from './position';
export * from './landmarks';
export * from './contacts';
export * from './tempo';
