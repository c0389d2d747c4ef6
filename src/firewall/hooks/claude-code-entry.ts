#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { blockAndExit, HookBlocked, runClaudeCodeHook } from './run-claude-code.js';

// `switchyard-hook`: the Claude Code PreToolUse hook as its own small program. It loads the
// firewall engine and nothing else (no CLI framework, no server, no store), so each tool call
// pays a Node start plus one assessment. `switchyard hook claude-code` does the same inside the CLI.

const USAGE = 'usage: switchyard-hook [claude-code] [--gateway-url URL] [--api-key KEY] [--wait SECONDS] [-c switchyard.yaml]';

async function main(): Promise<void> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        'gateway-url': { type: 'string' },
        'api-key': { type: 'string' },
        wait: { type: 'string', default: '0' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    blockAndExit(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1 || (positionals[0] && positionals[0] !== 'claude-code')) blockAndExit(`unknown hook "${positionals.join(' ')}"\n${USAGE}`);
  const config = values.config;
  try {
    const line = await runClaudeCodeHook({
      gatewayUrl: values['gateway-url'],
      apiKey: values['api-key'],
      wait: values.wait,
      loadConfig: config ? async () => (await import('../../cli/load-config.js')).loadCliConfig(config).config.firewall : undefined,
    });
    if (line) process.stdout.write(`${line}\n`);
  } catch (err) {
    if (err instanceof HookBlocked) blockAndExit(err.message);
    blockAndExit(`unexpected error: ${(err as Error).message}`);
  }
}

await main();
