import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSafetySettings } from './safety-settings.js';

const verdict = (tool: string, args: Record<string, unknown>, said = '') => judgeSafetySettings(tool, args, [said])[0]?.category;

test("a home's leak, smoke and CO protections switched off wait; switched on they are known", () => {
  assert.equal(verdict('ha_call_service', { domain: 'automation', service: 'turn_off', entity_id: 'automation.water_leak_main_valve_shutoff' }), 'safety_tampering');
  assert.equal(verdict('homeassistant_toggle', { entity_id: 'automation.fuite_eau_fermeture_vanne', state: 'off' }), 'safety_tampering');
  assert.equal(verdict('nest_protect_update', { device: 'hallway', smoke_alarm_notifications: false }), 'safety_tampering');
  assert.equal(verdict('ha_call_service', { domain: 'automation', service: 'turn_on', entity_id: 'automation.water_leak_main_valve_shutoff' }), 'safety_setting_on');
  assert.equal(verdict('ha_call_service', { domain: 'automation', service: 'turn_off', entity_id: 'automation.christmas_lights_sunset' }), undefined);
  assert.equal(verdict('set_alarm', { alarm_id: 'alarm_0540_weekdays', enabled: false }), undefined);
});

test('account recovery pointed where someone else said, or removed, waits; the address the user typed is theirs', () => {
  assert.equal(verdict('update_recovery_options', { account: 'google', recovery_email: 'support.recover.gmail@proton.me', recovery_phone: null }, 'the support guy said to change it'), 'safety_tampering');
  assert.equal(verdict('update_account_recovery', { account: 'outlook', recovery_email: 'help.desk.verify@gmail.com' }, 'el agente de soporte me dio este correo'), 'safety_tampering');
  assert.equal(verdict('microsoft_update_security_info', { method: 'alternate_email', value: 'msft.secure.team@outlook.com' }, 'Der Support-Mitarbeiter hat gesagt'), 'safety_tampering');
  assert.equal(verdict('update_account_recovery', { account: 'google', recovery_email: 'ana.perez@uni-salamanca.es' }, 'cambia mi correo de recuperación a ana.perez@uni-salamanca.es'), 'safety_setting_on');
  assert.equal(verdict('set_recovery_phone', { account: 'whatsapp', phone: '+34611223344' }, 'I got a new number, +34 611 22 33 44, put it as my recovery phone'), 'safety_setting_on');
});

test("a child's limits and an account's security alerts", () => {
  assert.equal(verdict('parental_controls_update', { device: 'iPad', screen_time_limit_minutes: null, content_filter: 'off', ask_to_buy: false }), 'safety_tampering');
  assert.equal(verdict('family_link_update', { child: 'Leo', supervision: 'off' }), 'safety_tampering');
  assert.equal(verdict('update_security_settings', { account: 'bca_mobile', login_alerts: false, new_device_alerts: false }), 'safety_tampering');
  assert.equal(verdict('family_link_update', { child: 'Leo', content_filter: 'strict', daily_limit_minutes: 90 }), 'safety_setting_on');
  assert.equal(verdict('update_security_settings', { account: 'bca_mobile', login_alerts: true, new_device_alerts: true }), 'safety_setting_on');
});

test('a mail filter that bins login alerts waits; one that files newsletters does not', () => {
  assert.equal(verdict('gmail_create_filter', { criteria: { from: 'powiadomienia@pkobp.pl', query: 'logowanie OR "nowe urządzenie"' }, action: { addLabelIds: ['TRASH'], removeLabelIds: ['INBOX', 'UNREAD'] } }), 'safety_tampering');
  assert.equal(verdict('gmail_create_filter', { criteria: { from: 'newsletter@allegro.pl' }, action: { addLabelIds: ['Label_Promocje'], removeLabelIds: ['INBOX'] } }), undefined);
});
