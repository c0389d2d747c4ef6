import type { Command } from 'commander';
import { buildFromImports, buildFromJsonl, buildFromQuery } from '../../datasets/build.js';
import type { DatasetVersion } from '../../store/dataset-types.js';
import { withStore } from '../open-store.js';
import { addQueryOptions, queryFromFlags, type QueryFlags } from '../query-options.js';

const line = (v: DatasetVersion) => `${v.dataset}@${v.version}  ${v.size} datapoints  ${v.created_at}${v.note ? `  ${v.note}` : ''}\n`;

export function register(program: Command): void {
  const ds = program.command('datasets').description('named, versioned datasets of conversations (every change makes a new version)');

  ds.command('list')
    .description('the latest version of every dataset')
    .option('-c, --config <file>', 'config file')
    .action(async (f: { config?: string }) => {
      await withStore(f.config, async (store) => {
        for (const v of await store.datasets.list()) process.stdout.write(line(v));
      });
    });

  ds.command('versions <name>')
    .description('every version of a dataset')
    .option('-c, --config <file>', 'config file')
    .action(async (name: string, f: { config?: string }) => {
      await withStore(f.config, async (store) => {
        const versions = await store.datasets.listVersions(name);
        if (!versions.length) throw new Error(`no dataset ${name}`);
        for (const v of versions) process.stdout.write(line(v));
      });
    });

  addQueryOptions(
    ds
      .command('add <name>')
      .description('make the next version of a dataset by adding datapoints from a JSONL file, imported sessions, or a query over stored inferences')
      .option('-c, --config <file>', 'config file')
      .option('--jsonl <file>', 'datapoints from a JSONL file ({messages, tools?, output?, tags?} or OpenAI fine-tuning lines)')
      .option('--from-imports [origin]', 'one datapoint per imported session (optionally of one origin, e.g. hermes)')
      .option('--use-demonstrations', 'query: use demonstration feedback as the output when present')
      .option('--note <text>', 'a note stored with the version'),
  ).action(async (name: string, f: QueryFlags & { config?: string; jsonl?: string; fromImports?: string | boolean; useDemonstrations?: boolean; note?: string }) => {
    await withStore(f.config, async (store) => {
      const v = f.jsonl
        ? await buildFromJsonl(store, name, f.jsonl, f.note)
        : f.fromImports
          ? await buildFromImports(store, name, { origin: typeof f.fromImports === 'string' ? f.fromImports : undefined, note: f.note })
          : await buildFromQuery(store, name, queryFromFlags(f), { useDemonstrations: f.useDemonstrations, note: f.note });
      process.stdout.write(line(v));
    });
  });

  ds.command('remove <name> <datapoint-ids...>')
    .description('make the next version without these datapoints (older versions keep them)')
    .option('-c, --config <file>', 'config file')
    .option('--note <text>', 'a note stored with the version')
    .action(async (name: string, ids: string[], f: { config?: string; note?: string }) => {
      await withStore(f.config, async (store) => {
        process.stdout.write(line(await store.datasets.commit(name, { remove: ids, note: f.note ?? `removed ${ids.length}` })));
      });
    });

  ds.command('show <name>')
    .description('print the datapoints of a version as JSONL')
    .option('-c, --config <file>', 'config file')
    .option('--version <n>', 'version (default: latest)', (v) => Number.parseInt(v, 10))
    .action(async (name: string, f: { config?: string; version?: number }) => {
      await withStore(f.config, async (store) => {
        const v = await store.datasets.getVersion(name, f.version);
        if (!v) throw new Error(`no dataset ${name}${f.version ? `@${f.version}` : ''}`);
        let cursor: string | undefined;
        do {
          const page = await store.datasets.listDatapoints(name, { version: v.version, cursor, limit: 500 });
          for (const d of page.items) process.stdout.write(`${JSON.stringify(d)}\n`);
          cursor = page.next_cursor ?? undefined;
        } while (cursor);
      });
    });
}
