import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUnwipedHandover } from './unwiped-handover.js';

test('a device handed on with its data still on it asks; a wiped or diskless one does not', () => {
  assert.equal(judgeUnwipedHandover('create_listing', { title: 'NAS with 4 drives', description: 'still has our setup on it' }).length, 1);
  assert.equal(judgeUnwipedHandover('checkout_asset', { assigned_user: 'Recycler', note: 'old finance server disks, not wiped' }).length, 1);
  assert.equal(judgeUnwipedHandover('create_listing', { title: 'NAS (diskless)', description: 'drives removed, factory reset' }).length, 0);
  assert.equal(judgeUnwipedHandover('add_note', { text: 'the test disks are not wiped yet' }).length, 0);
});
