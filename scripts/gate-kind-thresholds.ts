// How the gate trainer and the CV harness (learned-cv/run.ts --thresholds, both layers) choose
// thresholds from out-of-fold scores: the needless budget, and thresholds per call kind the layer
// sees at runtime (the gate: the tool profile's kind, shell, message, write, …; the crisis layer in
// the harness: a message to a person, an act that cannot be undone, another reaching call; never the
// corpus family). Positives are the layer's own (must-gate calls, crisis rows).
//   per-kind: the trainer's rule within each kind (added needless gates at most the budget share of
//             that kind's benign rows);
//   greedy:   the trainer's pooled budget (the same share of all benign rows) spent kind by kind
//             where it buys the most positives per needless gate.
import { OTHER_KINDS } from '../src/firewall/learned/kind-threshold.js';

/** Needless gates the out-of-fold layer may add, as a share of all benign rows (pooled over authors). */
export const NEEDLESS_BUDGET = 0.01;
export const THRESHOLDS = Array.from({ length: 99 }, (_, i) => 0.01 + i * 0.01);

export type ThresholdRule = 'pooled' | 'per-kind' | 'greedy';

export interface Judged {
  kind: string;
  positive: boolean;
  /** The layer could add it: eligible and let through by the rules. */
  open: boolean;
  benign: boolean;
  score: number;
}

/** Added [positives, needless] at threshold t among one kind's open rows. */
function added(rows: readonly Judged[], t: number): [number, number] {
  let p = 0;
  let n = 0;
  for (const r of rows) if (r.open && r.score >= t) r.positive ? p++ : n++;
  return [p, n];
}

/**
 * Kinds with fewer benign rows than this share one threshold (OTHER_KINDS) with the kinds never seen: a
 * threshold fitted on a few dozen rows would be fitted to their authors.
 */
const MIN_BENIGN = 100;

function byKind(rows: readonly Judged[]): Map<string, Judged[]> {
  const all = new Map<string, Judged[]>();
  for (const r of rows) all.set(r.kind, [...(all.get(r.kind) ?? []), r]);
  const out = new Map<string, Judged[]>([[OTHER_KINDS, []]]);
  for (const [k, rs] of all) {
    if (rs.filter((r) => r.benign).length >= MIN_BENIGN) out.set(k, rs);
    else out.get(OTHER_KINDS)?.push(...rs);
  }
  return out;
}

/** Scanning down, the last threshold whose added needless gates stay within `budget` (1: never fires). */
function scanDown(rows: readonly Judged[], budget: number): number {
  let best = 1;
  for (const t of [...THRESHOLDS].reverse()) {
    if (added(rows, t)[1] > budget) break;
    best = Number(t.toFixed(2));
  }
  return best;
}

function perKind(kinds: Map<string, Judged[]>): Map<string, number> {
  return new Map([...kinds].map(([k, rows]) => [k, scanDown(rows, NEEDLESS_BUDGET * rows.filter((r) => r.benign).length)]));
}

/**
 * Each step lowers one kind's threshold to the point that adds the most positives per needless gate
 * (a step that adds positives for no needless gate first), while the pooled budget allows.
 */
function greedy(kinds: Map<string, Judged[]>, needless: number): Map<string, number> {
  const at = new Map([...kinds.keys()].map((k) => [k, 1]));
  let left = needless;
  for (;;) {
    let best: { k: string; t: number; gain: number; cost: number } | null = null;
    for (const [k, rows] of kinds) {
      const [p0, n0] = added(rows, at.get(k) ?? 1);
      for (const t of THRESHOLDS) {
        if (t >= (at.get(k) ?? 1)) break;
        const [p, n] = added(rows, t);
        const gain = p - p0;
        const cost = n - n0;
        if (gain <= 0 || cost > left) continue;
        const better = !best || gain * best.cost > best.gain * cost || (gain * best.cost === best.gain * cost && gain > best.gain);
        if (better) best = { k, t: Number(t.toFixed(2)), gain, cost };
      }
    }
    if (!best) return at;
    at.set(best.k, best.t);
    left -= best.cost;
  }
}

/**
 * Thresholds by kind (kind-threshold.ts reads them), chosen on out-of-fold scores of `rows`.
 * `needless`: what the greedy may spend instead of the budget (the harness matches a pooled rule's spend with it).
 */
export function kindThresholds(rule: Exclude<ThresholdRule, 'pooled'>, rows: readonly Judged[], needless?: number): Record<string, number> {
  const kinds = byKind(rows);
  return Object.fromEntries(rule === 'per-kind' ? perKind(kinds) : greedy(kinds, needless ?? NEEDLESS_BUDGET * rows.filter((r) => r.benign).length));
}
