import { readFileSync, writeFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { ConfigError } from '../../core/errors.js';
import { loadConfigFile, parseConfigText } from '../../config/load.js';
import { formatReport, migrateHermesConfig } from '../../integrations/hermes/migrate.js';
import { formatVerify, turnsFromStateDb, verifyMigration } from '../../integrations/hermes/verify.js';
import { exitOnConfigError } from '../load-config.js';

interface HermesFlags {
  config: string;
  out?: string;
  verify?: boolean;
  stateDb?: string;
  sample: number;
  against?: string;
}

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`must be a positive integer, got "${v}"`);
  return n;
};

export function register(program: Command): void {
  const migrate = program.command('migrate').description('turn another tool\'s config into a switchyard.yaml');
  migrate
    .command('hermes')
    .description('migrate a Hermes agent config.yaml (model, fallbacks, provider routing, smart routing, auxiliary, delegation)')
    .requiredOption('--config <file>', 'the Hermes config.yaml')
    .option('--out <file>', 'write switchyard.yaml here (default: print it to stdout)')
    .option('--verify', 'replay user turns through Hermes\'s routing rule and the migrated config; exit 1 on any difference')
    .option('--state-db <file>', 'with --verify: sample user turns from this Hermes state.db (default: synthetic turns)')
    .option('--sample <n>', 'with --verify --state-db: most turns replayed', positiveInt, 500)
    .option('--against <file>', 'with --verify: check this Switchyard config (e.g. an edited migration) instead of a fresh one')
    .action((opts: HermesFlags) => {
      try {
        let text: string;
        try {
          text = readFileSync(opts.config, 'utf8');
        } catch (err) {
          throw new ConfigError(opts.config, [{ path: '', message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }]);
        }
        const result = migrateHermesConfig(text, opts.config);
        // The output must pass `switchyard config check`; a failure here is a migrator bug.
        const { config, warnings } = parseConfigText(result.yaml, opts.out ?? '(migrated config)');
        const report = formatReport(result.report) + warnings.map((w) => `  warning: ${w}\n`).join('');
        if (opts.verify) {
          const checked = opts.against ? loadConfigFile(opts.against).config : config;
          const turns = opts.stateDb ? turnsFromStateDb(opts.stateDb, opts.sample) : undefined;
          const v = verifyMigration(text, checked, turns, opts.stateDb ? `sampled from ${opts.stateDb}` : 'synthetic turns');
          if (opts.out && !opts.against) writeFileSync(opts.out, result.yaml);
          process.stdout.write(formatVerify(v));
          if (v.differences.length) process.exitCode = 1;
          return;
        }
        if (opts.out) {
          writeFileSync(opts.out, result.yaml);
          process.stdout.write(`${report}Wrote ${opts.out}\n`);
        } else {
          process.stdout.write(result.yaml);
          process.stderr.write(report);
        }
      } catch (err) {
        if (err instanceof Error && err.name === 'SessionDbError') {
          process.stderr.write(`${err.message}\n`);
          process.exit(1);
        }
        exitOnConfigError(err);
      }
    });
}
