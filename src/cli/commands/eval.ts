import { setMaxListeners } from 'node:events';
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { ConfigError, NotFoundError } from '../../core/errors.js';
import { evalFileSchema, loadEvalFile, type EvalFile } from '../../evals/schema/eval-file.js';
import { benchmarkEvalFile } from '../../evals/benchmark/tool-calling.js';
import { executeEval } from '../../evals/execute.js';
import { HttpContenderClient } from '../../evals/clients/http-client.js';
import { openInProcessClient } from '../../evals/clients/in-process.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../../evals/report/index.js';
import { compareRuns, DEFAULT_RUNS_DIR, listRuns, loadRun } from '../../evals/runner/runs.js';
import { diffCell, formatP, table } from '../../evals/report/format.js';
import type { ContenderClient } from '../../evals/types.js';
import type { DatasetSource } from '../../evals/dataset/load.js';
import { StoreDatasetSource } from '../../evals/dataset/store-source.js';
import { loadCliConfig } from '../load-config.js';
import { positiveInt } from '../number-args.js';

// `switchyard eval ...`: run an eval file or the built-in benchmark, list and compare stored runs.
// Exit codes: 0 ok, 1 a --fail-if/threshold gate failed or bad input, 130 interrupted.

interface RunOpts {
  compare?: string;
  config?: string;
  gatewayUrl?: string;
  apiKeyEnv: string;
  format: ReportFormat;
  out?: string;
  failIf: string[];
  cache: boolean;
  cacheDir: string;
  runsDir: string;
  repetitions?: number;
  concurrency?: number;
  seed?: number;
  progress: boolean;
}

const integer = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`must be an integer, got "${v}"`);
  return n;
};
const collect = (v: string, prev: string[]) => [...prev, v];

function runOptions(cmd: Command): Command {
  return cmd
    .option('--compare <a,b>', 'contenders to compare: names from the file, or route/model names')
    .option('-c, --config <file>', 'gateway config for in-process runs (default: $SWITCHYARD_CONFIG, ./switchyard.yaml, built-in)')
    .option('--gateway-url <url>', 'run against a serving gateway over HTTP instead of in-process')
    .option('--api-key-env <VAR>', 'environment variable holding the gateway key (with --gateway-url)', 'SWITCHYARD_API_KEY')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('table'))
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--fail-if <gate>', 'CI gate, repeatable: "[contender:]evaluator<0.8" or "regression:contender"', collect, [])
    .option('--no-cache', 'ignore and do not write the result cache')
    .option('--cache-dir <dir>', 'result cache directory', '.switchyard/eval-cache')
    .option('--runs-dir <dir>', 'where runs are stored', DEFAULT_RUNS_DIR)
    .option('--repetitions <n>', 'override repetitions', positiveInt('--repetitions'))
    .option('--concurrency <n>', 'override concurrency', positiveInt('--concurrency'))
    .option('--seed <n>', 'override the statistics seed', integer)
    .option('--no-progress', 'no progress bar');
}

async function runAndReport(file: EvalFile, filePath: string, opts: RunOpts): Promise<never> {
  let client: ContenderClient;
  let source: DatasetSource | undefined;
  if (opts.gatewayUrl) {
    client = new HttpContenderClient(opts.gatewayUrl, process.env[opts.apiKeyEnv]);
  } else {
    const loaded = loadCliConfig(opts.config);
    for (const w of loaded.warnings) process.stderr.write(`warning: ${w}\n`);
    const inProcess = await openInProcessClient(loaded.config);
    client = inProcess;
    source = new StoreDatasetSource(inProcess.store, filePath);
  }
  const abort = new AbortController();
  // Every concurrent call listens on this one signal; that is by design, not a leak.
  setMaxListeners(0, abort.signal);
  let interrupts = 0;
  const onSigint = () => {
    // First Ctrl-C: stop dispatching and report what finished (the cache keeps it). Second: leave now.
    if (++interrupts > 1) process.exit(130);
    process.stderr.write('\ninterrupting: finishing the report with completed calls (Ctrl-C again to quit now)\n');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  const bar = opts.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'eval [{bar}] {value}/{total} calls | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  try {
    const result = await executeEval({
      evalFile: file, filePath, client,
      compare: opts.compare?.split(','),
      cacheDir: opts.cache ? opts.cacheDir : null,
      runsDir: opts.runsDir,
      overrides: { repetitions: opts.repetitions, concurrency: opts.concurrency, seed: opts.seed },
      failIf: opts.failIf,
      source,
      signal: abort.signal,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
    });
    bar?.stop();
    const text = renderReport(opts.format, result.report, result.thresholds);
    if (opts.out) writeFileSync(opts.out, text);
    else process.stdout.write(text);
    if (result.savedTo) process.stderr.write(`run stored: ${result.savedTo}\n`);
    await client.close?.();
    process.exit(result.report.interrupted ? 130 : result.failed ? 1 : 0);
  } catch (err) {
    bar?.stop();
    await client.close?.().catch(() => undefined);
    if (err instanceof ConfigError || err instanceof NotFoundError || err instanceof Error) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export function register(program: Command): void {
  const evalCmd = program.command('eval').description('A/B test routes, models and prompts on datasets, with honest statistics');

  runOptions(evalCmd.command('run <file>').description('run an eval file and report scores, paired comparisons and a verdict')).action(async (filePath: string, opts: RunOpts) => {
    let file: EvalFile;
    try {
      file = loadEvalFile(filePath);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exit(1);
    }
    await runAndReport(file, filePath, opts);
  });

  runOptions(
    evalCmd
      .command('benchmark')
      .description('run the built-in tool-calling benchmark (Hermes-style tools) against one or more routes')
      .option('-r, --route <name>', 'the route or model to benchmark (or use --compare a,b)'),
  ).action(async (opts: RunOpts & { route?: string }) => {
    const names = opts.compare?.split(',') ?? (opts.route ? [opts.route] : []);
    if (names.length === 0) {
      process.stderr.write('give --route <name> or --compare a,b\n');
      process.exit(1);
    }
    const file = evalFileSchema.parse(benchmarkEvalFile(names));
    await runAndReport(file, '(built-in tool-calling benchmark)', { ...opts, compare: undefined });
  });

  evalCmd
    .command('runs')
    .description('list stored eval runs')
    .option('--runs-dir <dir>', 'where runs are stored', DEFAULT_RUNS_DIR)
    .action((opts: { runsDir: string }) => {
      const runs = listRuns(opts.runsDir);
      if (!runs.length) {
        process.stdout.write(`no runs in ${opts.runsDir}\n`);
        return;
      }
      process.stdout.write(`${table([['id', 'eval', 'started', 'items', 'contenders'], ...runs.map((r) => [r.id, r.name, r.startedAt, String(r.items), r.contenders.join(', ')])])}\n`);
    });

  evalCmd
    .command('show <run>')
    .description('print a stored run again (id or unique prefix)')
    .option('--runs-dir <dir>', 'where runs are stored', DEFAULT_RUNS_DIR)
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('table'))
    .action((id: string, opts: { runsDir: string; format: ReportFormat }) => {
      try {
        process.stdout.write(renderReport(opts.format, loadRun(opts.runsDir, id)));
      } catch (err) {
        process.stderr.write(`${(err as Error).message}\n`);
        process.exit(1);
      }
    });

  evalCmd
    .command('compare-runs <older> <newer>')
    .description('compare two stored runs item by item, per contender and evaluator')
    .option('--runs-dir <dir>', 'where runs are stored', DEFAULT_RUNS_DIR)
    .action((older: string, newer: string, opts: { runsDir: string }) => {
      try {
        const deltas = compareRuns(loadRun(opts.runsDir, older), loadRun(opts.runsDir, newer));
        if (!deltas.length) {
          process.stdout.write('the runs share no contender and evaluator\n');
          return;
        }
        process.stdout.write(`${table([['contender', 'evaluator', 'newer - older', 'p', 'verdict'], ...deltas.map((d) => [d.contender, d.evaluator, diffCell(d.comparison.difference, d.comparison.test !== 'paired-bootstrap'), formatP(d.comparison.pValue), d.text])])}\n`);
      } catch (err) {
        process.stderr.write(`${(err as Error).message}\n`);
        process.exit(1);
      }
    });
}
