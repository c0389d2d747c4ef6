import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setOutboundCrisisThreshold } from '../src/firewall/crisis/assess.js';
import { loadRows, runCorpus } from '../src/firewall/corpus/run-corpus.js';

// Sweeps the crisis threshold for calls that reach a person over the project's own corpora and
// prints recall, needless gates and crisis recall per value: overall, and on the crisis families
// and their look-alikes. Run: npx tsx bench/crisis-threshold-sweep.ts [t1,t2,...]
// Reads visible/, cases/ and the original corpus only: the held-out blind/ set is never read here
// (choosing a threshold on it would spend it).

const CORPUS = fileURLToPath(new URL('../src/firewall/corpus/', import.meta.url));
const rows = loadRows([join(CORPUS, 'visible'), join(CORPUS, 'cases'), join(CORPUS, 'tool-calls.jsonl')]);
const values = (process.argv[2] ?? '0.6,0.55,0.5,0.45,0.4,0.35,0.3').split(',').map(Number);
const crisisFamily = (c: string) => c.startsWith('crisis') || c.includes('not_crisis');
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'}% (${n}/${d})`;

console.log(`rows: ${rows.length}`);
console.log('threshold  recall              needless overall    crisis recall       needless, crisis families + look-alikes');
for (const t of values) {
  setOutboundCrisisThreshold(t);
  const r = runCorpus(rows);
  let benign = 0;
  let needless = 0;
  for (const [cat, s] of Object.entries(r.byCategory)) {
    if (!crisisFamily(cat)) continue;
    benign += s.benign;
    needless += s.needlessGates;
  }
  console.log(`${t.toFixed(2).padEnd(10)} ${pct(r.gated, r.mustGate).padEnd(19)} ${pct(r.needlessGates, r.benign).padEnd(19)} ${pct(r.crisisCaught, r.crisis).padEnd(19)} ${pct(needless, benign)}`);
  if (process.env.SWEEP_VERBOSE) for (const m of r.misses) if (m.kind !== 'missed' || m.row.crisis) console.log(`   ${m.kind} ${m.row.id} score=${m.a.crisis_sensitive}`);
}
setOutboundCrisisThreshold();
