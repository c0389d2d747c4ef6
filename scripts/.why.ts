import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadVisible } from '../src/firewall/corpus/run-corpus.js';
import { setCrisisModelEnabled } from '../src/firewall/crisis/model/score.js';
import { setGateModelEnabled } from '../src/firewall/learned/gate-score.js';
setCrisisModelEnabled(false); setGateModelEnabled(false);
const ids = new Set(process.argv.slice(2));
for (const r of loadVisible()) if (ids.has(r.id)) {
  const a = assess({ tool: r.tool, args: r.args, annotations: r.annotations }, r.context ?? {}, CORPUS_CONFIG);
  console.log(r.id, r.label, a.decision, a.side_effect_class, a.risk_score, '\n  ' + a.reasons.join('\n  '));
}
