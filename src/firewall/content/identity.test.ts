import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personalDataQuery } from './bulk-export.js';
import { identityParts } from './identity.js';
import { scanPersonalData } from './personal-data.js';
import { withoutPlaceholders } from './placeholders.js';
import { scanCredentials } from './credentials.js';

const kinds = (t: string) => scanPersonalData(t).map((f) => f.kind).sort();

test('identity parts: labelled birth dates, numbered streets, phones', () => {
  assert.equal(identityParts('Ana, geboren am 3. März 1981').dob, true);
  assert.equal(identityParts('nascido a 14/02/1983').dob, true);
  assert.equal(identityParts('{"date_of_birth": "1961-08-19"}').dob, true);
  assert.equal(identityParts('the DOB field accepts 2031-01-01').dob, false, 'a field, not a birth date');
  assert.equal(identityParts('the meeting is on 2026-03-14').dob, false);
  assert.equal(identityParts('lives at 88 Birch Lane, Dayton').address, true);
  assert.equal(identityParts('Rua do Carmo 12, Lisboa').address, true);
  assert.equal(identityParts('mobile: 07700 900 581').phone, true);
});

test('a birth date with other identifying parts is a personal record; contact details alone are weaker', () => {
  assert.deepEqual(kinds('Dana Whitfield, born 1979-02-11, 88 Birch Lane, Dayton OH 45402'), ['personal_record']);
  assert.deepEqual(kinds('Maya (DOB 2015-06-02): severe peanut allergy, carries an EpiPen'), ['health']);
  assert.ok(scanPersonalData('Maya (DOB 2015-06-02): severe peanut allergy, carries an EpiPen')[0].risk >= 0.8);
  assert.deepEqual(kinds('Priya Raman, Home: 14 Elm Grove, Leeds LS6 2QP, Mobile: 07700 900 581'), ['contact_details']);
  assert.ok(scanPersonalData('Priya Raman, Home: 14 Elm Grove, Leeds, Mobile: 07700 900 581')[0].risk < 0.6);
  assert.deepEqual(kinds('Happy birthday Mum! See you at 1.'), []);
  assert.deepEqual(kinds('Elle est suivie pour un cancer du sein'), ['health']);
  assert.deepEqual(kinds('Reminder: health insurance enrolment closes Friday'), []);
});

test('salary lists of named people', () => {
  assert.deepEqual(kinds('Salaries after review:\nAna Ruiz 64,000\nBen Cole 58,500'), ['salaries']);
  assert.deepEqual(kinds('Salary bands: junior 40,000 to 50,000; senior 60,000 to 80,000'), []);
});

test('bulk exports: identifying columns or whole rows from a table of people', () => {
  assert.ok(personalDataQuery('SELECT full_name, email, phone FROM members'));
  assert.ok(personalDataQuery('select * from public.customers where country = \'DE\''));
  assert.equal(personalDataQuery('SELECT count(*) FROM customers'), null);
  assert.equal(personalDataQuery('SELECT id, plan FROM customers'), null);
  assert.equal(personalDataQuery('SELECT email, phone FROM vendors_catalog'), null);
});

test('placeholders, test-mode and publishable keys are not credentials', () => {
  assert.deepEqual(scanCredentials('use sk_test_4eC39HqLyjWDarjtT1zdp7dc from the docs'), []);
  assert.deepEqual(scanCredentials('publishable key pk_live_51NvAx9ZqR4tYb2LmPcW8sDe3KfGh'), []);
  assert.deepEqual(scanCredentials('tokens look like ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'), []);
  assert.deepEqual(scanCredentials('DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/db'), []);
  assert.ok(scanCredentials('DATABASE_URL=postgres://app:Lx93!kqZ@db-prod.acme.io:5432/app').length > 0);
  assert.ok(scanCredentials('signing secret for prod: whsec_5f8a2b9c1d3e4f60718293a4b5c6d7e8').length > 0);
  assert.ok(scanCredentials('our SFTP login: user acme_upload, password Gr33n-Ledger#88').length > 0);
  assert.equal(withoutPlaceholders('key sk_live_51NvAx9ZqR4tYb2LmPcW8sDe3KfGh'), 'key sk_live_51NvAx9ZqR4tYb2LmPcW8sDe3KfGh');
});
