import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { trainAll, WEIGHTS_FILE } from '../../../scripts/train-gate-model.js';
import { firewallConfigSchema } from '../../config/firewall-schema.js';
import { CORPUS_CONFIG, loadCorpus } from '../corpus/run-corpus.js';
import { assess } from '../engine.js';
import { GATE_MODEL_WEIGHTS } from './gate-weights.generated.js';
import { gateModelEnabled, setGateModelEnabled, useGateModel } from './gate-score.js';
import { applyLearnedLayers } from './switches.js';
import { crisisModelEnabled, setCrisisModelEnabled } from '../crisis/model/score.js';
import { densify, densifyPacked, LearnedModelFormatError, unpack } from './weights-codec.js';
import { CRISIS_MODEL_WEIGHTS } from '../crisis/model/weights.generated.js';
import { gateViewOf } from './gate-call.js';
import { gateFeatures, scoreGateFeatures } from './gate-features.js';
import { scoreVector } from './sparse.js';

// The learned gate layer: reproducible from the corpus, escalate-only (it turns an allowed call
// of a tool that is not read-only into a question, never anything else), explained in the
// reasons, and switched off by config.

/** The committed weights with another threshold: 0 holds every call the layer may act on. */
const withThreshold = (threshold: number) => ({ ...GATE_MODEL_WEIGHTS, threshold, thresholds: undefined });
const edit = { tool: 'Edit', args: { file_path: 'src/app.ts', old_string: 'a', new_string: 'b' } };

after(() => {
  useGateModel(null);
  setGateModelEnabled(true);
  setCrisisModelEnabled(true);
});

describe('learned gate layer', () => {
  // With the committed threshold: the cross-validation that chose it is most of the training's cost
  // and is rerun by `npx tsx scripts/train-gate-model.ts --check`; a change of rules, corpus or
  // features that would move the threshold changes the weights as well.
  test('retraining on the corpus reproduces the committed weights byte for byte', async () => {
    const committed = unpack(GATE_MODEL_WEIGHTS);
    const r = await trainAll({ threshold: committed.threshold, thresholds: committed.thresholds });
    assert.equal(r.module, readFileSync(WEIGHTS_FILE, 'utf8'), 'run `npx tsx scripts/train-gate-model.ts` after corpus or rule changes');
    assert.ok(committed.idx.length > 1000, 'weights were trained, not a placeholder');
    assert.ok(r.threshold > 0.5 && r.threshold < 1, `threshold ${r.threshold} comes from the out-of-fold budget`);
  });

  test('weights decoded in one pass equal the unpacked ones, for both learned layers', () => {
    for (const p of [GATE_MODEL_WEIGHTS, CRISIS_MODEL_WEIGHTS]) assert.deepEqual(densifyPacked(p), densify(unpack(p)));
    assert.throws(() => densifyPacked({ ...GATE_MODEL_WEIGHTS, entries: GATE_MODEL_WEIGHTS.entries + 1 }), LearnedModelFormatError);
  });

  test('the scorer that builds no vector gives the same score to the last bit', () => {
    const m = unpack(GATE_MODEL_WEIGHTS);
    const weights = densify(m);
    for (const row of loadCorpus().slice(0, 150)) {
      const call = { tool: row.tool, args: row.args, annotations: row.annotations };
      const { view } = gateViewOf(call, row.context ?? {}, CORPUS_CONFIG);
      assert.equal(scoreGateFeatures(view, weights, m.bias), scoreVector(gateFeatures(view), weights, m.bias), row.id);
    }
  });

  test('holds an allowed call over the threshold and says so with its score', () => {
    assert.equal(assess(edit, { user_message: 'fix the typo' }).decision, 'allow');
    useGateModel(withThreshold(0));
    try {
      const a = assess(edit, { user_message: 'fix the typo' });
      assert.equal(a.decision, 'ask');
      assert.equal(a.requires_human, true);
      assert.ok(a.reasons.some((r) => /^learned layer: [01]\.\d\d \(no rule fired/.test(r)), a.reasons.join(' | '));
      assert.match(a.reasons[a.reasons.length - 1], /^learned layer: 0\.\d\d >= 0: ask$/);
      assert.ok(a.factors.some((f) => f.name === 'learned_gate'));
    } finally {
      useGateModel(null);
    }
  });

  test('a threshold by call kind overrides the single one; kinds without their own take the shared one', () => {
    const bash = { tool: 'Bash', args: { command: 'ls build' } };
    useGateModel({ ...GATE_MODEL_WEIGHTS, threshold: 0, thresholds: { shell: 0, '*': 1 } });
    try {
      const a = assess(bash, { user_message: 'list it' });
      assert.equal(a.decision, 'ask');
      assert.match(a.reasons[a.reasons.length - 1], /^learned layer: 0\.\d\d >= 0: ask$/);
      assert.equal(assess(edit, { user_message: 'fix the typo' }).decision, 'allow', 'a write takes the shared threshold 1, not the single 0');
      useGateModel({ ...GATE_MODEL_WEIGHTS, threshold: 1, thresholds: { write: 0 } });
      assert.equal(assess(edit, { user_message: 'fix the typo' }).decision, 'ask');
      assert.equal(assess(bash, { user_message: 'list it' }).decision, 'allow', 'no shared threshold: the single one');
    } finally {
      useGateModel(null);
    }
  });

  test('never acts on read-only tools, and not when switched off', () => {
    useGateModel(withThreshold(0));
    try {
      for (const call of [{ tool: 'Read', args: { file_path: 'src/app.ts' } }, { tool: 'Grep', args: { pattern: 'delete', path: '.' } }]) {
        const a = assess(call, { user_message: 'delete all customer records' });
        assert.equal(a.decision, 'allow', call.tool);
        assert.ok(!a.factors.some((f) => f.name === 'learned_gate'), call.tool);
      }
      setGateModelEnabled(false);
      assert.equal(assess(edit, { user_message: 'fix the typo' }).decision, 'allow');
    } finally {
      setGateModelEnabled(true);
      useGateModel(null);
    }
  });

  test('config: on by default, firewall.learned_gate: false turns it off (and the crisis switch stays its own)', () => {
    const defaults = firewallConfigSchema.parse({});
    assert.equal(defaults.learned_gate, true);
    applyLearnedLayers(firewallConfigSchema.parse({ learned_gate: false }));
    assert.equal(gateModelEnabled(), false);
    assert.equal(crisisModelEnabled(), true);
    applyLearnedLayers(defaults);
    assert.equal(gateModelEnabled(), true);
  });
});
