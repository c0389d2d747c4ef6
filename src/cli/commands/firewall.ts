import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { firewallConfigSchema, type FirewallConfig } from '../../config/firewall-schema.js';
import { assessLine } from '../../firewall/jsonl.js';
import { exitOnConfigError, loadCliConfig } from '../load-config.js';
import { explainTrace } from '../../firewall/explain.js';
import { httpJson, gatewayOptions } from './approvals.js';

export function register(program: Command): void {
  const fw = program.command('firewall').description('assess tool calls and inspect firewall traces');
  fw.command('assess')
    .description('assess tool calls read as JSON lines on stdin; writes one Assessment JSON line each, in order')
    .option('--jsonl', 'read JSON lines {"tool","args","context":{"user_message","session_id"}} (the only input format)')
    .option('-c, --config <file>', 'switchyard.yaml whose firewall section to use (default: built-in defaults)')
    .action(async (opts: { config?: string }) => {
      let config: FirewallConfig;
      try {
        config = opts.config ? loadCliConfig(opts.config).config.firewall : firewallConfigSchema.parse({});
      } catch (err) {
        exitOnConfigError(err);
      }
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (line.trim() === '') continue;
        process.stdout.write(`${JSON.stringify(assessLine(line, n, config))}\n`);
      }
    });
  gatewayOptions(
    fw.command('explain <id>').description('print one stored assessment trace for a person'),
  ).action(async (id: string, opts: { url: string; token?: string }) => {
    const trace = await httpJson(opts, 'GET', `/v1/firewall/traces/${encodeURIComponent(id)}`);
    process.stdout.write(explainTrace(trace as never));
  });
}
