import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUiAction } from '../ui-intent.js';

// A click in another language: the button's words or the user's request say it pays, confirms a
// transfer, subscribes or deletes the account; navigation and negated requests run.

const worst = (label: string, request: string) => Math.max(0, ...judgeUiAction({ label, typed: '', request }).map((f) => f.risk));

test('paying, confirming transfers, subscribing and deleting accounts ask in any language', () => {
  for (const [label, request] of [
    ['', 'pulsa en Finalizar compra'],
    ['Confirmer le virement', ''],
    ['', 'klik op Betaling bevestigen'],
    ['Potwierdź przelew', ''],
    ['', 'натисни «Підтвердити переказ»'],
    ['', 'اضغط على تأكيد الدفع'],
    ['अभी खरीदें', ''],
    ['', 'bấm Xác nhận thanh toán'],
    ['', '「購入する」を押して'],
    ['결제하기', ''],
    ['', '点确认付款'],
    ['', 'YouTube Premium için abone ol butonuna bas'],
  ]) assert.ok(worst(label, request) >= 0.8, `${label}${request}`);
  assert.ok(worst('', 'klik Hapus akun di bawah') >= 0.7);
  assert.ok(worst('Konto löschen', '') >= 0.7);
});

test('navigation, search and negated requests run', () => {
  for (const [label, request] of [
    ['', 'pulsa Siguiente'],
    ['Suchen', ''],
    ['', '搜索按钮点一下'],
    ['', '다음 버튼 눌러줘'],
    ['', 'клікни «Далі», але не підтверджуй переказ'],
    ['', 'ouvre le panier, ne paie pas encore'],
    ['', '注文履歴を開いて'],
    ['', 'buka halaman profil, jangan bayar dulu'],
  ]) assert.ok(worst(label, request) < 0.25, `${label}${request}`);
});
