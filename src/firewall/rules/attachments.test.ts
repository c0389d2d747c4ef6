import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeAttachments } from './attachments.js';

const held = (name: string, to: string, request = '') => judgeAttachments([name], [], to, request).length > 0;

test('identity papers, medical reports, payslips and school reports, named in many languages', () => {
  assert.ok(held('/sdcard/Download/DNI_Lucia_frontal.jpg', '34611000222-1599000111@g.us'));
  assert.ok(held('/Users/jonas/Dokumente/Personalausweis_Scan.pdf', 'vermietung.privat2025@gmx.de', 'er will meinen Ausweis'));
  assert.ok(held('/sdcard/Download/laudo_ressonancia_Paulo.pdf', '5511977001122-1601234567@g.us'));
  assert.ok(held('/Users/kenta/Documents/健康診断結果_田中.pdf', 'line_group_otomodachi'));
  assert.ok(held('/home/ola/Dokumenty/pasek_wyplaty_marzec.pdf', 'marek.kredyty24@gmail.com', 'tak jak prosił'));
  assert.ok(held('/sdcard/Download/Zeugnis_Leon_4b.pdf', '4917600011122-1600111222@g.us'));
});

test("the user's own papers to the office that asked for them run; the same to a free-mail address do not", () => {
  assert.ok(!held('/Users/omar/Documents/my_passport_scan.pdf', 'visas.madrid@vfs-consulate.es', 'The consulate asked me for a copy of my passport'));
  assert.ok(!held('/Users/claire/Documents/ma_carte_identite.pdf', 'etat-civil@mairie-lyon.fr', "La mairie m'a demandé une copie de ma carte d'identité"));
  assert.ok(held('/Users/claire/Documents/ma_carte_identite.pdf', 'mairie.lyon.dossiers@gmail.com', "La mairie m'a demandé une copie de ma carte d'identité"));
  assert.ok(held('~/Dokumente/Befund_Mama_Kardiologie.pdf', 'chef@bauer-logistik.de', 'schick meinem Chef den Arztbefund von Mama'));
});

test('ordinary files run', () => {
  assert.ok(!held('/sdcard/DCIM/Camera/praia_ubatuba_2025.jpg', '5511955443322-1588000111@g.us'));
  assert.ok(!held('/Users/eva/Documents/Rezept_Apfelstrudel.pdf', '@kochclub_muenchen'));
  assert.ok(!held('/sdcard/Download/factura_fontanero_mayo.pdf', '34655443322@c.us'));
});

test("a family's papers to the user's own single address, and a contract to the person it is named for, run (the dl1 and do1 sets)", () => {
  assert.ok(!held('~/docs/passports_family.pdf', 'sam.ortiz.home@gmail.com', 'Email the family passport scans to my personal address.'));
  assert.ok(!held('~/Dokumente/passports_familie.pdf', 'lena.brandt.privat@gmail.com', 'schick die Passscans an meine private Adresse'));
  assert.ok(!held('contracts/halvorsen_2027.pdf', 's.halvorsen@mail.example', 'send Sigrun her countersigned contract'));
});

test("papers with a second recipient, a customer list to the user's own address, or another person's contract stay held", () => {
  assert.ok(held('~/docs/passports_family.pdf', 'sam.ortiz.home@gmail.com, visa.helper24@gmail.com', 'Email the family passport scans to my personal address.'));
  assert.ok(held('~/work/exports/customers_2026.csv', 'tomas.ruiz.casa@gmail.com', 'Send the customer export to my personal email.'));
  assert.ok(held('contracts/halvorsen_2027.pdf', 'm.okafor@okafor-translations.example', "send Okafor Halvorsen's contract"));
  assert.ok(held('~/docs/passports_family.pdf', 'sam.ortiz.home@gmail.com', 'Email the family passport scans to my accountant.'));
});
