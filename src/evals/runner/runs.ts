import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError } from '../../core/errors.js';
import { comparePaired, verdictText, type Comparison } from '../stats/compare.js';
import type { EvalReport } from './analyze.js';

// Stored runs: one JSON file per run under .switchyard/eval-runs (the store has no eval tables
// yet), so any two runs of the same eval can be compared item by item.

export const DEFAULT_RUNS_DIR = '.switchyard/eval-runs';

export function saveRun(dir: string, report: EvalReport): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${report.id}.json`);
  writeFileSync(path, `${JSON.stringify(report)}\n`);
  return path;
}

export function loadRun(dir: string, idOrPrefix: string): EvalReport {
  const files = listRunFiles(dir).filter((f) => f.startsWith(idOrPrefix));
  if (files.length === 0) throw new NotFoundError(`no stored eval run ${idOrPrefix} in ${dir}`);
  if (files.length > 1) throw new NotFoundError(`run id prefix ${idOrPrefix} is ambiguous (${files.length} runs); give more characters`);
  return JSON.parse(readFileSync(join(dir, files[0]), 'utf8')) as EvalReport;
}

function listRunFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

export function listRuns(dir: string): Array<{ id: string; name: string; startedAt: string; items: number; contenders: string[] }> {
  return listRunFiles(dir).map((f) => {
    const r = JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalReport;
    return { id: r.id, name: r.name, startedAt: r.startedAt, items: r.items, contenders: r.contenders.map((c) => c.name) };
  });
}

interface RunDelta {
  contender: string;
  evaluator: string;
  comparison: Comparison;
  text: string;
}

/** Same contender, same evaluator, items present in both runs: did the newer run move? (newer = A) */
export function compareRuns(older: EvalReport, newer: EvalReport, opts: { seed?: number } = {}): RunDelta[] {
  const out: RunDelta[] = [];
  const perItem = (r: EvalReport, contender: string, ev: string) => {
    const m = new Map<string, { s: number; n: number }>();
    for (const o of r.observations) {
      if (o.contender !== contender || !o.scores[ev]) continue;
      const cur = m.get(o.item) ?? { s: 0, n: 0 };
      cur.s += o.scores[ev].score;
      cur.n++;
      m.set(o.item, cur);
    }
    return new Map([...m].map(([k, v]) => [k, v.s / v.n]));
  };
  for (const c of newer.contenders) {
    if (!older.contenders.some((o) => o.name === c.name)) continue;
    for (const ev of newer.evaluators) {
      const before = older.evaluators.find((e) => e.name === ev.name);
      if (!before) continue;
      const a = perItem(newer, c.name, ev.name);
      const b = perItem(older, c.name, ev.name);
      const common = [...a.keys()].filter((k) => b.has(k));
      const comparison = comparePaired(common.map((k) => a.get(k)!), common.map((k) => b.get(k)!), { binary: ev.binary && before.binary, seed: opts.seed ?? newer.seed });
      out.push({ contender: c.name, evaluator: ev.name, comparison, text: verdictText(comparison, `run ${newer.id.slice(0, 8)}`, `run ${older.id.slice(0, 8)}`) });
    }
  }
  return out;
}
