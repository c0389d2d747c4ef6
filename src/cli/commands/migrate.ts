import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../../core/errors.js';
import { parseConfigText } from '../../config/load.js';
import { formatReport, migrateHermesConfig } from '../../integrations/hermes/migrate.js';
import { exitOnConfigError } from '../load-config.js';

export function register(program: Command): void {
  const migrate = program.command('migrate').description('turn another tool\'s config into a switchyard.yaml');
  migrate
    .command('hermes')
    .description('migrate a Hermes agent config.yaml (model, fallbacks, provider routing, smart routing, auxiliary, delegation)')
    .requiredOption('--config <file>', 'the Hermes config.yaml')
    .option('--out <file>', 'write switchyard.yaml here (default: print it to stdout)')
    .action((opts: { config: string; out?: string }) => {
      try {
        let text: string;
        try {
          text = readFileSync(opts.config, 'utf8');
        } catch (err) {
          throw new ConfigError(opts.config, [{ path: '', message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }]);
        }
        const result = migrateHermesConfig(text, opts.config);
        // The output must pass `switchyard config check`; a failure here is a migrator bug.
        const { warnings } = parseConfigText(result.yaml, opts.out ?? '(migrated config)');
        const report = formatReport(result.report) + warnings.map((w) => `  warning: ${w}\n`).join('');
        if (opts.out) {
          writeFileSync(opts.out, result.yaml);
          process.stdout.write(`${report}Wrote ${opts.out}\n`);
        } else {
          process.stdout.write(result.yaml);
          process.stderr.write(report);
        }
      } catch (err) {
        exitOnConfigError(err);
      }
    });
}
