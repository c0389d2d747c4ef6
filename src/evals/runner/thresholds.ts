import type { EvalReport } from './analyze.js';

// CI gates: minimum scores per evaluator (from the eval file or --fail-if) and "no significant
// regression" of a contender against the others. Any failed gate makes the command exit non-zero.

export type Gate =
  | { kind: 'min'; evaluator: string; contender?: string; min: number }
  | { kind: 'regression'; contender: string };

export interface ThresholdResult {
  description: string;
  ok: boolean;
  detail: string;
}

/**
 * --fail-if syntax: `[contender:]evaluator<0.8` (fail when the mean score is below 0.8; a
 * percentage like 80% works too) or `regression:contender` (fail when any comparison finds the
 * contender significantly worse).
 */
export function parseFailIf(expr: string): Gate {
  const reg = /^\s*regression\s*:\s*(\S+)\s*$/.exec(expr);
  if (reg) return { kind: 'regression', contender: reg[1] };
  const m = /^\s*(?:([^:<\s]+)\s*:)?\s*([^:<\s]+)\s*<\s*([0-9.]+)(%?)\s*$/.exec(expr);
  if (!m) throw new Error(`cannot parse --fail-if "${expr}": expected "[contender:]evaluator<0.8" or "regression:contender"`);
  let min = Number(m[3]);
  if (m[4] === '%') min /= 100;
  if (!Number.isFinite(min) || min < 0 || min > 1) throw new Error(`--fail-if "${expr}": the threshold must be in [0, 1] (or 0-100%)`);
  return { kind: 'min', contender: m[1], evaluator: m[2], min };
}

export function checkGates(r: EvalReport, gates: Gate[]): ThresholdResult[] {
  const out: ThresholdResult[] = [];
  for (const g of gates) {
    if (g.kind === 'regression') {
      if (!r.contenders.some((c) => c.name === g.contender)) {
        out.push({ description: `no regression of ${g.contender}`, ok: false, detail: `no contender named ${g.contender}` });
        continue;
      }
      const worse = r.comparisons.filter((c) => (c.a === g.contender && c.verdict === 'B') || (c.b === g.contender && c.verdict === 'A'));
      out.push({
        description: `no regression of ${g.contender}`, ok: worse.length === 0,
        detail: worse.length ? worse.map((w) => w.text).join('; ') : 'no comparison finds it significantly worse',
      });
      continue;
    }
    if (!r.evaluators.some((e) => e.name === g.evaluator)) {
      out.push({ description: `${g.contender ? `${g.contender}:` : ''}${g.evaluator} >= ${g.min}`, ok: false, detail: `no evaluator named ${g.evaluator} (have: ${r.evaluators.map((e) => e.name).join(', ')})` });
      continue;
    }
    const targets = r.contenders.filter((c) => !g.contender || c.name === g.contender);
    if (targets.length === 0) out.push({ description: `${g.contender}:${g.evaluator} >= ${g.min}`, ok: false, detail: `no contender named ${g.contender}` });
    for (const c of targets) {
      const s = c.scores.find((x) => x.evaluator === g.evaluator)!;
      out.push({ description: `${c.name}:${g.evaluator} >= ${g.min}`, ok: s.mean >= g.min, detail: `mean ${s.mean.toFixed(3)}` });
    }
  }
  return out;
}
