import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { firewallConfigSchema, type FirewallConfig } from '../../config/firewall-schema.js';
import { assessLine } from '../../firewall/jsonl.js';
import { exitOnConfigError, loadCliConfig } from '../load-config.js';
import { explainTrace } from '../../firewall/explain.js';
import { httpJson, gatewayOptions } from './approvals.js';
import { CorpusFileError, loadRows, runCorpus } from '../../firewall/corpus/run-corpus.js';
import { applyLearnedLayers } from '../../firewall/learned/switches.js';
import { checkTargets, FailUnderError, formatReport, jsonReport, parseFailUnder, type FailUnder } from '../../firewall/eval/report.js';

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
      applyLearnedLayers(config);
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (line.trim() === '') continue;
        process.stdout.write(`${JSON.stringify(assessLine(line, n, config))}\n`);
      }
    });
  fw.command('eval')
    .description('score the firewall on labelled tool calls (JSONL rows {id,label,category,tool,args,context?,annotations?,crisis?}): must-gate recall, needless gates and crisis recall per category')
    .argument('<paths...>', 'JSONL files or directories of them')
    .option('--show-misses', 'list every missed, needless and crisis miss with the reasons')
    .option('--json', 'print the scores as one JSON object')
    .option('--fail-under <targets>', 'exit 1 when a target is not met, e.g. recall=0.97,crisis=1,needless=0.05')
    .option('-c, --config <file>', 'switchyard.yaml whose firewall section to use (default: built-in defaults)')
    .action((paths: string[], opts: { showMisses?: boolean; json?: boolean; failUnder?: string; config?: string }) => {
      let targets: FailUnder = {};
      let config: FirewallConfig;
      try {
        targets = opts.failUnder ? parseFailUnder(opts.failUnder) : {};
        config = opts.config ? loadCliConfig(opts.config).config.firewall : firewallConfigSchema.parse({});
      } catch (err) {
        if (err instanceof FailUnderError) {
          process.stderr.write(`${err.message}\n`);
          process.exit(2);
        }
        exitOnConfigError(err);
      }
      applyLearnedLayers(config);
      let result;
      try {
        result = runCorpus(loadRows(paths), config);
      } catch (err) {
        if (!(err instanceof CorpusFileError)) throw err;
        process.stderr.write(`firewall eval: ${err.message}\n`);
        process.exit(2);
      }
      const failed = checkTargets(result, targets);
      if (opts.json) process.stdout.write(`${JSON.stringify(jsonReport(result, !!opts.showMisses, failed), null, 2)}\n`);
      else {
        process.stdout.write(formatReport(result, !!opts.showMisses));
        for (const f of failed) process.stdout.write(`target not met: ${f}\n`);
      }
      if (failed.length) process.exitCode = 1;
    });
  gatewayOptions(
    fw.command('explain <id>').description('print one stored assessment trace for a person'),
  ).action(async (id: string, opts: { url: string; token?: string }) => {
    const trace = await httpJson(opts, 'GET', `/v1/firewall/traces/${encodeURIComponent(id)}`);
    process.stdout.write(explainTrace(trace as never));
  });
}
