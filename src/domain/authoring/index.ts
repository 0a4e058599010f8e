/**
 * The authoring studio's domain (pure: no React, no three renderer): edits as data and their
 * pure application, defaults, forms derived from the schema, the draft checks (the same gate and
 * lint as imported files), export, and placing anatomical points by clicking the skin.
 */
export * from './edits';
export * from './defaults';
export * from './fields';
export * from './check';
export * from './placement';
