import { parseArgs } from 'node:util';
import { blockAndExit, HookBlocked, runClaudeCodeHook, writeOut } from './run-claude-code.js';

// The body of `switchyard-hook` (claude-code-entry.ts, and the bundle's claude-code-bundle-entry.ts):
// no CLI framework, server, store or config schema; the engine loads only for a local verdict, and
// none of it when a gateway answers. `switchyard hook claude-code` runs the same code inside the CLI.

export { runClaudeCodeHook } from './run-claude-code.js';

const USAGE = 'usage: switchyard-hook [claude-code] [--gateway-url URL] [--api-key KEY] [--wait SECONDS] [-c switchyard.yaml]';

/** `args`: the command line after the script (a snapshot has no script: its arguments start at argv[1]). */
export async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
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
    writeOut(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1 || (positionals[0] && positionals[0] !== 'claude-code')) blockAndExit(`unknown hook "${positionals.join(' ')}"\n${USAGE}`);
  const config = values.config;
  try {
    const line = await runClaudeCodeHook({
      gatewayUrl: values['gateway-url'],
      apiKey: values['api-key'],
      wait: values.wait,
      loadConfig: config
        ? async () => {
            const fw = (await import('../../cli/load-config.js')).loadCliConfig(config).config.firewall;
            (await import('../learned/switches.js')).applyLearnedLayers(fw);
            return fw;
          }
        : undefined,
    });
    if (line) writeOut(`${line}\n`);
  } catch (err) {
    if (err instanceof HookBlocked) blockAndExit(err.message);
    blockAndExit(`unexpected error: ${(err as Error).message}`);
  }
}
