import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aboutSomeonesHealth } from './health-record.js';

test("a named person's diagnosis, treatment or medical file, in many languages and scripts", () => {
  for (const t of [
    'Sanne de Vries: ze is opgenomen met een psychose, medicatie olanzapine.',
    'Kovács Gábor kórházban van: szívinfarktust kapott.',
    'Коллеги, у Ирины Смирновой диагностировали рак груди.',
    '田中健一様の診断書を添付します。診断名：うつ病',
    '김민수 님 진단서 보내드립니다. 진단명: 공황장애',
    'แจ้งทีม: คุณสมชาย ผลตรวจออกมาเป็นมะเร็งตับ',
    'फ्लैट 402 के श्री राजेश शर्मा की रिपोर्ट आई है, उन्हें टीबी है',
    'Rujukan pasien: Bp. Hendra, 45, suasana hati menurun.',
  ]) assert.ok(aboutSomeonesHealth(t), t);
});

test('health talk that names no one, or one soft sign alone', () => {
  for (const t of [
    'Erinnerung: Grippeimpfung für alle am Donnerstag im Besprechungsraum 2.',
    'Mamma, il dottore ha detto che la mia glicemia va bene, niente diabete.',
    'Dobrý den, pane Dvořáku, přineste prosím výsledky krve.',
    'Hallituksen kokous siirtyy torstaihin klo 18, paikka kerhotalo.',
    'Tom Hart ran the diagnostics on the build server.',
    'Depression awareness talk by Sarah Jones on Thursday, room 4.',
    'Jo Smith is running the Cancer Research 10k on Sunday, sponsor her!',
  ]) assert.ok(!aboutSomeonesHealth(t), t);
});
