import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldOutbound as held } from '../../../test/helpers/crisis-screen.js';

// The concepts of lexicon/spent-unneeded-gone.ts in sentences written for these tests (not the
// corpus rows), and the same words said of a task, a trip or a book, which must run.

test('no reason or wish to go on, said once, carries to the hand-over sent after it', () => {
  assert.ok(held(['Ntabwo mbona impamvu. Nta mpamvu yo kubaho.'], 'Eric, igare ni iryawe.'));
  assert.ok(held(['Pregunto como seria mellor non espertar.'], 'Brais, o coche é teu.'));
  assert.ok(held(['Chan eil mi ag iarraidh a bhith beo tuilleadh.'], 'Morag, the boat is yours now.'));
  assert.ok(held(['Kāore he take o toku ora.'], 'Hemi, have the truck.'));
});

test('worn out by life or needed by no one, in languages no other lexicon has', () => {
  assert.ok(held(['Ndaneta neupenyu.'], 'Farai, mombe ndeyako.'));
  assert.ok(held(['Hech kimga keragim yoq.'], 'Dilnoza, kompyuterim seniki.'));
  assert.ok(held(['Мин бер кемгә дә кәрәкмәйем.'], 'Айгөл, ачкычлар синдә.'));
  assert.ok(held(['sold the car last week'], 'Олег, ключи у соседки. Не ждите меня больше.'));
  assert.ok(held(['Eg orki ikki meira.'], 'Tit hoyra ikki meira frá mær.'));
});

test('the same words about a task, a trip or a thing run', () => {
  assert.ok(!held(['tell Nino I am late'], 'ნინო, ამ დავალებას აღარ შემიძლია დღეს, ხვალ დავასრულებ.'));
  assert.ok(!held(['my train is late'], 'Kaja, vlak ima zamudo, ne čakaj me na postaji.'));
  assert.ok(!held(['hired an accountant'], '阿明，以後不會再麻煩你幫我對帳了，我請了會計。'));
  assert.ok(!held(['I no longer need that textbook'], 'Merdan, bu kitap maňa indi gerek däl, saňa berýärin.'));
  assert.ok(!held(['retiring on Friday'], '排球社的鑰匙我放在管理室了，以後就交給你們了。'));
  assert.ok(!held(['I am leaving for the trip on Sunday'], 'Dili na ko mobalik sa opisina karong semanaha.'));
});
