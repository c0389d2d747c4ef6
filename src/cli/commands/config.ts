import type { Command } from 'commander';
import { configJsonSchema } from '../../config/json-schema.js';
import { loadConfigFile } from '../../config/load.js';
import { exitOnConfigError } from '../load-config.js';

export function register(program: Command): void {
  const config = program.command('config').description('check a config file or print its JSON Schema');
  config
    .command('check <file>')
    .description('validate a switchyard.yaml (exit 0 when valid, 1 with errors)')
    .action((file: string) => {
      try {
        const { config: c, warnings } = loadConfigFile(file);
        for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
        process.stdout.write(
          `${file}: valid (${Object.keys(c.providers).length} providers, ${Object.keys(c.models).length} models, ${Object.keys(c.routes).length} routes)\n`,
        );
      } catch (err) {
        exitOnConfigError(err);
      }
    });
  config
    .command('schema')
    .description('print the JSON Schema of switchyard.yaml (for editors)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    });
}
