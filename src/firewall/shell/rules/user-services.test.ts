import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// The user's own service restarted comes straight back; stopping or disabling it, restarting the
// gateway or an audit unit, and system services still ask.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const CASES: Array<[command: string, gated: boolean]> = [
  ['systemctl --user restart jupyter-lab', false],
  ['systemctl --user reload api-dev', false],
  ['systemctl --user stop api-dev', true],
  ['systemctl --user disable --now switchyard-gateway', true],
  ['systemctl --user restart switchyard', true],
  ['sudo systemctl restart postgresql', true],
];

test('user services restart; stops, the gateway and system services ask', () => {
  for (const [command, gated] of CASES) {
    const a = assess({ tool: 'Bash', args: { command } });
    assert.equal(a.decision !== 'allow', gated, `${command} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
});
