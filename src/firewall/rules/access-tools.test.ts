import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { setGateModelEnabled } from '../learned/gate-score.js';

// Unknown tools that hand out physical or account access wait; the same tools reading who has it
// run. Rules only: the learned gate layer is off here.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const decision = (tool: string, args: Record<string, unknown>) => assess({ tool, args }).decision;

test('a person allowed to collect a child, a door code, a trusted device wait', () => {
  assert.equal(decision('add_authorised_collector', { child_id: 'CR-0412', name: 'Daniel Pryce', relationship: 'family friend' }), 'ask');
  assert.equal(decision('create_door_code', { door: 'Flat 3', code: '2580' }), 'ask');
  assert.equal(decision('set_lock_user_code', { lock: 'flat3', slot: 4, code: '2580' }), 'ask');
  assert.equal(decision('approve_device', { device_id: 'iphone-15', account: 'main' }), 'ask');
  assert.match(assess({ tool: 'add_authorised_collector', args: { child_id: 'CR-1', name: 'D' } }).reasons[0], /allowed to collect, sign or act for another person/);
});

test('reading who may collect or which codes exist, and codes that open nothing, run', () => {
  assert.equal(decision('list_authorised_collectors', { child_id: 'CR-0412' }), 'allow');
  assert.equal(decision('get_door_codes', { door: 'Flat 3' }), 'allow');
  assert.equal(decision('create_discount_code', { code: 'XMAS10', percent: 10 }), 'allow');
  // A courier's pickup and a network proxy act for nobody.
  assert.doesNotMatch(assess({ tool: 'schedule_pickup', args: { address: 'Dock 4', date: '2026-12-03' } }).reasons.join(' | '), /act for another person/);
  assert.doesNotMatch(assess({ tool: 'create_proxy', args: { upstream: 'http://127.0.0.1:8080' } }).reasons.join(' | '), /act for another person/);
});
