import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus, loadVisible } from '../corpus/run-corpus.js';
import { CASES, OUTBOUND_CASES } from './screen-cases.js';
import { conceptHits, conceptsApply, CONCEPT_TRIGGERS, ordinaryEnding } from './concepts.js';
import { bound, clauses, normalize, plainWords } from './normalize.js';
import { CueIndex } from './prefilter.js';

// The screen skips a concept trigger on a clause when the trigger's literals do not occur in the
// clause's text (possible.ts). Every clause of every corpus and table text whose concepts apply
// must get the same hits as with every trigger run. (The screen's own prefilter test runs the
// table cases only: with the prefilter off the corpus takes minutes.)
test('concept rules: the literal gate changes no hit on any corpus or table clause', () => {
  const index = new CueIndex(CONCEPT_TRIGGERS.map((re) => ({ re })));
  const texts = new Set<string>([...CASES.map((c) => c[1]), ...OUTBOUND_CASES.map((c) => c[0])]);
  for (const r of [...loadVisible(), ...loadCorpus()]) {
    for (const m of [...(r.context?.user_messages ?? []), r.context?.user_message ?? '']) texts.add(m);
    for (const v of Object.values(r.args)) if (typeof v === 'string') texts.add(v);
  }
  let checked = 0;
  for (const t of texts) {
    const normalized = plainWords(normalize(bound(t).text));
    if (!conceptsApply(normalized, CONCEPT_TRIGGERS)) continue;
    const possible = new Set(index.candidates(normalized).map((id) => CONCEPT_TRIGGERS[id]));
    const ordinaryEnd = ordinaryEnding(normalized);
    for (const clause of clauses(normalized)) {
      assert.deepEqual(conceptHits(clause, ordinaryEnd, normalized, possible), conceptHits(clause, ordinaryEnd, normalized, null), clause);
      checked++;
    }
  }
  assert.ok(checked > 1000, `${checked} clauses checked`);
});
