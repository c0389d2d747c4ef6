import type { EvalReport } from '../runner/analyze.js';
import type { ThresholdResult } from '../runner/thresholds.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * JUnit XML for CI: one test suite per contender with a test case per item and evaluator (failed
 * when the score is a fail), plus a "thresholds" suite whose cases fail the build's gate.
 */
export function renderJunit(r: EvalReport, thresholds: ThresholdResult[] = []): string {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const c of r.contenders) {
    const cases: string[] = [];
    let failures = 0;
    for (const o of r.observations.filter((o) => o.contender === c.name)) {
      for (const [ev, s] of Object.entries(o.scores)) {
        const failedCase = s.pass === false;
        if (failedCase) failures++;
        const name = `${o.item}${r.repetitions > 1 ? `#${o.repetition + 1}` : ''} ${ev}`;
        const time = o.latencyMs === null ? 0 : o.latencyMs / 1000;
        cases.push(`    <testcase classname="${esc(`${r.name}.${c.name}`)}" name="${esc(name)}" time="${time.toFixed(3)}">${failedCase ? `<failure message="${esc(s.explanation)}"/>` : ''}</testcase>`);
      }
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${esc(`${r.name}.${c.name}`)}" tests="${cases.length}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (thresholds.length) {
    const failures = thresholds.filter((t) => !t.ok).length;
    totalTests += thresholds.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${esc(`${r.name}.thresholds`)}" tests="${thresholds.length}" failures="${failures}">\n` +
        thresholds.map((t) => `    <testcase classname="${esc(`${r.name}.thresholds`)}" name="${esc(t.description)}">${t.ok ? '' : `<failure message="${esc(t.detail)}"/>`}</testcase>`).join('\n') +
        '\n  </testsuite>',
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${esc(r.name)}" tests="${totalTests}" failures="${totalFailures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
