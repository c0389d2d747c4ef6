import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { loadCorpus } from '../../corpus/run-corpus.js';
import { featurize, scoreConversation, scoreFeatures, turnsAlone } from './features.js';
import { crisisModelScore, setCrisisModelEnabled, useCrisisModel } from './score.js';
import { densify, pack, unpack } from '../../learned/weights-codec.js';
import { scoreVector } from '../../learned/sparse.js';
import { CRISIS_MODEL_WEIGHTS } from './weights.generated.js';

// The learned crisis layer: deterministic and escalate-only (it never relaxes a decision and acts
// only on calls that reach a person or cannot be undone). That training reproduces the committed
// weights is training.test.ts: each file has its own time budget on a busy CI machine; that it is
// escalate-only over the whole corpus is learned/escalate-only.test.ts, with the gate layer's.

/** The committed weights with another threshold: 0 makes the layer hold every call it may act on. */
const withThreshold = (threshold: number) => ({ ...CRISIS_MODEL_WEIGHTS, threshold });
const email = (body: string) => ({ tool: 'send_message', args: { target: 'email:sam@example.com', message: body } });

after(() => {
  useCrisisModel(null);
  setCrisisModelEnabled(true);
});

describe('crisis model scorer', () => {
  test('features and scores are deterministic and independent of case and compatibility forms', () => {
    const a = featurize(['I just want it all to stop'], 'Goodbye Sam');
    const b = featurize(['I just want it all to stop'], 'Goodbye Sam');
    assert.deepEqual([...a.idx], [...b.idx]);
    assert.deepEqual([...a.val], [...b.val]);
    assert.deepEqual([...featurize(['ＨＥＬＬＯ there'], '').idx], [...featurize(['hello there'], '').idx]);
    const s1 = crisisModelScore(['nothing matters anymore, I sorted out who gets the cat'], 'Sam, please take Miso. Thank you for everything.');
    const s2 = crisisModelScore(['nothing matters anymore, I sorted out who gets the cat'], 'Sam, please take Miso. Thank you for everything.');
    assert.ok(s1 && s2);
    assert.equal(s1.score, s2.score);
    assert.ok(s1.score > 0 && s1.score < 1);
  });

  test('the scorer that builds no vector gives the same score to the last bit', () => {
    const m = unpack(CRISIS_MODEL_WEIGHTS);
    const weights = densify(m);
    for (const row of loadCorpus().slice(0, 120)) {
      const conversation = [row.context?.user_message ?? ''];
      const text = JSON.stringify(row.args);
      assert.equal(scoreFeatures(conversation, text, weights, m.bias), scoreVector(featurize(conversation, text), weights, m.bias), row.id);
    }
  });

  test('a call is scored on the whole conversation and on each turn alone, the highest counting', () => {
    const m = unpack(CRISIS_MODEL_WEIGHTS);
    const weights = densify(m);
    const risk = "I don't see the point of being here anymore";
    const conversation = [risk, 'can you check the invoice total', 'and the delivery date for the shelves', 'ok, book the van for friday'];
    const text = 'Hi Sam, the keys are in the blue tin. Thank you for everything.';
    assert.equal(turnsAlone(conversation).length, 4);
    assert.deepEqual(turnsAlone(['only one message']), [], 'one message alone is the conversation');
    const alone = scoreFeatures([risk], text, weights, m.bias);
    const whole = scoreFeatures(conversation, text, weights, m.bias);
    assert.ok(alone > whole, 'the ordinary turns after it dilute the risk in the whole conversation');
    assert.equal(scoreConversation(conversation, text, weights, m.bias), Math.max(whole, ...turnsAlone(conversation).map((t) => scoreVector(featurize(t, text), weights, m.bias))));
    assert.equal(crisisModelScore(conversation, text)?.score, scoreConversation(conversation, text, weights, m.bias));
  });

  test('the packed weights round-trip', () => {
    const m = unpack(CRISIS_MODEL_WEIGHTS);
    assert.equal(m.idx.length, CRISIS_MODEL_WEIGHTS.entries);
    assert.ok(m.idx.length > 1000, 'weights were trained, not the placeholder');
    assert.deepEqual(pack(m), CRISIS_MODEL_WEIGHTS);
    for (let i = 1; i < m.idx.length; i++) assert.ok(m.idx[i] > m.idx[i - 1]);
  });

  test('switched off, it scores nothing', () => {
    setCrisisModelEnabled(false);
    try {
      assert.equal(crisisModelScore(['I want to die'], 'bye'), null);
    } finally {
      setCrisisModelEnabled(true);
    }
  });
});

describe('crisis model in the engine', () => {
  test('it holds only calls that reach a person or cannot be undone, with its score as the reason', () => {
    useCrisisModel(withThreshold(0));
    try {
      const held = assess(email('Lunch at noon?'), { user_message: 'ask Sam about lunch' });
      assert.equal(held.crisis_sensitive, true);
      assert.notEqual(held.decision, 'allow');
      assert.ok(held.reasons.some((r) => /^crisis model: \d\.\d\d/.test(r)), held.reasons.join(' | '));
      const read = assess({ tool: 'Read', args: { file_path: 'notes/today.md' } }, { user_message: 'read my notes' });
      assert.equal(read.crisis_sensitive, false);
      assert.equal(read.decision, 'allow');
      const edit = assess({ tool: 'Edit', args: { file_path: 'src/app.ts', old_string: 'a', new_string: 'b' } }, { user_message: 'rename a to b' });
      assert.equal(edit.crisis_sensitive, false);
    } finally {
      useCrisisModel(null);
    }
  });

  test('switched off, a call it would hold goes back to the phrase layer alone', () => {
    useCrisisModel(withThreshold(0));
    setCrisisModelEnabled(false);
    try {
      assert.equal(assess(email('Lunch at noon?'), { user_message: 'ask Sam about lunch' }).crisis_sensitive, false);
    } finally {
      setCrisisModelEnabled(true);
      useCrisisModel(null);
    }
  });
});
