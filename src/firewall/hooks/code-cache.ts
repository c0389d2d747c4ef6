import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

// Claude Code starts the hook once per tool call, so compiling its ~500 KB of JavaScript is paid
// on every call. Node 20 keeps no compile cache for ES modules (module.enableCompileCache is
// 22.1+), so the bundled hook is CommonJS run through vm.Script with V8's code cache: the build
// runs the bundles on typical calls and saves their compiled code, lazily compiled functions
// included, next to them (scripts/build-hook.ts). V8 rejects a cache made by another Node or V8
// version; the file then compiles as it would without one.

export interface LoadedBundle {
  file: string;
  cacheFile: string;
  exports: Record<string, unknown>;
  script: Script;
  /** True when a cache file was there and V8 refused it. */
  cacheRejected: boolean;
}

export function cacheFileOf(file: string): string {
  return `${file}.cache`;
}

// One registry per process, shared by every bundled copy of this module (the entry's and the
// body's): a bundle is loaded once, and the build can save the cache of each it ran.
const REGISTRY = Symbol.for('switchyard.hook.bundles');

export function loadedBundles(): Map<string, LoadedBundle> {
  const g = globalThis as { [REGISTRY]?: Map<string, LoadedBundle> };
  g[REGISTRY] ??= new Map();
  return g[REGISTRY];
}

/**
 * Runs the CommonJS file `file` as `require` would, compiled with its code cache (`cacheFile`,
 * next to it unless the file is a package's) when one fits.
 */
export function loadBundle(file: string, cacheFile = cacheFileOf(file)): LoadedBundle {
  const known = loadedBundles().get(file);
  if (known) return known;
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  const mod = { exports: {} as Record<string, unknown> };
  const loaded: LoadedBundle = { file, cacheFile, exports: mod.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
  loadedBundles().set(file, loaded);
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  loaded.exports = mod.exports;
  return loaded;
}
