// Every corpus row's verdict (decision, risk, crisis flag, reasons) as one JSON line each, so a
// speed change to the engine can be checked for byte-identical verdicts:
//   npx tsx scripts/dump-verdicts.ts > before.jsonl   ...change...   npx tsx scripts/dump-verdicts.ts | cmp before.jsonl -
// Reads the visible held-out corpus, the project's own corpus and the per-family cases (never blind/).
// `--no-memo` turns the shell and crisis memos off (as the bench's cold mode): the output must not change.
// `--warm-up` runs the gateway's start-up warm-up first (firewall/warm-up.ts): nor must it, since
// the warm-up runs regexes that keep match state (`g`, `y`) and fills the memos.
// `--layers-off` turns both learned layers off: the rules' verdicts alone (as `-c layers-off.yaml`).
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible } from '../src/firewall/corpus/run-corpus.js';
import { setCrisisModelEnabled } from '../src/firewall/crisis/model/score.js';
import { setCrisisMemoSize } from '../src/firewall/crisis/screen.js';
import { setGateModelEnabled } from '../src/firewall/learned/gate-score.js';
import { setShellMemoSize } from '../src/firewall/shell/analyze.js';
import { warmUpEngine } from '../src/firewall/warm-up.js';

if (process.argv.includes('--no-memo')) {
  setCrisisMemoSize(0);
  setShellMemoSize(0);
}

if (process.argv.includes('--layers-off')) {
  setCrisisModelEnabled(false);
  setGateModelEnabled(false);
}

if (process.argv.includes('--warm-up')) {
  const r = await warmUpEngine(CORPUS_CONFIG);
  if (r.cut) throw new Error('dump-verdicts: the warm-up was cut at its CPU budget, so not all of it ran');
}

const lines: string[] = [];
for (const r of [...loadVisible(), ...loadCorpus()]) {
  const a = assess({ tool: r.tool, args: r.args, annotations: r.annotations }, r.context ?? {}, CORPUS_CONFIG);
  lines.push(JSON.stringify({ id: r.id, decision: a.decision, risk: a.risk_score, crisis: a.crisis_sensitive, class: a.side_effect_class, confidence: a.confidence, reasons: a.reasons, crisis_detail: a.crisis_detail }));
}
process.stdout.write(`${lines.join('\n')}\n`);
