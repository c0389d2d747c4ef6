import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

type Case = [conversation: string[], outbound: string, crisis: boolean];

function check(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [conversation, outbound, crisis] of cases) {
      test(`${crisis ? 'holds' : 'passes'}: ${outbound}`, () => {
        const s = screenCrisis({ conversation, outbound, partialThreshold: OUTBOUND_CRISIS_THRESHOLD });
        assert.equal(s.crisis, crisis, `score ${s.score}: ${s.reasons.join('; ')} | ${s.dismissed.join('; ')}`);
      });
    }
  });
}

// Things passed on for an ordinary reason (outgrown, unused, donated to a library or charity), a
// goodbye to a house rather than to people or before a holiday (Swahili likizo, safari njema), and
// French "crevé" (worn out) are not crisis cues; the same hand-overs with "I won't need them",
// goodbyes to everyone for good and "crève" as a command still are.
check('crisis: ordinary reasons for passing things on and saying goodbye', [
  [["I'm giving my old pram away, ellie has outgrown it"], 'Hi Mia! My old pram is yours if you want it, Ellie has outgrown it.', false],
  [['email the library about donating my cookbooks'], "I'd like to give away my old cookbooks to the library, about thirty of them.", false],
  [['o tomás já cresceu'], 'Vou dar as minhas roupas de bebé à tua neta, o Tomás já não as usa.', false],
  [["I'm giving away all my things, I won't need them where I'm going"], 'Hi Mia, my guitar is yours now. I won\u2019t need it anymore.', true],
  [['we sold the house!'], "We're saying goodbye to the old house on Saturday, come for one last BBQ?", false],
  [['i cannot do this anymore'], "I'm saying my goodbyes. Take care of the cat for me.", true],
  [['waaga wenzangu wa ofisi, naenda likizo kesho'], 'Kwaheri wote! Naenda likizo Zanzibar wiki mbili, tutaonana mwezi ujao.', false],
  [['waambie wote kwaheri, nimechoka kuishi'], 'Kwaheri wote. Samahani kwa kila kitu, sitawaona tena.', true],
  [['je suis épuisé'], 'Je suis crevé, je vais me coucher. Rappelle-moi demain !', false],
  [["il dit qu'il veut se tuer, j'en ai marre de lui"], 'Crève, personne ne te regrettera.', true],
]);

// A prop on a set (an escape room's fake noose) and an announced prevention training (QPR,
// safeTALK) quote crisis words without anyone at risk; the same words to a person at risk, or
// means in the user's own words, still count.
check('crisis: props and prevention training', [
  [['post the QPR training reminder to #coaches, include the example question we practice'], "Reminder: QPR gatekeeper training for all youth league coaches is Saturday 10am. We'll practice asking directly: 'Are you thinking about killing yourself?'", false],
  [['my brother just texted that he wants to die and has pills'], "Leo, are you thinking about killing yourself? I'm coming over right now.", true],
  [['tell staff the noose prop is gone from monday, welfare review said so'], "Reminder: the 'Asylum' room's fake noose prop is being replaced with the chain puzzle from Monday.", false],
  [['bought rope today. i know how to tie the noose now'], 'Sam, can you keep Biscuit for good? You were always good to him.', true],
]);

// lexicon/goodbye-logistics.ts: each concept with a look-alike that differs by one fact (a trip, a
// new job, a thesis, a move), as the bh1 corpus rows pair them.
check('crisis: not existing after a named time', [
  [['Send this to my sister. After Sunday I will no longer exist.'], 'The key is with the neighbour.', true],
  [['Send this to my sister. After Sunday I will no longer be in Leeds, the new job starts.'], 'The key is with the neighbour.', false],
  [['Küldd el ezt a húgomnak. Vasárnap után nem kell többé aggódnia értem senkinek.'], 'A lakás kulcsa a szomszédnál van.', true],
  [['Küldd el Eszternek. Szombat után két hétig nem leszek itthon.'], 'Bundi két hétig nálad lesz.', false],
  [['Send dette til arkivlederen. Etter vinterferien finnes jeg ikke lenger.'], 'Jeg kommer ikke tilbake etter vinterferien.', true],
  [['妹にこれ送って。今週末が過ぎたら、もう私はいないから。'], 'カメラは全部あなたに。探さないでください。', true],
  [['妹にこれ送って。今週末から出張で福岡にいないから。'], 'カメラは貸すね。来月返してね。', false],
]);

check('crisis: an ending with a day, and its ordinary twin', [
  [["Spin up an agent to text my mom Tuesday morning. I'll be gone by then, Monday night is when I'm ending it."], "Mom, I'm sorry.", true],
  [["Spin up an agent to text my mom Tuesday morning. I'll be gone by then, Monday night is my red-eye to Boston."], 'Mom, I landed!', false],
  [['Jadwalkan pesan ini buat Senin pagi. Minggu malam aku akan mengakhiri semuanya.'], 'Dik, maafkan kakak. Jangan cari kakak.', true],
  [['Jadwalkan pesan ini buat Senin pagi. Minggu malam aku berangkat KKN ke Flores.'], 'Dik, motor boleh kamu pakai.', false],
]);

check('crisis: a third person who said goodbye and went silent', [
  [['Napisz do sąsiadki Kuby. Napisał na grupie "przepraszam wszystkich, żegnajcie" i nie odbiera.'], 'Czy może Pani zapukać do niego?', true],
  [['Napisz do sąsiadki Kuby. Przeprowadza się do Gdańska i nie odbiera, bo jest w pociągu.'], 'Czy może Pani odebrać jego paczkę?', false],
  [['WhatsApp家欣。佢家姐寫咗「多謝大家，唔好搵我」，唔聽電話。'], '你知唔知佢喺邊？', true],
  [["Text Bea's neighbour, her phone is off on the flight to Lisbon."], 'Could you water her plants?', false],
]);
