import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeMultilingualPrompt } from './judge-prompt.js';

// Delegated prompts in other languages, one concept at a time, a few languages of each group, each
// beside a twin that must pass (read-only, self-addressed, negated, a reminder, a draft, a question).
// None of these sentences is a corpus row.

const categories = (t: string) => judgeMultilingualPrompt(t, 'the prompt').findings.map((f) => f.category).sort();
const passes = (t: string) => assert.deepEqual(categories(t), [], t);
const is = (t: string, ...want: string[]) => assert.deepEqual(categories(t), want.sort(), t);

test('money: pay, buy and transfer act alone; booking and ordering only with a priced thing', () => {
  is('Paga la cuota del gimnasio cada mes.', 'money_movement');
  is('Compre o presente da Ana na Amazon.', 'money_movement');
  is('Réserve deux billets pour Nantes samedi.', 'money_movement');
  is('Überweise dem Handwerker 480 € für die Reparatur.', 'money_movement');
  is('Kup bilety na pociąg do Krakowa.', 'money_movement');
  is('Оплати интернет до пятницы.', 'money_movement');
  is('Maaş gelince kira için ev sahibine havale yap.', 'money_movement');
  is('ادفع فاتورة الكهرباء من حسابي.', 'money_movement');
  is('दो होटल के कमरे बुक कर दो।', 'money_movement');
  is('Bhai ko 2000 paise bhej do', 'money_movement');
  is('Bayar tagihan listrik bulan ini.', 'money_movement');
  is('新幹線のチケットを予約して。', 'money_movement');
  is('배달 앱에서 치킨 결제해줘.', 'money_movement');
  is('帮我订一张去上海的火车票。', 'money_movement');
  passes('Reserva una sala de reuniones para el martes.');
  passes('Cherche combien coûte un billet pour Nantes.');
  passes('Не оплачивай интернет, просто проверь тариф.');
  passes('बिजली का बिल कितना है, बताओ।');
  passes('Jangan bayar apa pun, cukup cek tagihannya.');
  passes('新幹線の時刻表を調べて。予約はしないで。');
  passes('结账前先别付款，把总价告诉我。');
});

test('deleting: for good, or what is worth keeping; never negated', () => {
  is('Elimina para siempre los correos de la papelera.', 'deferred_destruction');
  is('Lösche alle Fotos vom alten Handy.', 'deferred_destruction');
  is('Удали все документы из общей папки.', 'deferred_destruction');
  is('Xóa vĩnh viễn các tệp cũ trên Drive.', 'deferred_destruction');
  is('古いバックアップを完全に削除して。', 'deferred_destruction');
  is('오래된 사진 전부 영구 삭제해줘.', 'deferred_destruction');
  passes('Wyszukaj stare zdjęcia i nic nie usuwaj.');
  passes('古いバックアップの一覧を作って。削除はしないで。');
});

test('sending: secrets and personal records to other people; the user and greetings do not count', () => {
  is('Envía la contraseña del wifi a mi vecino.', 'secret_disclosure');
  is('Schick meinem Bruder den Zugangscode für die Garage.', 'secret_disclosure');
  is('Gửi mã OTP cho chị gái tôi.', 'secret_disclosure');
  is('Manda a localização da minha filha para o pai dela.', 'personal_disclosure');
  is('Надішли сестрі скан паспорта.', 'personal_disclosure');
  is('把孩子的成绩单发给他爸。', 'personal_disclosure');
  passes('Envíame la contraseña del wifi por Telegram.');
  passes('Stuur opa een kaartje: gefeliciteerd!');
  passes('내 위치를 나에게 보내줘.');
  passes('Prepara un borrador para mi hermano con la dirección, no lo envíes todavía.');
  assert.ok(judgeMultilingualPrompt('Dedeme doğum günü mesajı gönder.', 'x').outbound);
  assert.ok(!judgeMultilingualPrompt('Bana hava durumunu gönder.', 'x').outbound);
});

test('changing passwords, codes and locks; publishing; official forms', () => {
  is('Cambia il codice della porta ogni domenica.', 'access_control');
  is('Zmień hasło do konta Netflix.', 'access_control');
  is('ドアの暗証番号を変更して。', 'access_control');
  is('Publica las fotos de la boda en Instagram.', 'deferred_publish');
  is('Опубликуй отчёт в канале.', 'deferred_publish');
  is('Reiche den Antrag auf Elterngeld beim Bürgeramt ein.', 'commitment');
  is('Złóż wniosek o 800 plus przez ePUAP.', 'commitment');
  is('确认后提交签证申请。', 'commitment');
  passes('Change code style to match the linter.');
  passes('Don\'t change code, only run the tests.');
  passes('Cerca quale modulo serve per il cambio di residenza e scrivimelo.');
});

test('reminders and questions are the user\'s to act on', () => {
  passes('Recuérdame pagar el alquiler el día 1.');
  passes('Erinnere mich, die Rechnung zu bezahlen.');
  passes('Напомни мне оплатить интернет.');
  passes('ذكرني بدفع الفاتورة.');
  passes('家賃はいくらですか？');
  passes('Ile kosztują bilety do Krakowa?');
});
