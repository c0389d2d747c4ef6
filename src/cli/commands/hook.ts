import type { Command } from 'commander';
import { callOf, hookOutput, parseHookInput } from '../../firewall/hooks/claude-code.js';
import { localVerdict, remoteVerdict, type Verdict } from '../../firewall/hooks/gate-client.js';
import { loadCliConfig } from '../load-config.js';

// `switchyard hook claude-code`: Claude Code's PreToolUse hook. Asks a running gateway when one is
// configured (--gateway-url / SWITCHYARD_URL), else assesses locally with the same policy.

async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of process.stdin) parts.push(c as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function block(reason: string): never {
  // Exit 2 blocks the tool call in Claude Code and shows stderr to the model; any other failure
  // exit would let the call run.
  process.stderr.write(`Switchyard hook blocked the call: ${reason}\n`);
  process.exit(2);
}

export function register(program: Command): void {
  const hook = program.command('hook').description('agent hook protocols backed by the Switchyard firewall');
  hook
    .command('claude-code')
    .description("Claude Code PreToolUse hook: reads the hook JSON on stdin, prints the permission decision JSON")
    .option('--gateway-url <url>', 'ask this running gateway (default: env SWITCHYARD_URL; none = assess locally)')
    .option('--api-key <key>', "the agent's gateway key (default: env SWITCHYARD_API_KEY)")
    .option('--wait <seconds>', 'wait this long for a person to answer a gated call before falling back to ask', '0')
    .option('-c, --config <file>', 'switchyard.yaml whose firewall section to use locally')
    .action(async (opts: { gatewayUrl?: string; apiKey?: string; wait: string; config?: string }) => {
      let input;
      try {
        input = parseHookInput(await readStdin());
      } catch (err) {
        block((err as Error).message);
      }
      if (input.hook_event_name !== 'PreToolUse') return; // nothing to decide: exit 0, no output
      const { call, context } = callOf(input);
      const url = opts.gatewayUrl ?? process.env.SWITCHYARD_URL;
      const waitS = Number(opts.wait);
      if (!Number.isFinite(waitS) || waitS < 0) block(`--wait must be a number of seconds >= 0, got "${opts.wait}"`);
      let verdict: Verdict;
      try {
        if (url) {
          verdict = await remoteVerdict({ url, apiKey: opts.apiKey ?? process.env.SWITCHYARD_API_KEY, waitMs: waitS * 1000 }, call, context);
        } else {
          const config = opts.config ? loadCliConfig(opts.config).config.firewall : undefined;
          verdict = localVerdict(call, context, config);
        }
      } catch (err) {
        block((err as Error).message);
      }
      process.stdout.write(`${hookOutput(verdict)}\n`);
    });
}
