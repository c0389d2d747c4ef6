import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

// Claude Code starts the hook once per tool call, so compiling its ~600 KB of JavaScript is paid
// on every call. Node 20 keeps no compile cache for ES modules (module.enableCompileCache is
// 22.1+), so the bundled hook is CommonJS run through vm.Script with V8's code cache: the build
// runs the bundle on typical calls and saves its compiled code, lazily compiled functions
// included, next to it (scripts/build-hook.ts). V8 rejects a cache made by another Node or V8
// version; the file then compiles as it would without one.

export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
  /** True when a cache file was there and V8 refused it. */
  cacheRejected: boolean;
}

export function cacheFileOf(file: string): string {
  return `${file}.cache`;
}

/** Runs the CommonJS file `file` as `require` would, compiled with its code cache when one fits. */
export function loadBundle(file: string): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileOf(file));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  const mod = { exports: {} as Record<string, unknown> };
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return { exports: mod.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}
