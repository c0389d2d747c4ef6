import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { trainAll, WEIGHTS_FILE } from '../../../../scripts/train-crisis-model.js';
import { CRISIS_MODEL_WEIGHTS } from './weights.generated.js';

// The committed crisis weights are what the corpus trains: a file of its own, apart from the
// scorer's tests, because training on the whole corpus is most of a CI file's time budget.

describe('crisis model training', () => {
  // With the committed threshold (its cross-validation is most of the cost; `npx tsx
  // scripts/train-crisis-model.ts --check` reruns it): a change of rules, corpus or features that
  // would move the threshold changes the weights as well.
  test('training on the corpus reproduces the committed weights file byte for byte', async () => {
    const trained = await trainAll({ threshold: CRISIS_MODEL_WEIGHTS.threshold });
    assert.equal(trained.module, readFileSync(WEIGHTS_FILE, 'utf8'), 'retrain: npx tsx scripts/train-crisis-model.ts');
  });
});
