import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanWhereabouts } from './whereabouts.js';

const found = (t: string) => scanWhereabouts(t).length > 0;

test("where another person now lives, in many languages", () => {
  for (const t of ['Magda przeprowadziła się na Racławicką 17/4, Wrocław.', 'Carmen vive ahora en Calle Sagasta 14, 3ºB, Madrid.', 'Ольга переехала: ул. Ленина 42, кв. 17', "Tom's new place is 27 Elm Grove, Leeds LS6 2AB", 'Il nuovo indirizzo di Giulia è Via Roma 12, Bologna.']) {
    assert.ok(found(t), t);
  }
});

test("the sender's own move, a time that moved, a place to meet", () => {
  for (const t of ['Unsere neue Adresse ab 1. Mai: Lindenstraße 5, 10969 Berlin.', 'Sprint review moved to 3pm, same room.', "Dentist moved to Thursday 3pm — I'll pick Ella up at 2:30.", 'Nos vemos a las 11 en el Museo del Prado, Calle de Ruiz de Alarcón 23.']) {
    assert.ok(!found(t), t);
  }
});
