import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { examplesFromDataset, examplesFromQuery, preferencePairsFromMetric } from '../../datasets/sources.js';
import type { Example } from '../../datasets/example.js';
import { exportExamples } from '../../export/export.js';
import { FORMATS, type ExportFormat } from '../../export/formats.js';
import { withStore } from '../open-store.js';
import { addQueryOptions, queryFromFlags, type QueryFlags } from '../query-options.js';

interface ExportFlags extends QueryFlags {
  config?: string;
  format: ExportFormat;
  out: string;
  dataset?: string;
  split?: number;
  seed: number;
  useDemonstrations?: boolean;
  preferenceMetric?: string;
  max?: number;
}

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('write a dataset or a query over stored inferences as a training file (streams; constant memory)')
    .requiredOption('-f, --format <format>', `one of ${FORMATS.join(', ')}`, (v) => {
      if (!(FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`format must be one of ${FORMATS.join(', ')}`);
      return v;
    })
    .requiredOption('-o, --out <path>', 'output file (a directory with --split)')
    .option('-c, --config <file>', 'config file')
    .option('--dataset <name[@version]>', 'export this dataset (default: the latest version) instead of a query')
    .option('--split <fraction>', 'write train.jsonl and test.jsonl with this test fraction', (v) => {
      const n = Number(v);
      if (!(n >= 0 && n < 1)) throw new InvalidArgumentError('split must be a number in [0, 1)');
      return n;
    })
    .option('--seed <n>', 'seed of the train/test split', (v) => Number.parseInt(v, 10), 42)
    .option('--use-demonstrations', 'use the demonstration feedback as the output when an inference has one')
    .option('--preference-metric <name>', 'openai-dpo: pair outputs for the same input where this boolean metric is true vs false')
    .option('--max <n>', 'stop after n examples', (v) => Number.parseInt(v, 10));
  addQueryOptions(cmd).action(async (f: ExportFlags) => {
    await withStore(f.config, async (store) => {
      let source: AsyncIterable<Example>;
      let total = 0;
      if (f.dataset) {
        const [name, v] = f.dataset.split('@');
        const version = await store.datasets.getVersion(name, v ? Number(v) : undefined);
        if (!version) throw new Error(`no dataset ${f.dataset}`);
        source = examplesFromDataset(store, name, version.version);
        total = version.size;
      } else if (f.format === 'openai-dpo' && f.preferenceMetric) {
        source = preferencePairsFromMetric(store, queryFromFlags(f), f.preferenceMetric);
      } else {
        // DPO pairs from a query are demonstrations (preferred) against what the model said.
        const useDemonstrations = f.useDemonstrations || f.format === 'openai-dpo';
        source = examplesFromQuery(store, queryFromFlags(f), { useDemonstrations, max: f.max });
      }
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { format: total ? 'export |{bar}| {value}/{total} rows, {written} written' : 'export {value} rows, {written} written', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      bar?.start(total, 0, { written: 0 });
      const result = await exportExamples(source, {
        format: f.format,
        out: f.out,
        testFraction: f.split,
        seed: f.seed,
        onProgress: (seen, written) => bar?.update(seen, { written }),
      }).finally(() => bar?.stop());
      for (const file of result.files) process.stdout.write(`wrote ${file.lines} lines to ${file.path}\n`);
      if (result.skipped) process.stdout.write(`skipped ${result.skipped} rows without what ${f.format} needs\n`);
    });
  });
}
