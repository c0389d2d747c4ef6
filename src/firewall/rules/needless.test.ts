import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePrompt } from './prompt-intent.js';
import { judgeSettingsContent } from './tampering.js';

// Rule-level checks for needless gates fixed by class (both directions).

test('delegated prompts: a medium named as a feature or a format sends nothing', () => {
  const held = (t: string) => judgePrompt(t).findings.length > 0;
  assert.equal(held('Compare monthly pricing, SMS reminders and card terminal support.'), false);
  assert.equal(held('Write three taglines. Return text only.'), false);
  assert.equal(held('Compare pricing of three payroll providers for a 12-person company.'), false);
  assert.equal(held('Text reminders to every client with an appointment tomorrow.'), true);
  assert.equal(held('Run payroll for November and submit the payment file.'), true);
  assert.equal(held('Process the payroll run tonight.'), true);
  assert.equal(held('Email every lead the new price list.'), true);
});

test('agent settings: deny and ask entries restrict, allow entries pre-approve', () => {
  const path = '.claude/settings.json';
  assert.equal(judgeSettingsContent(path, '"allow": ["Bash(npm test)"],\n"deny": ["Bash(rm -rf *)"]', '"allow": ["Bash(npm test)"]').length, 0);
  assert.equal(judgeSettingsContent(path, '"ask": ["Bash(git push:*)"]').length, 0);
  assert.ok(judgeSettingsContent(path, '"allow": ["Bash(npm test)", "Bash(rm -rf *)"]', '"allow": ["Bash(npm test)"]').length);
  assert.ok(judgeSettingsContent(path, '"deny": ["Bash(curl:*)"],\n"allow": ["Bash(rm -rf:*)"]').length);
});
