// Every crisis-model score the corpus produces, to the last bit, one line per text pair, so a change
// to the crisis featurizer can be checked for identical scores:
//   npx tsx scripts/dump-crisis-scores.ts > before.txt   ...change...   npx tsx scripts/dump-crisis-scores.ts | cmp before.txt -
// Per row of the visible and the project's corpus (never blind/): each input the engine hands the
// crisis layer (all of them, scored even when the layer would not be asked), then the row's raw user
// message and arguments as one pair (more scripts and shapes than the engine passes on). Each line
// has the score of the pair (a number's shortest round-trip form is exact), the layer's score (the
// highest of the whole conversation's and each turn's alone, scoreConversation) and a digest of the
// featurized vector.
import { createHash } from 'node:crypto';
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible } from '../src/firewall/corpus/run-corpus.js';
import { observeCrisisCalls } from '../src/firewall/crisis/assess.js';
import { featurize, scoreConversation, scoreFeatures } from '../src/firewall/crisis/model/features.js';
import { CRISIS_MODEL_WEIGHTS } from '../src/firewall/crisis/model/weights.generated.js';
import { densify, unpack } from '../src/firewall/learned/weights-codec.js';

const model = unpack(CRISIS_MODEL_WEIGHTS);
const weights = densify(model);

function line(id: string, conversation: readonly string[], text: string): string {
  const score = scoreFeatures(conversation, text, weights, model.bias);
  const layer = scoreConversation(conversation, text, weights, model.bias);
  const x = featurize(conversation, text);
  const digest = createHash('sha1').update(new Uint8Array(x.idx.buffer)).update(new Uint8Array(x.val.buffer)).digest('hex');
  return `${id}\t${score}\t${layer}\t${x.idx.length}\t${digest}`;
}

const out: string[] = [];
for (const r of [...loadVisible(), ...loadCorpus()]) {
  const seen: Array<{ conversation: readonly string[]; text: string }> = [];
  observeCrisisCalls((input) => void seen.push({ conversation: [...input.conversation], text: input.text }));
  assess({ tool: r.tool, args: r.args, annotations: r.annotations }, r.context ?? {}, CORPUS_CONFIG);
  observeCrisisCalls(null);
  seen.forEach((s, i) => out.push(line(`${r.id}#${i}`, s.conversation, s.text)));
  out.push(line(`${r.id}#raw`, [r.context?.user_message ?? ''], JSON.stringify(r.args)));
}
process.stdout.write(`${out.join('\n')}\n`);
