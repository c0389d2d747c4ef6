// Bundles the `switchyard-hook` bin (src/firewall/hooks/claude-code-entry.ts) into dist/hook/.
// Claude Code starts the hook once per tool call, so its start-up is the latency: one bundled
// file instead of ~75 modules to resolve and read. What only some runs need stays in chunks
// loaded on demand (the engine when no gateway answers, the config loader for --config), and the
// bash parser (mvdan-sh, 1.5 MB) stays a package loaded only for commands the simple lexer declines.
// Run by `npm run build` (tsx scripts/build-hook.ts); the hook tests call buildHook() so they run
// exactly what it produces.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HOOK_DIR = `${ROOT}dist/hook`;
export const HOOK_ENTRY = `${HOOK_DIR}/claude-code-entry.js`;

export async function buildHook(): Promise<void> {
  rmSync(HOOK_DIR, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/firewall/hooks/claude-code-entry.ts'],
    outdir: HOOK_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    external: ['mvdan-sh'],
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildHook();
