import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { loadDataset, type DatasetSource } from './dataset/load.js';
import { compileEvaluators } from './evaluators/index.js';
import { analyze, type EvalReport } from './runner/analyze.js';
import { cachingClient, JsonlCache, MemoryCache, type ResultCache } from './runner/cache.js';
import { runEval } from './runner/run.js';
import { saveRun } from './runner/runs.js';
import { checkGates, parseFailIf, type Gate, type ThresholdResult } from './runner/thresholds.js';
import type { ContenderSpec, EvalFile } from './schema/eval-file.js';
import type { ContenderClient } from './types.js';

// One eval run from a parsed eval file to a stored report: the whole flow the CLI drives, kept
// here so tests run it in-process.

interface ExecuteOptions {
  evalFile: EvalFile;
  /** path of the eval file (relative paths in it resolve from its directory) */
  filePath: string;
  /** contender names: from the file's contenders, or else a route/model of that name */
  compare?: string[];
  client: ContenderClient;
  /** defaults to `client` */
  judge?: ContenderClient;
  /** null disables the cache; default .switchyard/eval-cache */
  cacheDir?: string | null;
  /** null disables storing the run; default .switchyard/eval-runs */
  runsDir?: string | null;
  overrides?: { repetitions?: number; concurrency?: number; seed?: number };
  failIf?: string[];
  source?: DatasetSource;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  retryBaseMs?: number;
}

interface ExecuteResult {
  report: EvalReport;
  thresholds: ThresholdResult[];
  /** a threshold failed (the CI gate) */
  failed: boolean;
  savedTo: string | null;
}

function selectContenders(file: EvalFile, compare: string[] | undefined, filePath: string): ContenderSpec[] {
  if (!compare?.length) {
    if (file.contenders.length === 0) throw new ConfigError(filePath, [{ path: 'contenders', message: 'no contenders: list them in the file or pass --compare a,b' }]);
    return file.contenders;
  }
  const names = compare.map((n) => n.trim()).filter(Boolean);
  if (new Set(names).size !== names.length) throw new ConfigError(filePath, [{ path: '--compare', message: 'a contender is named twice' }]);
  return names.map((n) => file.contenders.find((c) => c.name === n) ?? { name: n, route: n });
}

export async function executeEval(opts: ExecuteOptions): Promise<ExecuteResult> {
  const file: EvalFile = { ...opts.evalFile, ...stripUndefined(opts.overrides ?? {}) };
  const baseDir = dirname(resolve(opts.filePath));
  const contenders = selectContenders(file, opts.compare, opts.filePath);
  // Parse the gates before any model call so a typo fails fast.
  const gates: Gate[] = [
    ...file.thresholds.map((t): Gate => ({ kind: 'min', evaluator: t.evaluator, contender: t.contender, min: t.min })),
    ...(opts.failIf ?? []).map(parseFailIf),
  ];
  const cacheDir = opts.cacheDir === undefined ? '.switchyard/eval-cache' : opts.cacheDir;
  const cache: ResultCache = cacheDir === null ? new MemoryCache() : new JsonlCache(join(cacheDir, `${file.name.replace(/[^\w.-]+/g, '_')}.jsonl`));
  const judge = cachingClient(opts.judge ?? opts.client, cache);
  const evaluators = await compileEvaluators(file.evaluators, { baseDir, judge, file: opts.filePath });
  const dataset = await loadDataset(file.dataset, { baseDir, file: opts.filePath, source: opts.source });
  const tools = dataset.tools ?? (file.tools as unknown as typeof dataset.tools);
  const raw = await runEval({
    file, items: dataset.items, tools, contenders, evaluators, client: opts.client, cache, signal: opts.signal, onProgress: opts.onProgress, retryBaseMs: opts.retryBaseMs,
  });
  const report = analyze({
    raw, name: file.name, file: opts.filePath, contenders, evaluators, repetitions: file.repetitions, confidence: file.confidence, seed: file.seed,
  });
  const thresholds = checkGates(report, gates);
  const runsDir = opts.runsDir === undefined ? '.switchyard/eval-runs' : opts.runsDir;
  const savedTo = runsDir === null ? null : saveRun(runsDir, report);
  return { report, thresholds, failed: thresholds.some((t) => !t.ok), savedTo };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
