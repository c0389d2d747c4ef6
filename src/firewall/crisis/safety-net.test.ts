import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safetyNetOffSourceForTest, switchesOffSafetyNet } from './safety-net.js';
import { beginCallStrings, forgetCallStrings } from '../call-strings.js';
import { setLevers } from '../../core/levers.js';

// perf-r27b: the safety net's shortcut tests the latest message and the call's strings apart,
// which is the same answer only while no alternative of OFF can match a line break.
test('OFF has nothing that matches a line break (the shortcut splits the text at one)', () => {
  const src = safetyNetOffSourceForTest();
  for (const bad of ['\\s', '\\S', '\\W', '\\D', '[^', '\\n', '\\r']) assert.ok(!src.includes(bad), bad);
  assert.ok(!/(^|[^\\])\./.test(src), 'an unescaped dot');
});

test('the shortcut and the full test agree, ruleRouting off and on', () => {
  const cases: Array<[unknown, string[]]> = [
    [{ command: ['ls', '-la'] }, ['Say something about foxes.']],
    [{ job: 'daily check-in' }, ['please remove it']],
    [{ job: 'remove daily check-in' }, ['thanks']],
    [{ a: 'stop' }, ['we set up a daily check-in with Ben', 'ok']],
    [{ a: 'x' }, ['we set up a daily check-in with Ben', 'Turn it off']],
    [{}, ['Cancel the emergency contact']],
    [{ a: 'Schalte es aus' }, ['Notfallkontakt']],
    [{ a: 'удали' }, ['экстренный контакт']],
    [{ a: 'tell them' }, ['I\u2019m fine, remove the fall alert']],
  ];
  for (const [args, said] of cases) {
    const answers = [false, true, true].map((on) => {
      setLevers({ ruleRouting: on });
      beginCallStrings();
      const r = switchesOffSafetyNet(args, said);
      forgetCallStrings();
      return r;
    });
    assert.deepEqual(answers, [answers[0], answers[0], answers[0]], JSON.stringify([args, said]));
  }
  setLevers({ ruleRouting: true });
});
