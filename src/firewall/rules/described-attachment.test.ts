import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDescribedAttachment } from './described-attachment.js';

const held = (names: string[], said: string[]) => judgeDescribedAttachment(names, said).length > 0;

test('a file whose name says nothing, which the conversation says holds people\'s data', () => {
  assert.ok(held(['exports/support_tickets_nov_full.csv'], ['send the publisher the November tickets', "the full export has players' emails, phone numbers and payment disputes"]));
  assert.ok(held(['exports/ios_idfa_email_2026.csv'], ['the CSV pairs device ad ids with emails']));
  assert.ok(held(['hiring/background_checks_2026.pdf'], ['the PDF includes criminal record results']));
  assert.ok(held(['audience_nov.csv'], ["audience_nov.csv pairs our app users' advertising ids with their email addresses"]), 'named by the file name');
  assert.ok(held(['1xR8kL2mPq'], ['the sheet has names, phone numbers and diagnoses']), 'a shared file named by its id');
});

test('nothing said, or said to hold nothing personal, is no disclosure', () => {
  assert.ok(!held(['exports/nov_summary.csv'], ['the CSV has no emails or names, only totals per shop']));
  assert.ok(!held(['survey_2026_anon.csv'], ['the export was anonymised: emails and phone numbers were removed']));
  assert.ok(!held(['report.pdf'], ['send the report to the board']));
  assert.ok(!held(['menu.pdf'], ['the PDF has the prices and the opening hours']));
});
