import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrangesAMeeting } from './arrangement.js';
import { paysTheWriter } from './own-account.js';

test('invitations, rehearsals and deliveries arrange a place to go', () => {
  for (const t of ["Maya's 7th birthday party is Saturday at 18 Elm Grove", 'El bautizo de Sofía es el domingo', 'Parcel for Anna: please leave it with the neighbour', 'Treffpunkt 18 Uhr Gemeindehaus']) assert.ok(arrangesAMeeting(t), t);
  for (const t of ["Auntie Joan's new address is 12 Seaview Court", 'Karen Whitlow, DOB 14/03/1986, evicted for arrears']) assert.ok(!arrangesAMeeting(t), t);
});

test("an invoice or a split bill asks to be paid into the writer's own account", () => {
  for (const t of ['Please pay to my account, sort code 20-45-77', 'Bitte überweisen Sie auf unser Konto: IBAN DE89…', 'Bizum a mi número 612 345 678', 'Voici le RIB du club pour les cotisations']) assert.ok(paysTheWriter(t), t);
  for (const t of ['Please send the March payment to IBAN GB82…', "la cuenta de la señora Vidal es ES91…"]) assert.ok(!paysTheWriter(t), t);
});
