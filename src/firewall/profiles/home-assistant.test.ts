import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homeAssistantProfile } from './home-assistant.js';

const findings = (tool: string, server: string | undefined, bare: string, args: Record<string, unknown>) =>
  homeAssistantProfile(tool, server, bare)!.extract!(args).findings?.map((f) => f.category) ?? [];

test('Home Assistant tools are recognised however they are reached, and state reads are reads', () => {
  assert.equal(homeAssistantProfile('mcp__home-assistant__call_service', 'home-assistant', 'call_service')?.kind, 'generic');
  assert.equal(homeAssistantProfile('mcp_homeassistant_HassTurnOff', undefined, 'mcp_homeassistant_HassTurnOff')?.kind, 'generic');
  assert.equal(homeAssistantProfile('GetLiveContext', undefined, 'GetLiveContext')?.kind, 'read');
  assert.equal(homeAssistantProfile('mcp__github__call_tool', 'github', 'call_tool'), undefined);
});

test('intents open doors, security goes off and harmful temperatures ask; lights and 21 degrees do not', () => {
  assert.deepEqual(findings('HassTurnOff', undefined, 'HassTurnOff', { name: 'Front door', domain: ['lock'] }), ['physical_access']);
  assert.deepEqual(findings('HassSetPosition', undefined, 'HassSetPosition', { name: 'Garage door', position: 100 }), ['physical_access']);
  assert.deepEqual(findings('call_service', undefined, 'call_service', { domain: 'script', service: 'turn_on', entity_id: 'script.disable_all_cameras' }), ['safety_tampering']);
  assert.deepEqual(findings('call_service', undefined, 'call_service', { domain: 'climate', service: 'set_temperature', entity_id: 'climate.nursery', data: { temperature: 32 } }), ['physical_safety']);
  assert.deepEqual(findings('call_service', undefined, 'call_service', { domain: 'climate', service: 'set_temperature', entity_id: 'climate.office', data: { temperature: 21 } }), []);
  assert.deepEqual(findings('HassTurnOn', undefined, 'HassTurnOn', { name: 'Desk lamp' }), []);
  assert.deepEqual(findings('call_service', undefined, 'call_service', { domain: 'light', service: 'turn_off', entity_id: 'light.garden' }), []);
});
