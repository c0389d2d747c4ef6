import type { Command } from 'commander';
import { blockAndExit, HookBlocked, runClaudeCodeHook } from '../../firewall/hooks/run-claude-code.js';
import { loadCliConfig } from '../load-config.js';

// `switchyard hook claude-code`: Claude Code's PreToolUse hook. Asks a running gateway when one is
// configured (--gateway-url / SWITCHYARD_URL), else assesses locally with the same policy. The
// standalone `switchyard-hook` bin runs the same code without loading the whole CLI (faster).

export function register(program: Command): void {
  const hook = program.command('hook').description('agent hook protocols backed by the Switchyard firewall');
  hook
    .command('claude-code')
    .description("Claude Code PreToolUse hook: reads the hook JSON on stdin, prints the permission decision JSON (the `switchyard-hook` bin is the fast path)")
    .option('--gateway-url <url>', 'ask this running gateway (default: env SWITCHYARD_URL; none = assess locally)')
    .option('--api-key <key>', "the agent's gateway key (default: env SWITCHYARD_API_KEY)")
    .option('--wait <seconds>', 'wait this long for a person to answer a gated call before falling back to ask', '0')
    .option('-c, --config <file>', 'switchyard.yaml whose firewall section to use locally')
    .action(async (opts: { gatewayUrl?: string; apiKey?: string; wait: string; config?: string }) => {
      try {
        const line = await runClaudeCodeHook({
          gatewayUrl: opts.gatewayUrl,
          apiKey: opts.apiKey,
          wait: opts.wait,
          loadConfig: opts.config ? async () => loadCliConfig(opts.config!).config.firewall : undefined,
        });
        if (line) process.stdout.write(`${line}\n`);
      } catch (err) {
        if (err instanceof HookBlocked) blockAndExit(err.message);
        throw err;
      }
    });
}
