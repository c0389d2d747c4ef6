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

test('a named person with their street address, or where someone lives or stays, told to someone else', () => {
  for (const t of ['To Mr Alan Crewe of 4 Station Road, Didcot: your complaint was dealt with in full.', 'For the record, Priya Shah, 61 Orchard Lane, Hitchin, is the neighbour who called the council.', "Note the complainant's home address came up in evidence (18 Foundry Street, Halifax).", 'Le témoin habite 7 rue Victor Hugo à Lille.', "She's staying with her aunt now, at 5 Alder Close, Frome."]) {
    assert.ok(found(t), t);
  }
});

test('a business or a venue, and an address line alone, are not whereabouts', () => {
  for (const t of ['Our studio is at 5 Mill Lane, Bath; parking is round the back.', 'The wedding is at The Old Barn, 3 Church Walk, Thame at 2pm.', 'Ana Lopez, 9 Kings Road, Reading RG1 3AA', 'Reception is at Quay House, 2 Harbour Street, from 7.']) {
    assert.ok(!found(t), t);
  }
});

test('street types written into the name or after it, in the Germanic, Nordic, Finnish, Baltic, Hungarian and Turkish way', () => {
  for (const t of ['The neighbour who complained is Mikko Laine, Rantatie 8 A 3, Oulu, in case you want to talk to him.', 'Der Mieter heißt Frau Petra Lang, Bahnhofstr. 12, und schuldet seit März die Miete.', 'Your witness is Karin Holm, Storgatan 41, Umeå; she saw the whole thing.', 'Bálint Kiss, Petőfi utca 17 is the one who reported the leak, tell the crew.', 'The caller was Ayşe Demir, Atatürk Caddesi 55, and she asked us to keep it quiet.']) {
    assert.ok(found(t), t);
  }
  // A shop's or an office's address line alone still names nobody.
  for (const t of ['Pick-up point: Kauppakatu 3, Kuopio, open 9–17.', 'Meet at Storgatan 41 at 18:00 for the walk.']) assert.ok(!found(t), t);
});
