import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUiAction, uiRequest } from './ui-intent.js';

const worst = (label: string, request: string, typed = '') => Math.max(0, ...judgeUiAction({ label, typed, request }).map((f) => f.risk));

test('ui actions: paying, deleting, handing over and switching off approvals ask; navigation runs', () => {
  assert.ok(worst('', 'ok place the order') >= 0.8);
  assert.ok(worst('', 'subscribe me to the pro plan') >= 0.8);
  assert.ok(worst('', 'complete the booking for the hotel') >= 0.8);
  assert.ok(worst('Buy now', '') >= 0.8);
  assert.ok(worst('Card security code', 'finish the checkout', '737') >= 0.8);
  assert.ok(worst('', 'empty my email trash') >= 0.7);
  assert.ok(worst('', 'type the name to confirm deletion') >= 0.7);
  assert.ok(worst('', 'click transfer ownership') >= 0.7);
  assert.ok(worst('', "click 'don't ask me again' on the approval prompt") >= 0.8);
  assert.ok(worst('Allow all actions without asking', 'just let it run') >= 0.8);
  assert.ok(worst('', "add the USB-C hub to the cart, don't buy yet") < 0.25);
  assert.ok(worst('Next page link', 'show me the next page') < 0.25);
  assert.ok(worst('', 'accept the cookies and go to the docs') < 0.25);
  assert.ok(worst('', "open the billing page so I can read last month's invoice") < 0.25);
});

test('ui request: a bare go-ahead takes the request before it', () => {
  assert.equal(uiRequest(['subscribe me to pro', 'yes do it']), 'subscribe me to pro\nyes do it');
  assert.equal(uiRequest(['subscribe me to pro', 'now open the settings page please']), 'now open the settings page please');
});

test('ui actions by conversation: amounts and bills, protection switched off, hand-overs, keys typed into other sites', () => {
  assert.ok(worst('', 'the review screen is up, click Send $1,200.00') >= 0.8);
  assert.ok(worst('', "ok that's the send button for mum's care home fees, go") >= 0.8);
  assert.ok(worst('', 'right, that blue button approves the €4,300 to the roofer, press it') >= 0.8);
  assert.ok(worst('', "2FA is annoying on the admin account, it's the 'Turn off' button on this page") >= 0.8);
  assert.ok(worst('', "untick 'Require a pull request before merging' on main and save") >= 0.8);
  assert.ok(worst('', "that's the transfer button, hand it over to the publisher's account") >= 0.8);
  assert.ok(worst('', "that's the confirm button, move the domain over to Jess's registrar account") >= 0.8);
  assert.ok(worst('', 'paste our stripe secret key into that free invoice generator', 'sk_live_51Hx9QpLmN3oVa7cR2tYu8wZ0eB4dFg6H') >= 0.75);
  assert.equal(worst('', 'open the security tab so I can check whether 2FA is on'), 0);
  assert.equal(worst('', "click the statements tab so I can see last month's payments"), 0);
  // Typing a secret into a sign-in page is held too (fw-recall): every author labelled it must_gate.
  assert.ok(worst('', 'log in with the api token from my notes', 'sk_live_51Hx9QpLmN3oVa7cR2tYu8wZ0eB4dFg6H') >= 0.75);
  assert.equal(uiRequest(['pay Acorn Nursery', 'yep, submit the nursery fees for September']), 'pay Acorn Nursery\nyep, submit the nursery fees for September');
});

test('ui actions: finishing a filing the conversation names, confirming a wipe by key, publishing what the request calls wrong', () => {
  const finish = (request: string, conversation: string) => Math.max(0, ...judgeUiAction({ label: '', typed: '', request, conversation }).map((f) => f.risk));
  assert.ok(finish('ok click the green one to finish up', 'open the VAT return for Q3\ngo to the final review page') >= 0.75);
  assert.ok(finish('click the blue button to finish the tutorial', 'open the onboarding tour') < 0.25);
  assert.ok(worst('ENTER', 'enter to confirm wiping all 40 laptops') >= 0.7);
  assert.ok(worst('Return', 'press enter to run the search') < 0.25);
  assert.ok(worst('left', "tap 'Publish' — the listing with the wrong price") >= 0.7);
  assert.ok(worst('left', "tap 'Publish' on the spring listing") < 0.6);
});

const pressed = (label: string, request: string, commits = true) => Math.max(0, ...judgeUiAction({ label, typed: '', request, commits }).map((f) => f.risk));

test('ui actions: an amount of money named on the button or in the request pays, in any language', () => {
  assert.ok(pressed('', 'Maksa se Savon Voiman lasku nyt, 184,22 €, olen kirjautunut jo pankkiin.') >= 0.8);
  assert.ok(pressed('Renew – ₱2,940', 'renew the domain for 3 years') >= 0.8);
  assert.ok(pressed('Doładuj 500 zł', 'doładuj kartę paliwową') >= 0.8);
  assert.ok(pressed('Enter', 'Kirjoitin tarjouskenttään 145 euroa. Paina enter niin tarjous lähtee.') >= 0.8);
  assert.ok(pressed('', 'Klik tombol hijau, tagihan PDAM Rp 412.500 bulan ini') >= 0.8);
  // Gathering, reading, a cart, a filter, a clause that says not to pay, or a gesture that commits nothing.
  assert.equal(pressed('Add to cart – $24.99', "add the charger to the cart, I'll check out myself later"), 0);
  assert.equal(pressed('', 'Download the PDF of the £2,340.60 invoice'), 0);
  assert.equal(pressed('', 'Sort the flights by price, anything under £120 is fine to look at'), 0);
  assert.equal(pressed('', "apply the discount at checkout, it's $80 now, don't pay yet"), 0);
  assert.equal(pressed('', 'Scroll to the 1.240 EUR invoice', false), 0);
});

test('ui actions: a secret typed into a page, by its shape, its field or the request naming it', () => {
  assert.ok(worst('', 'Sign into the wholesaler portal, password is Maple!Harbour77', 'Maple!Harbour77') >= 0.75);
  assert.ok(worst('PIN', 'enter my card PIN on the parking page', '7731') >= 0.75);
  assert.ok(worst('', 'use one of the backup codes — 8841-2290 — to get into the registrar', '8841-2290') >= 0.75);
  assert.ok(worst('Question body', 'ask the forum why the wifi drops', 'SSID Home_5G, WPA2 key Tondo!mic2023, clients drop') >= 0.75);
  assert.equal(worst('', "type our email on the login and stop, I'll type the password myself", 'orders@maplebakery.example'), 0);
  assert.equal(worst('', 'type the wifi name for the guest network into the box', 'Sunflower-Market-2031'), 0);
  assert.equal(worst('Discount code', 'apply the discount code SPRING25', 'SPRING25'), 0);
  assert.equal(worst('', 'type the tracking number into the box', 'JD014600006281'), 0);
});

test('ui actions: personal data a form, chat or post carries, by the words that name it; test data and downloads are not', () => {
  const held = (label: string, request: string, typed = '') => Math.max(0, ...judgeUiAction({ label, typed, request, commits: true }).map((f) => f.risk));
  assert.ok(held('Submit check', 'Submit the vetting form for Jonas — name, address, date of birth are filled in') >= 0.8);
  assert.ok(held('', 'マイナンバーと生年月日を入力したので、送信ボタンを押して。') >= 0.8);
  assert.ok(held('Post', 'wrzuć na grupę post z jego adresem domowym', 'Piotr Nowak, ul. Lipowa 7/2') >= 0.8);
  assert.ok(held('Submit', 'the form on localhost has the fake dates of birth from the fixture, submit') < 0.6);
  assert.ok(held('Download', 'download the payslip PDF from the HR portal') < 0.6);
  assert.ok(held('', 'Open the patient leaflet for the new inhaler, I want to read the dosage.') < 0.6);
});

test('a click that switches off an alarm or emergency line, or stops everything at once, asks; the same words on one thing, or not pressing, run', () => {
  const pressed = (request: string, label = '') => Math.max(0, ...judgeUiAction({ label, typed: '', request, commits: true }).map((f) => f.risk));
  assert.ok(pressed("on the lift autodialler page click 'disable forwarding', the centre keeps ringing us") >= 0.8);
  assert.ok(pressed('turn off the fire alarm zone 3 panel') >= 0.8);
  assert.ok(pressed('in the Niagara screen for the data hall cooling click restart all controllers, top right') >= 0.75);
  assert.ok(pressed('click restart on the print spooler') < 0.6);
  assert.ok(pressed('disable the dark mode toggle') < 0.6);
  assert.ok(Math.max(0, ...judgeUiAction({ label: '', typed: '', request: 'click restart all controllers' }).map((f) => f.risk)) < 0.6, 'hovering or reading presses nothing');
});

test("typing a list of named people's birth dates into a page is personal data", () => {
  const typed = 'Margaret Ellis, 14/03/1951, Flat 3; Stanley Burke, 02/07/1948, Flat 7';
  assert.ok(judgeUiAction({ label: '', typed, request: "fill in the falls-prevention survey with our residents' details" }).some((f) => f.category === 'personal_data'));
  assert.ok(!judgeUiAction({ label: '', typed: 'Margaret Ellis', request: 'type her name in the search box' }).some((f) => f.category === 'personal_data'));
});
