import { formatP } from '../stats/compare.js';
import type { Interval } from '../stats/wilson.js';

const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number, d = 3) => (Number.isNaN(x) ? '—' : x.toFixed(d));

export function scoreCell(mean: number, iv: Interval, binary: boolean): string {
  const f = binary ? pct : (x: number) => num(x);
  return `${f(mean)} [${f(iv.lower)}, ${f(iv.upper)}]`;
}

export function diffCell(iv: Interval, binary: boolean): string {
  const sign = (x: number) => (x > 0 ? '+' : '');
  const f = binary ? (x: number) => `${sign(x)}${(x * 100).toFixed(1)}pp` : (x: number) => `${sign(x)}${x.toFixed(3)}`;
  return Number.isNaN(iv.estimate) ? '—' : `${f(iv.estimate)} [${f(iv.lower)}, ${f(iv.upper)}]`;
}

export const ms = (x: number | null) => (x === null ? '—' : `${Math.round(x)} ms`);
export const usd = (x: number | null) => (x === null ? '—' : `$${x.toFixed(4)}`);
export { formatP };

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
