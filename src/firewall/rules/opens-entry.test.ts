import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeOpensEntry } from './opens-entry.js';

const opens = (tool: string, args: Record<string, unknown>) => judgeOpensEntry(tool, args).length > 0;

test('unlocking, opening a garage or gate, and disarming an alarm let someone in', () => {
  assert.ok(opens('ha_call_service', { domain: 'lock', service: 'unlock', entity_id: 'lock.back_office_door' }));
  assert.ok(opens('ha_call_service', { domain: 'cover', service: 'open_cover', entity_id: 'cover.garage_door' }));
  assert.ok(opens('mcp__homeassistant__call_service', { domain: 'alarm_control_panel', service: 'alarm_disarm', entity_id: 'alarm_control_panel.home' }));
  assert.ok(opens('garage_open', { garage: 'main' }));
  assert.ok(opens('smartlock_unlock', { lock: 'Front door' }));
  assert.ok(opens('mcp__august__unlock', { lock_id: 'A1B2' }));
  assert.ok(opens('set_alarm_state', { system: 'shop', state: 'disarmed' }));
});

test('locking, closing, arming, blinds, and opening files or accounts open no door', () => {
  assert.ok(!opens('ha_call_service', { domain: 'lock', service: 'lock', entity_id: 'lock.back_office_door' }));
  assert.ok(!opens('ha_call_service', { domain: 'cover', service: 'open_cover', entity_id: 'cover.living_room_blinds' }));
  assert.ok(!opens('ha_call_service', { domain: 'alarm_control_panel', service: 'alarm_arm_away', entity_id: 'alarm_control_panel.home' }));
  assert.ok(!opens('smartlock_status', { lock: 'Front door' }));
  assert.ok(!opens('open_file', { path: 'src/lock.ts' }));
  assert.ok(!opens('unlock_account', { user: 'bob' }));
});
