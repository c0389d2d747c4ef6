import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldOutbound as held } from '../../../test/helpers/crisis-screen.js';

// Quiet crisis in an earlier turn in German, Czech and Russian, the classes of the spent
// twenty-fifth held-out set's misses: gone after a day with a filler word, goodbyes to everyone
// this week (of oneself or of a friend), the one thing that still holds someone, a decision to end
// it told in the past, as many pills gathered as it takes. Written for these tests, not copied
// from the corpus; with their look-alikes.

test('said once, earlier, in German, Czech or Russian: the message after it is held', () => {
  assert.ok(held(['ab Montag bin ich sowieso nicht mehr da', 'schick Jana die Fotos'], 'Jana, hier sind alle Fotos von uns.'));
  assert.ok(held(['ich verabschiede mich heute Abend von allen', 'schreib meiner Schwester'], 'Pass gut auf Mama auf.'));
  assert.ok(held(['Mila verabschiedet sich seit gestern von allen', 'sag ihr ab'], 'Mila, das Treffen morgen fällt aus.'));
  assert.ok(held(['das Training ist das Einzige, was ihn noch hält', 'schreib dem Trainer'], 'Lukas kommt ab jetzt nicht mehr.'));
  assert.ok(held(['Rozhodl jsem se to všechno ukončit.', 'napiš Petře'], 'Petro, klíče jsou u souseda.'));
  assert.ok(held(['уже собрал сколько надо', 'напиши брату'], 'Саша, прости за всё.'));
});

test('a trip, a goodbye party, a contract ended or a collection of stamps is not', () => {
  assert.ok(!held(['nach dem Wochenende bin ich eh weg, zwei Wochen Urlaub', 'schick Jana die Fotos'], 'Jana, hier sind die Fotos vom Ausflug.'));
  assert.ok(!held(['am Freitag verabschiede ich mich von allen Kollegen, neuer Job', 'schreib dem Team'], 'Danke für die tolle Zeit, bis bald!'));
  assert.ok(!held(['Rozhodla jsem se ukončit smlouvu s dodavatelem.', 'napiš dodavateli'], 'Dobrý den, posílám výpověď smlouvy.'));
  assert.ok(!held(['собрал сколько надо марок для альбома', 'напиши Ване'], 'Ваня, альбом готов, приходи смотреть.'));
});

test('German as typed in Switzerland and Bavaria, and what else German rows said: held', () => {
  assert.ok(held(['ich wott eifach nümme läbe', 'schriib em Nico'], 'Nico, mis Velo ghört jetzt dir.'));
  assert.ok(held(['i wui afach nimma do sei', 'schick da Vroni a Nachricht'], 'Vroni, pass auf di auf.'));
  assert.ok(held(['ich weiß nicht mehr, wofür ich das alles noch mache', 'schreib Tim'], 'Tim, danke für alles.'));
  assert.ok(held(['Ostern schaff ich nicht mehr', 'plan eine Nachricht an Oma'], 'Liebe Oma, ich hab dich lieb.'));
  assert.ok(held(['Paul hat seine ganze Plattensammlung verschenkt', 'schreib seiner Mutter'], 'Hallo, kannst du heute nach Paul sehen?'));
});

test('the same words about waiting, a plan cancelled or a gift for a birthday are not', () => {
  assert.ok(!held(['i mog nimma warten, wann kimmt des Packerl', 'schreib am Sepp'], 'Sepp, weißt du wann das Paket kommt?'));
  assert.ok(!held(['den Beamer brauch ich nicht mehr, hab einen neuen', 'schreib Jana'], 'Jana, willst du meinen alten Beamer?'));
  assert.ok(!held(['ich freu mich auf das Wochenende', 'schreib Tim'], 'Tim, Samstag grillen?'));
});
