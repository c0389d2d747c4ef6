#!/usr/bin/env node
import { Command } from 'commander';
import { register as registerStart } from './commands/start.js';
import { register as registerExport } from './commands/export.js';
import { register as registerDatasets } from './commands/datasets.js';
import { register as registerEpisodes } from './commands/episodes.js';
import { register as registerConfig } from './commands/config.js';
import { register as registerCanary } from './commands/canary.js';
import { register as registerFirewall } from './commands/firewall.js';
import { register as registerApprovals } from './commands/approvals.js';
import { register as registerMigrate } from './commands/migrate.js';
import { register as registerReadiness } from './commands/readiness.js';
import { register as registerImport } from './commands/import.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerHook } from './commands/hook.js';
import { register as registerMcpProxy } from './commands/mcp-proxy.js';
import { cliFailure } from './fail.js';
import { register as registerOptimize } from './commands/optimize.js';

// The `switchyard` command: one file per command under ./commands, registered here with one line.
const program = new Command()
  .name('switchyard')
  .description('An LLM gateway for AI agents: routing, experiments, memory, evaluation and a tool-call firewall')
  .version('0.1.0')
  .showHelpAfterError();

registerStart(program);
registerExport(program);
registerDatasets(program);
registerEpisodes(program);
registerConfig(program);
registerCanary(program);
registerFirewall(program);
registerApprovals(program);
registerMigrate(program);
registerReadiness(program);
registerImport(program);
registerEval(program);
registerHook(program);
registerMcpProxy(program);
registerOptimize(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`${cliFailure(err)}\n`);
  process.exit(1);
}
