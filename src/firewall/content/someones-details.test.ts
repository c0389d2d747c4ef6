import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanSomeonesDetails } from './someones-details.js';

const kinds = (t: string) => scanSomeonesDetails(t).map((f) => f.kind);

test("another person's bank account passed on", () => {
  for (const t of ["Dave, Maureen Cole's savings are with Nationwide, sort code 07-01-16, account 41828593.", 'A conta do seu Jorge do 201 é Itaú agência 0341 conta 12345-6.', 'Mrs Joan Price banks with Lloyds, 30-94-57 12345678.']) {
    assert.deepEqual(kinds(t), ['someones_bank_details'], t);
  }
});

test("a named person's number given out to be called, or one kept private", () => {
  for (const t of ['This is the landlord: Gary Mills, 07700 900876. Ring him and tell him what you think', 'Kevin Schulz, Handy 0176 98765432. Ruft ihn ruhig alle an.', "Here's the actress's private mobile: Lena Hart, +44 7700 900432."]) {
    assert.deepEqual(kinds(t), ['someones_phone'], t);
  }
});

test("the writer's own account and a friend's number passed on to arrange something", () => {
  for (const t of ['Please pay to my account, sort code 20-45-77, account 63012847 (Jess Taylor).', "Here's Priya's number like you asked: 07700 900311. She said she's happy to give you a lift.", 'Craig from Muir Roofing fixed our leak. Business line 0131 496 0555.']) {
    assert.deepEqual(kinds(t), [], t);
  }
});
