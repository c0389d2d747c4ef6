export * from './wilson.js';
export * from './mcnemar.js';
export * from './bootstrap.js';
export * from './holm.js';
export * from './sample-size.js';
export * from './compare.js';
export { zTwoSided as zForConfidence, binomCdf } from './dists.js';
