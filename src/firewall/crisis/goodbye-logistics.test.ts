import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

// lexicon/goodbye-logistics.ts: each concept with a look-alike that differs by one fact (a trip, a
// new job, a thesis, a move), as the bh1 corpus rows pair them.
type Case = [conversation: string[], outbound: string, crisis: boolean];

function check(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [conversation, outbound, crisis] of cases) {
      test(`${crisis ? 'holds' : 'passes'}: ${conversation.at(-1)}`, () => {
        const s = screenCrisis({ conversation, outbound, partialThreshold: OUTBOUND_CRISIS_THRESHOLD });
        assert.equal(s.crisis, crisis, `score ${s.score}: ${s.reasons.join('; ')} | ${s.dismissed.join('; ')}`);
      });
    }
  });
}

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
