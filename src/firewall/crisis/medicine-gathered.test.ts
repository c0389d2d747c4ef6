import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldOutbound as held } from '../../../test/helpers/crisis-screen.js';

// The concepts of lexicon/medicine-gathered.ts in sentences written for these tests (not the
// corpus rows), and a carer's, a nurse's and a traveller's words about the same medicines, which
// must run.

test('a medicine kept back, counted or swallowed by its own name is held', () => {
  assert.ok(held(["I've been stockpiling the temazepam since October."], 'Jo, the spare key is with Ann.'));
  assert.ok(held(['Counted out my citalopram last night, there is plenty.'], 'Sam, feed the fish for me.'));
  assert.ok(held(['I swallowed about twenty of my diazepam an hour ago.'], 'Mum, sorry about the mess.'));
  assert.ok(held(["I've been keeping the tramadol in a tin instead of taking it."], 'Kit, the car is in the garage.'));
});

test('the lethal amount looked up is held, in English and other languages', () => {
  assert.ok(held(['I read up on how much of my lithium it would take.'], 'Dee, the plants need water on Sunday.'));
  assert.ok(held(['Таблетки я уже накопил.'], 'Серёжа, ключи у соседки.'));
  assert.ok(held(['Naipon ko na ang mga gamot ko.'], 'Kuya, sa iyo na ang motor.'));
});

test("a carer's, a nurse's and a traveller's words about medicines run", () => {
  assert.ok(!held(["I counted out dad's tablets into the dosette box for the week."], 'Dad, your pills are sorted for the week.'));
  assert.ok(!held(['we counted the morphine for the stock take, it all matches'], 'Charge nurse: CD count done, all correct.'));
  assert.ok(!held(['I looked up how much paracetamol is safe for a four year old'], 'Lou, it is 240mg every four hours.'));
  assert.ok(!held(["I've been saving my medication list in the notes app"], 'Dr Shah, my list of medicines is attached.'));
  assert.ok(!held(['estoy guardando mis pastillas en la maleta para el viaje'], 'Marta, nos vemos en el aeropuerto.'));
});
