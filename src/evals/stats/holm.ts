/**
 * Holm's (1979) step-down adjustment: controls the family-wise error rate across several
 * evaluators without Bonferroni's loss of power. Returns adjusted p-values in the input order
 * (the same numbers R's p.adjust(p, "holm") gives).
 */
export function holmAdjust(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
