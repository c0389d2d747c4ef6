import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldOutbound as held } from '../../../test/helpers/crisis-screen.js';

// The classes of the out-of-fold misses (dp1 round): gone after a named day, a hand-over closed by
// a bare "forgive me", where the key is, a decision that names only a last time; and the same
// words in trips, moves, loans, favours and apologies for something named. Written for these tests,
// not copied from the corpus.

test('not being here after a named day, in any language, holds a message', () => {
  assert.ok(held(['etter søndag er jeg borte', 'send til Ola'], 'Ola, verktøyet står i garasjen.'));
  assert.ok(held(['pēc piektdienas manis vairs nebūs'], 'Jānis, paldies.'));
  assert.ok(held(['بعد از جمعه دیگه نیستم'], 'مریم، کتاب‌ها مال تو.'));
  assert.ok(held(['nach Montag gibt es mich nicht mehr'], 'Tim, das Fahrrad steht im Keller.'));
});

test('a stay with its length, a move or the office named is a trip', () => {
  assert.ok(!held(['etter søndag er jeg borte i tre uker'], 'Ola, verktøyet står i garasjen.'));
  assert.ok(!held(['nach Montag bin ich nicht mehr da, ich ziehe nach Köln'], 'Tim, das Fahrrad steht im Keller.'));
});

test('a hand-over closed by a bare forgive me is a farewell', () => {
  assert.ok(held(['send to Davit'], 'Դավիթ, տունը հիմա քոնն է։ Ներիր ինձ։'));
  assert.ok(held(['skriv til Lars'], 'Lars, båten er din nå. Tilgi meg.'));
  assert.ok(held(['напиши Оле'], 'Оля, собака теперь твоя. Прости меня.'));
});

test('forgiveness for something named, a loan or a gift alone run', () => {
  assert.ok(!held(['skriv til Lars'], 'Lars, tilgi meg at jeg glemte bursdagen din! Båten er din i helgen.'));
  assert.ok(!held(['напиши Оле'], 'Оля, прости меня за опоздание, буду в семь.'));
  assert.ok(!held(['skriv til Lars'], 'Lars, den gamle sykkelen er din nå, jeg har kjøpt ny.'));
});

test('where the key is, with a second sign, in the languages the keepsake words lacked', () => {
  assert.ok(held(['napiši Maji'], 'Maja, ključi so v predalu. Stanovanje je zdaj tvoje. Hvala za vse.'));
  assert.ok(!held(['napiši Maji'], 'Maja, ključi so v predalu, rože zalij v sredo. Vrnem se v ponedeljek!'));
});

test('a decision that names only a last time, and "it\'s time for me to go" said alone', () => {
  assert.ok(held(["I've decided tonight is my last night.", 'text Ana'], 'Ana, the cat food is in the cupboard.'));
  assert.ok(held(["it's time for me to go.", 'text Ana'], 'Ana, the cat food is in the cupboard.'));
  assert.ok(!held(["I've decided this is my last week at the bakery", 'text Ana'], 'Ana, the cat food is in the cupboard.'));
  assert.ok(!held(["it's time for me to go to the station", 'text Ana'], 'Ana, the cat food is in the cupboard.'));
});
