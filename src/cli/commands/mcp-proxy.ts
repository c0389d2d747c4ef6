import type { Command } from 'commander';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { newId } from '../../core/ids.js';
import { localVerdict, remoteVerdict } from '../../firewall/hooks/gate-client.js';
import { McpFirewallRelay } from '../../firewall/mcp-proxy/relay.js';
import { loadCliConfig } from '../load-config.js';

// `switchyard mcp-proxy -- <server command...>` or `--url <streamable HTTP endpoint>`: speaks MCP
// over stdio to the agent and forwards to the real server, gating every tools/call.

export function register(program: Command): void {
  program
    .command('mcp-proxy')
    .description('wrap an MCP server: pass everything through, assess every tools/call first (gated calls wait for approval)')
    .argument('[command...]', 'the MCP server command and its arguments, after --')
    .option('--url <url>', 'forward to a streamable HTTP MCP server instead of a command')
    .option('--gateway-url <url>', 'ask this gateway and wait for approvals (default: env SWITCHYARD_URL; none = local policy, gated calls refused)')
    .option('--api-key <key>', "the agent's gateway key (default: env SWITCHYARD_API_KEY)")
    .option('--wait <seconds>', 'how long a gated call waits for a person', '600')
    .option('--session-id <id>', 'session id approvals are scoped to (default: one per proxy run)')
    .option('-c, --config <file>', 'switchyard.yaml whose firewall section to use locally')
    .action(async (command: string[], opts: { url?: string; gatewayUrl?: string; apiKey?: string; wait: string; sessionId?: string; config?: string }) => {
      if (!opts.url && command.length === 0) {
        process.stderr.write('mcp-proxy: give the server command after -- (e.g. switchyard mcp-proxy -- npx my-mcp-server) or --url\n');
        process.exit(1);
      }
      const waitS = Number(opts.wait);
      if (!Number.isFinite(waitS) || waitS < 0) {
        process.stderr.write(`mcp-proxy: --wait must be seconds >= 0, got "${opts.wait}"\n`);
        process.exit(1);
      }
      const gatewayUrl = opts.gatewayUrl ?? process.env.SWITCHYARD_URL;
      const apiKey = opts.apiKey ?? process.env.SWITCHYARD_API_KEY;
      const config = opts.config ? loadCliConfig(opts.config).config.firewall : undefined;
      const session_id = opts.sessionId ?? `mcp-${newId()}`;
      const upstream: Transport = opts.url
        ? new StreamableHTTPClientTransport(new URL(opts.url))
        : new StdioClientTransport({ command: command[0], args: command.slice(1), env: process.env as Record<string, string>, stderr: 'inherit' });
      const relay = new McpFirewallRelay(new StdioServerTransport(), upstream, {
        gate: (tool, args, annotations, signal) =>
          gatewayUrl
            ? remoteVerdict({ url: gatewayUrl, apiKey, waitMs: waitS * 1000 }, { tool, args, annotations }, { session_id }, signal)
            : Promise.resolve(localVerdict({ tool, args, annotations }, { session_id }, config)),
        onError: (err) => process.stderr.write(`mcp-proxy: ${err.message}\n`),
      });
      await relay.start(() => process.exit(0));
    });
}
