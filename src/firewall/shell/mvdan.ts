import { createRequire } from 'node:module';
import type MvdanSh from 'mvdan-sh';

/**
 * The bash parser package (1.5 MB of GopherJS), loaded on first use. Its own module so the hook's
 * build (scripts/build-hook.ts) can load it through V8's code cache instead.
 */
export function loadMvdan(): typeof MvdanSh {
  return createRequire(import.meta.url)('mvdan-sh') as typeof MvdanSh;
}
