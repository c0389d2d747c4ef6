#!/usr/bin/env node
import module from 'node:module';

// `switchyard-hook` run from the tsc output (dist/firewall/hooks/): the Claude Code PreToolUse hook
// as its own small program. The bin `npm run build` ships is the bundle of the same body
// (claude-code-bundle-entry.ts, scripts/build-hook.ts). Claude Code starts it once per tool call,
// so start-up is its latency. On Node 22.1+ compiled code is cached on disk across runs; the
// cache must be on before the rest loads, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await (await import('./claude-code-main.js')).main();
