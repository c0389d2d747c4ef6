#!/usr/bin/env node
import { Command } from 'commander';
import { cliFailure } from './fail.js';

// The `switchyard` command: one file per command under ./commands, each registering the command of
// its name. A command's module loads what it runs (the server, the firewall engine, the eval
// runner), so only the one named on the command line is imported: `switchyard hook claude-code`
// starts without loading the gateway. Help, --version and unknown names load them all.
const COMMANDS: Record<string, () => Promise<{ register(program: Command): void }>> = {
  start: () => import('./commands/start.js'),
  export: () => import('./commands/export.js'),
  datasets: () => import('./commands/datasets.js'),
  episodes: () => import('./commands/episodes.js'),
  config: () => import('./commands/config.js'),
  canary: () => import('./commands/canary.js'),
  firewall: () => import('./commands/firewall.js'),
  approvals: () => import('./commands/approvals.js'),
  migrate: () => import('./commands/migrate.js'),
  readiness: () => import('./commands/readiness.js'),
  import: () => import('./commands/import.js'),
  eval: () => import('./commands/eval.js'),
  hook: () => import('./commands/hook.js'),
  'mcp-proxy': () => import('./commands/mcp-proxy.js'),
  optimize: () => import('./commands/optimize.js'),
};

const program = new Command()
  .name('switchyard')
  .description('An LLM gateway for AI agents: routing, experiments, memory, evaluation and a tool-call firewall')
  .version('0.1.0')
  .showHelpAfterError();

// Output piped into `head` or a pager that quits early: the reader has what it wanted, so stop
// quietly as other Unix tools do instead of failing on an unhandled EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  const named = process.argv[2];
  const load = named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]!] : Object.values(COMMANDS);
  for (const module of await Promise.all(load.map((importer) => importer()))) module.register(program);
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`${cliFailure(err)}\n`);
  process.exit(1);
}
