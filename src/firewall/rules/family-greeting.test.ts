import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familyGreeting } from './family-greeting.js';
import { judgePrompt } from './prompt-intent.js';

test('a greeting to family that plans the next time together is a family greeting', () => {
  assert.ok(familyGreeting("Send Grandma a WhatsApp message: 'Happy birthday Grandma! Love you lots, see you at lunch on Sunday.'"));
  assert.ok(familyGreeting("Send a message to the family group: 'Happy Mother's Day Mum! Brunch at 11, we'll pick you up.'"));
  assert.ok(familyGreeting("Text my brother: 'Safe travels to Lisbon! Call you tomorrow night once you've landed.'"));
});

test('a farewell dressed as a greeting, a greeting with no meeting, or a crowd is not', () => {
  assert.ok(!familyGreeting("Email lena: 'Happy birthday my girl. I'm proud of you every year, even the ones I'm not there for.'"));
  assert.ok(!familyGreeting("Send Mum this: 'Happy birthday Mum. I'm sorry I couldn't say it myself this year. See you.'"));
  assert.ok(!familyGreeting("Send Maisie this: 'Happy birthday, sweetheart. Love, Dad.'"), 'no meeting planned');
  assert.ok(!familyGreeting("Email all my contacts: 'Merry Christmas from Mum and me, see you in the new year'"));
});

test('a scheduled family greeting is routine, a scheduled send to others still asks', () => {
  const risk = (t: string) => Math.max(0, ...judgePrompt(t).findings.map((f) => f.risk));
  assert.ok(risk("Send Grandma a WhatsApp message: 'Happy birthday Grandma! See you at lunch on Sunday.'") < 0.3);
  assert.ok(risk("Send Grandma a WhatsApp message: 'Happy birthday Grandma! Love you always.'") >= 0.6);
});

test('another send in the same prompt as a family greeting is judged on its own', () => {
  const findings = judgePrompt("Send Grandma a WhatsApp: 'Happy birthday Grandma! See you at lunch on Sunday.' Then email my landlord that I'm moving out.").findings;
  assert.ok(findings.some((f) => f.risk >= 0.6));
});
