#!/usr/bin/env node
import module from 'node:module';

// `switchyard-hook`: the Claude Code PreToolUse hook as its own small program, bundled into
// dist/hook/ by `npm run build` (scripts/build-hook.mjs). Claude Code starts it once per tool
// call, so start-up is its latency. On Node 22.1+ compiled code is cached on disk across runs;
// the cache must be on before the rest loads, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./claude-code-main.js');
