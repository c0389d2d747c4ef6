import type { DemonstrationConfig } from '../config/optimize-schema.js';
import type { Shot } from '../core/examples.js';
import { mulberry32 } from '../providers/simulated/random.js';
import type { EvalItem } from '../evals/types.js';
import type { OptimizeData } from './data.js';
import type { Progress, Proposal } from './proposal.js';
import type { Scorer } from './scorer.js';
import type { Base } from './variant.js';

// Few-shot selection by greedy forward search: start with no demonstrations; at each step try
// every remaining candidate added to the current set, scored by the eval suite on a dev sample of
// the train split; keep the best if it beats the current set; stop at `shots`, when nothing helps,
// or when the call budget would be exceeded. The held-out split is never looked at.

export interface FewShotOptions {
  shots: number;
  candidates: number;
  dev: number;
  budget: number;
  seed: number;
  onProgress?: Progress;
}

export async function selectFewShot(scorer: Scorer, base: Base, data: OptimizeData, devAll: EvalItem[], opts: Partial<FewShotOptions>): Promise<Proposal> {
  const o = { shots: 4, candidates: 12, dev: 40, budget: 2000, seed: 1, ...opts };
  const rng = mulberry32(o.seed);
  const dev = shuffle(devAll, rng).slice(0, o.dev);
  const devIds = new Set(dev.map((i) => i.id));
  const pool = diverse(data.train.filter((p) => !devIds.has(p.id)).map((p) => ({ ...p.shot, source_inference_id: p.inferenceId ?? p.id })), o.candidates, rng);
  if (dev.length === 0 || pool.length === 0) throw new Error(`few-shot selection needs train data for both a dev sample and candidates (train has ${data.train.length})`);

  const total = Math.min(o.budget, dev.length * (1 + o.shots * pool.length));
  let done = 0;
  const progress = () => o.onProgress?.('few-shot selection', Math.min(done, total), total);
  const scoreOf = async (shots: Shot[], label: string): Promise<number> => {
    const before = scorer.calls;
    const report = await scorer.score('fewshot', [{ name: label, variant: base.control, shots }], dev);
    done += Math.max(dev.length, scorer.calls - before);
    progress();
    return report.contenders[0].scores[0]?.mean ?? 0;
  };

  const trace: Array<{ step: number; tried: number; best: number; added: string | null }> = [];
  const chosen: Shot[] = [];
  const start = await scoreOf([], 'none');
  let current = start;
  let stopped = 'reached the number of shots';
  for (let step = 1; step <= o.shots; step++) {
    let best: { shot: Shot; score: number } | null = null;
    let tried = 0;
    for (const shot of pool) {
      if (chosen.includes(shot)) continue;
      if (scorer.calls + dev.length > o.budget) break;
      const s = await scoreOf([...chosen, shot], `shots-${step}-${shot.source_inference_id}`);
      tried++;
      if (!best || s > best.score) best = { shot, score: s };
    }
    if (!best || best.score <= current) {
      stopped = !best ? 'the call budget ran out' : 'no remaining candidate improved the dev score';
      trace.push({ step, tried, best: best?.score ?? current, added: null });
      break;
    }
    chosen.push(best.shot);
    current = best.score;
    trace.push({ step, tried, best: current, added: best.shot.source_inference_id ?? null });
  }
  if (chosen.length === 0) throw new Error(`few-shot selection found no demonstration that improves the dev score (${pct(start)} without; ${stopped})`);
  const demonstrations: DemonstrationConfig[] = chosen.map((s) => ({ input: s.input, output: s.output, ...(s.source_inference_id ? { source_inference_id: s.source_inference_id } : {}) }));
  return {
    method: 'fewshot',
    variant: { ...base.variant, demonstrations },
    why: [
      `${chosen.length} fixed demonstration(s) chosen by greedy forward selection: dev score ${pct(start)} -> ${pct(current)} on ${dev.length} train items (${stopped})`,
      `searched ${pool.length} candidate demonstrations with ${scorer.calls} model calls (budget ${o.budget})`,
    ],
    details: { dev: dev.length, candidates: pool.length, start, final: current, trace, calls: scorer.calls },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function shuffle<T>(xs: readonly T[], rng: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Up to n shots, round-robin over distinct answers (tool or reply), so candidates cover the behaviours seen. */
function diverse(shots: Shot[], n: number, rng: () => number): Shot[] {
  const groups = new Map<string, Shot[]>();
  for (const s of shuffle(shots, rng)) {
    const key = s.output.tool_calls?.[0]?.function.name ?? `text:${s.output.content ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: Shot[] = [];
  const lists = [...groups.values()];
  for (let i = 0; out.length < n && lists.some((l) => l.length > i); i++) for (const l of lists) if (l[i] && out.length < n) out.push(l[i]);
  return out;
}
