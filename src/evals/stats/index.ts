export * from './wilson.js';
export * from './mcnemar.js';
export * from './bootstrap.js';
export * from './holm.js';
export * from './sample-size.js';
export * from './compare.js';
