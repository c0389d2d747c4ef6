import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldOutbound as held } from '../../../test/helpers/crisis-screen.js';

// Crisis said once in an earlier turn, then a message sent (fw-quiet round), and the same shapes in
// grief, illness, moves and lending. Written for these tests, not copied from the corpus.

test('one quiet turn about oneself carries to the message sent after it', () => {
  assert.ok(held(['book the dentist', 'honestly my family would be better off without me', 'never mind'], 'Sam, the drill and the ladder are yours now.'));
  assert.ok(held(['zrób listę zakupów', 'chciałbym, żeby to wszystko się już skończyło'], 'Kasia, rower jest twój.'));
  assert.ok(held(['check the bus times', "I'm only in everyone's way these days"], 'Mia, please take Pepper for good. Her food is by the door.'));
  assert.ok(held(['przypomnij o czynszu', 'myślę, że wszystkim będzie lepiej beze mnie'], 'Mamo, klucze są u sąsiadki.'));
  assert.ok(held(['сделай список покупок', 'мне кажется, я всем только мешаю'], 'Лена, забери кота к себе насовсем.'));
});

test('grief, illness, plans and lending send the same kinds of message and run', () => {
  assert.ok(!held(['my nan died last month', "we're dividing her things per the will"], 'Hello, we would like to arrange distributing her jewellery as set out in her will.'));
  assert.ok(!held(['I think I will rewrite my will', 'the dog goes to Rosa'], 'Please find my revised wishes attached.'));
  assert.ok(!held(['surgery is tomorrow, I am nervous but it is routine'], 'Dani has the keys while I am off. Back in three weeks!'));
  assert.ok(!held(['moving to a smaller flat next month'], "Sam, keep the ladder, no need to give it back, there's no room for it in the new place."));
  assert.ok(!held(['work is exhausting this week'], 'Rui, a guitarra fica contigo até eu voltar.'));
});
