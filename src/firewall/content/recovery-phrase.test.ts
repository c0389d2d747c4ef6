import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanRecoveryPhrase } from './recovery-phrase.js';

const found = (t: string) => scanRecoveryPhrase(t).length > 0;

test('a recovery phrase is found by its words, whatever the label says or in no label at all', () => {
  assert.ok(found('Frase de recuperação da carteira: harvest lunar pepper ocean tribe velvet moment anchor silk rally brisk canyon'));
  assert.ok(found('復元フレーズ: evidence where subject beef chicken pass purchase rebuild wrestle trumpet case copper'));
  assert.ok(found('1. model\n2. start\n3. response\n4. security\n5. involve\n6. essence\n7. clerk\n8. focus\n9. estate\n10. item\n11. jazz\n12. alert'));
  // The Spanish list, typed without its accents.
  assert.ok(found('semilla: desvio licor rociar respeto yegua canguro fama tesoro rostro miedo don suceso'));
});

test('a list separated by commas counts only when its checksum holds', () => {
  assert.ok(!found('Einkaufsliste: apple, banana, milk, bread, cheese, coffee, butter, sugar, salt, pepper, rice, onion, garlic, lemon'));
  assert.ok(found('abandon, abandon, abandon, abandon, abandon, abandon, abandon, abandon, abandon, abandon, abandon, about'));
});

test('prose and talk about phrases are not phrases', () => {
  assert.ok(!found('Saturday plan: meet at the station at eight, bring water, snacks, a jacket and good shoes. We walk to the lake and back before dark.'));
  assert.ok(!found('A BIP39 seed phrase is 12 to 24 words taken from a fixed list of 2048. Never type it into a website.'));
});
