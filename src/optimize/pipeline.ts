import { ConfigError, InvalidRequestError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Config } from '../config/schema.js';
import type { ExampleSourceConfig, ExamplesConfig } from '../config/optimize-schema.js';
import { saveRun as saveEvalRun } from '../evals/runner/runs.js';
import type { EvaluatorConfig } from '../evals/schema/eval-file.js';
import type { EvalItem } from '../evals/types.js';
import type { OptimizeMethod, OptimizeRun, OptimizeStep } from '../store/optimize-types.js';
import type { Store } from '../store/types.js';
import { askGatewayToReload, readText, withCanary, writeConfigAtomically } from './canary.js';
import { evalItemOf, loadOptimizeData, type OptimizeData } from './data.js';
import { proposeDicl } from './dicl.js';
import { selectFewShot, type FewShotOptions } from './fewshot.js';
import { evaluateOffline } from './offline-eval.js';
import { searchPrompt, type PromptSearchOptions } from './prompt-search.js';
import type { Progress, Proposal } from './proposal.js';
import { cacheFileFor, Scorer } from './scorer.js';
import { baseOf, variantFragment, withCandidate } from './variant.js';

// One optimize run: data -> candidate (dicl | fewshot | prompt) -> offline eval against the
// current variant (--then eval) -> canary (--then canary, only after a passing eval). Each step's
// result is saved on the run in the store as soon as it is known.

interface OptimizeOptions {
  config: Config;
  /** The config file a canary is written into (null: the built-in default, which has none). */
  configFile: string | null;
  store: Store;
  route: string;
  method: OptimizeMethod;
  name?: string;
  control?: string;
  source?: ExampleSourceConfig;
  /** dicl: take the examples from this filter instead of `source` (held-out items still come from `source`). */
  examplesSource?: ExampleSourceConfig;
  dataset?: string;
  testFraction: number;
  seed: number;
  examples?: Partial<Pick<ExamplesConfig, 'k' | 'similarity' | 'embedding_model' | 'as'>>;
  fewshot?: Partial<FewShotOptions>;
  prompt?: Partial<PromptSearchOptions>;
  evaluators?: EvaluatorConfig[];
  then: Array<'eval' | 'canary'>;
  requireBetter?: boolean;
  canary?: { steps: number[]; rollout?: Record<string, unknown>; gatewayUrl?: string; token?: string };
  /** Eval result cache directory (resumable searches); null: memory only. */
  cacheDir: string | null;
  /** Where the offline eval's report is stored for `switchyard eval show`; null: not stored. */
  evalRunsDir: string | null;
  concurrency?: number;
  onProgress?: Progress;
  onStep?: (run: OptimizeRun) => void;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

const MIN_HELD_OUT = 10;

export async function runOptimize(o: OptimizeOptions): Promise<OptimizeRun> {
  if (o.then.includes('canary') && !o.then.includes('eval')) throw new InvalidRequestError('--then canary needs --then eval before it: nothing reaches live traffic without the offline eval', 'then');
  if (o.then.includes('canary') && !o.configFile) throw new InvalidRequestError('--then canary writes the canary into the config file: pass --config (the built-in default config cannot be changed)', 'config');
  const base = baseOf(o.config, o.route, o.control);
  const candidate = o.name ?? `optimized-${o.method}`;
  if (o.method === 'dicl' && !o.source) throw new InvalidRequestError('dynamic examples come from rated traffic: give --metric (e.g. task_success=true)', 'metric');
  const data = await loadOptimizeData(o.store, { route: o.route, source: o.source, dataset: o.dataset, testFraction: o.testFraction, seed: o.seed });
  if (data.train.length === 0) throw new InvalidRequestError(`no usable examples for route ${o.route} (${o.dataset ? `dataset ${o.dataset}` : 'check --metric, --since and that feedback was recorded'})`, 'metric');

  const now = new Date().toISOString();
  const run: OptimizeRun = {
    id: newId(), created_at: now, updated_at: now, route: o.route, method: o.method, status: 'proposed', candidate, control: base.control,
    variant: {}, steps: [], report: { data: { source: data.source, train: data.train.length, held_out: data.test.length, test_fraction: o.testFraction, seed: o.seed, cutoff: data.cutoff } },
  };
  const record = async (step: OptimizeStep, patch: Partial<OptimizeRun> = {}) => {
    Object.assign(run, patch, { updated_at: step.at });
    run.steps.push(step);
    await o.store.optimize.saveRun(run);
    o.onStep?.(run);
  };
  const items = heldOutItems(data, o.evaluators);
  const evaluators = o.evaluators ?? defaultEvaluators(items.items);
  const exclude = new Set(data.test.map((p) => p.inferenceId).filter((x): x is string => !!x));
  const scorerFor = (config: Config) =>
    Scorer.open({ config, store: o.store, route: o.route, evaluators, exclude, until: data.cutoff, cacheFile: cacheFileFor(o.cacheDir, o.route), concurrency: o.concurrency, seed: o.seed, signal: o.signal });

  let proposal: Proposal;
  try {
    proposal = await propose(o, base, data, candidate, evaluators, scorerFor);
  } catch (err) {
    await record({ step: 'optimize', at: new Date().toISOString(), ok: false, summary: (err as Error).message, details: null }, { status: 'failed' });
    throw err;
  }
  const variant = { ...proposal.variant, weight: 0 };
  await record(
    { step: 'optimize', at: new Date().toISOString(), ok: true, summary: proposal.why[0], details: proposal.details },
    { variant: variantFragment(variant), report: { ...run.report, why: proposal.why, optimizer: proposal.details, held_out_note: items.note } },
  );
  if (!o.then.includes('eval')) return run;

  if (items.items.length < MIN_HELD_OUT) {
    await record({ step: 'eval', at: new Date().toISOString(), ok: false, summary: `only ${items.items.length} held-out items (need ${MIN_HELD_OUT}+); collect more rated traffic or raise --test-fraction`, details: null }, { status: 'rejected' });
    return run;
  }
  const scorer = await scorerFor(withCandidate(o.config, o.route, base, candidate, variant));
  let evaluation;
  try {
    evaluation = await evaluateOffline(scorer, `optimize-${o.route}`, { name: candidate, variant: candidate }, { name: base.control, variant: base.control }, items.items, {
      requireBetter: o.requireBetter, onProgress: (d, t) => o.onProgress?.('offline eval', d, t),
    });
  } finally {
    scorer.close();
  }
  const { report, decision } = evaluation;
  const evalRun = o.evalRunsDir === null ? null : saveEvalRun(o.evalRunsDir, { ...report, name: `optimize-${o.route}-${run.id.slice(0, 8)}` });
  await record(
    { step: 'eval', at: new Date().toISOString(), ok: decision.pass, summary: decision.reason, details: { comparisons: decision.comparisons, items: items.items.length, eval_run: report.id, eval_run_file: evalRun, interrupted: report.interrupted } },
    { status: decision.pass ? 'evaluated' : 'rejected' },
  );
  if (!decision.pass || !o.then.includes('canary') || report.interrupted) return run;

  const c = o.canary ?? { steps: [0.1, 0.25, 0.5, 1] };
  let text: string;
  try {
    text = withCanary(readText(o.configFile!), o.configFile!, { route: o.route, candidate, control: base.control, variant, steps: c.steps, rollout: c.rollout }, o.env);
  } catch (err) {
    await record({ step: 'canary', at: new Date().toISOString(), ok: false, summary: `config not changed: ${err instanceof ConfigError ? err.message : (err as Error).message}`, details: null });
    throw err;
  }
  const backup = writeConfigAtomically(o.configFile!, text);
  const reload = o.canary?.gatewayUrl ? await askGatewayToReload(o.canary.gatewayUrl, o.canary.token) : { reloaded: false, detail: 'no --gateway-url: the canary starts when the gateway next loads the config (reload or restart)' };
  await record(
    {
      step: 'canary', at: new Date().toISOString(), ok: true,
      summary: `canary of ${candidate} against ${base.control} written to ${o.configFile} at ${c.steps[0] * 100}% (steps ${c.steps.join(' -> ')}); ${reload.detail}`,
      details: { config: o.configFile, backup, steps: c.steps, reloaded: reload.reloaded },
    },
    { status: 'canary_started' },
  );
  return run;
}

async function propose(o: OptimizeOptions, base: ReturnType<typeof baseOf>, data: OptimizeData, candidate: string, evaluators: EvaluatorConfig[], scorerFor: (c: Config) => Promise<Scorer>): Promise<Proposal> {
  if (o.method === 'dicl') {
    const ex: ExamplesConfig = {
      source: o.examplesSource ?? o.source!, k: o.examples?.k ?? 4, similarity: o.examples?.similarity ?? 'bm25', as: o.examples?.as ?? 'system', max_pool: 200_000,
      ...(o.examples?.embedding_model ? { embedding_model: o.examples.embedding_model } : {}),
    };
    if (ex.similarity === 'embeddings' && !ex.embedding_model) throw new InvalidRequestError('--similarity embeddings needs --embedding-model', 'embedding-model');
    const pool = o.examplesSource ? await loadOptimizeData(o.store, { route: o.route, source: o.examplesSource, testFraction: 0, seed: o.seed }) : data;
    return proposeDicl(base, { ...data, train: pool.train, source: pool.source }, ex);
  }
  // Searches score the current variant with replaced shots or prompt, on train data only.
  const scorer = await scorerFor(withCandidate(o.config, o.route, base, candidate, { ...base.variant, weight: 0 }));
  try {
    const dev = data.train.map(evalItemOf).filter((i) => fits(i, evaluators));
    if (o.method === 'fewshot') return await selectFewShot(scorer, base, data, dev, { ...o.fewshot, seed: o.seed, onProgress: o.onProgress });
    return await searchPrompt(scorer, base, data, dev, { ...o.prompt, seed: o.seed, onProgress: o.onProgress });
  } finally {
    scorer.close();
  }
}

function fits(item: EvalItem, evaluators: EvaluatorConfig[]): boolean {
  const tool = typeof item.expected === 'object' && !!item.expected.tool_call;
  return evaluators.every((e) => e.type !== 'tool_call' || e.expected !== undefined || tool);
}

/** tool_call (name only) when the good answers are tool calls, exact_match when they are replies. */
function defaultEvaluators(items: EvalItem[]): EvaluatorConfig[] {
  const tools = items.some((i) => typeof i.expected === 'object' && i.expected.tool_call);
  return tools
    ? [{ type: 'tool_call', name: 'right_tool', ignore_args: true }]
    : [{ type: 'exact_match', name: 'same_reply', trim: true, case_sensitive: true }];
}

function heldOutItems(data: OptimizeData, evaluators: EvaluatorConfig[] | undefined): { items: EvalItem[]; note: string | null } {
  const all = data.test.map(evalItemOf);
  const evs = evaluators ?? defaultEvaluators(all);
  const items = all.filter((i) => fits(i, evs));
  return { items, note: items.length < all.length ? `${all.length - items.length} held-out items answered in text were left out of the tool-call evaluation` : null };
}
