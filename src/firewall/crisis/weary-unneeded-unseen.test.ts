import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldOutbound as held } from '../../../test/helpers/crisis-screen.js';

// The concepts of lexicon/weary-unneeded-unseen.ts and help-pushed-away.ts in sentences written for
// these tests (not the corpus rows), and the same words said of work, a move or a meeting, which
// must run.

test('not wanting to live, tired of living, needed by no one, in the ed1–eg1 languages', () => {
  assert.ok(held(['Sinshaka kubaho, ndarushe.'], 'Jean, igare ni iryawe.'));
  assert.ok(held(['Ma olen väsinud elamisest.'], 'Kadri, võta mu kass enda juurde.'));
  assert.ok(held(['Ешкімге керегім жоқ.'], 'Дәурен, кілттер анамда.'));
  assert.ok(held(['Zvaizova nani kana ndisipo.'], 'Rudo, hembe rangu nderako.'));
  assert.ok(held(['Kua hōhā au i te ora.'], 'Hemi, kei a koe taku waka.'));
  assert.ok(held(['he might as well end things, he said'], 'Tom, are you around tonight? Pizza on me.'));
});

test('care cancelled with its follow-up refused, next to a quieter sign of risk', () => {
  assert.ok(held(["I've stopped answering my sister's calls."], 'Please cancel my remaining sessions. No need to follow up with me.'));
  assert.ok(!held(['the physio helped, the knee is fine now'], 'Please cancel my remaining sessions. No need to follow up with me.'));
});

test('the same words about work, a move or a meeting run', () => {
  assert.ok(!held(['Ma ei jaksa enam seda vana koodi vaadata.'], 'Kristjan võtab mu ülesanded üle, olen puhkusel.'));
  assert.ok(!held(['mánudagurinn er fullur'], 'Færum fundinn á þriðjudag, það verður auðveldara fyrir alla svona.'));
  assert.ok(!held(['moved to Leeds for the job'], "I won't be continuing the gym plan, no need to call me about it."));
});
