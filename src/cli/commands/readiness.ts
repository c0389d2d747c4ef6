import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../../core/errors.js';
import { loadConfigFile } from '../../config/load.js';
import { loadProfile } from '../../integrations/hermes/readiness/profile.js';
import { buildJson, buildMarkdown, readiness } from '../../integrations/hermes/readiness/report.js';
import { exitOnConfigError } from '../load-config.js';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function register(program: Command): void {
  program
    .command('readiness')
    .description('write a migration-readiness packet for a code base (touchpoints, requirement matrix, next steps)')
    .requiredOption('--repo <path>', 'root of the code base to scan (e.g. a hermes-agent checkout)')
    .option('--config <file>', 'a switchyard.yaml whose coverage the matrix should reflect')
    .option('--profile <name-or-file>', 'built-in profile name or a YAML/JSON profile file', 'hermes')
    .option('--out <file>', 'write the Markdown packet here (default: stdout)')
    .option('--json <file>', 'also write the report as JSON')
    .action((opts: { repo: string; config?: string; profile: string; out?: string; json?: string }) => {
      try {
        let isDir = false;
        try {
          isDir = statSync(opts.repo).isDirectory();
        } catch {
          /* reported below */
        }
        if (!isDir) throw new ConfigError(opts.repo, [{ path: '--repo', message: 'not a directory' }]);
        const profile = loadProfile(opts.profile);
        const config = opts.config ? { file: opts.config, config: loadConfigFile(opts.config).config } : undefined;
        const report = readiness(opts.repo, profile, config);
        const markdown = buildMarkdown(report);
        if (opts.out) write(opts.out, markdown);
        else process.stdout.write(markdown);
        if (opts.json) write(opts.json, buildJson(report));
        const counts = report.requirements.map((r) => `${r.name}: ${r.status}`).join('; ');
        const done = [opts.out && `Wrote ${opts.out}`, opts.json && `Wrote ${opts.json}`].filter(Boolean).join('\n');
        process.stderr.write(`${report.touchpoints.length} touchpoints. ${counts}\n${done ? `${done}\n` : ''}`);
      } catch (err) {
        exitOnConfigError(err);
      }
    });
}
