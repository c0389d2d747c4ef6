// The tool taxonomy now lives in profiles/ (one file per agent); this module keeps the old import path.
export { profileFor, bareName } from './profiles/index.js';
export type { ToolProfile, ToolKind } from './profiles/index.js';
