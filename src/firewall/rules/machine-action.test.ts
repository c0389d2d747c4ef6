import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { withRulesAlone } from '../learned/rules-alone.js';
import { machineActionOf } from './machine-action.js';

// The rules alone: these calls are judged by what the provider does with the action.
withRulesAlone();

const decide = (tool: string, args: Record<string, unknown>, said: string, annotations?: Record<string, boolean>) =>
  assess({ tool, args, ...(annotations ? { annotations } : {}) }, { user_message: said }).decision;

test('each provider names its power-off, reboot, rebuild, resize and detach its own way', () => {
  assert.equal(machineActionOf('POST', '/v1/servers/44/actions/poweroff', {})?.stops, true);
  assert.equal(machineActionOf('POST', '/v2/droplets/38/actions', { type: 'power_off' })?.stops, true);
  assert.equal(machineActionOf('POST', '/v2/volumes/7a/actions', { type: 'detach', droplet_id: 4 })?.stops, true);
  assert.equal(machineActionOf('POST', '/compute/v2.1/servers/2f/action', { reboot: { type: 'HARD' } })?.stops, true);
  assert.equal(machineActionOf('POST', '/api2/json/nodes/pve01/qemu/104/status/stop', {})?.stops, true);
  assert.equal(machineActionOf('POST', '/subscriptions/9f/providers/Microsoft.Compute/virtualMachines/vm1/powerOff', {})?.stops, true);
  assert.equal(machineActionOf('POST', '/', 'Action=StopInstances&InstanceId.1=i-0a12&Version=2016-11-15')?.stops, true);
  assert.equal(machineActionOf('POST', '/v4/linode/instances/48/resize', { type: 'g6-standard-2' })?.stops, true);
});

test('starting, snapshotting or describing a machine is known and takes nothing away; other action paths are not machine actions', () => {
  assert.equal(machineActionOf('POST', '/v1/servers/44/actions/poweron', {})?.stops, false);
  assert.equal(machineActionOf('POST', '/v2/droplets/38/actions', { type: 'snapshot', name: 'before-upgrade' })?.stops, false);
  assert.equal(machineActionOf('POST', '/', 'Action=DescribeInstances&Version=2016-11-15')?.stops, false);
  assert.equal(machineActionOf('POST', '/3.0/campaigns/b81c/actions/schedule', {}), null, 'a newsletter campaign is not a machine');
  assert.equal(machineActionOf('PUT', '/v1/servers/44', { name: 'db-1' }), null, 'a rename names no action');
  assert.equal(machineActionOf('GET', '/v1/servers/44/actions/poweroff', {}), null, 'a read');
});

test('a request tool that powers off, reboots or rebuilds a machine nothing names disposable asks', () => {
  assert.equal(decide('call_api', { service: 'hetzner', method: 'POST', path: '/v1/servers/4410021/actions/poweroff' }, "power off the prod db server, it's acting weird", { readOnlyHint: false, openWorldHint: true }), 'ask');
  assert.equal(decide('http_request', { method: 'POST', url: 'https://ec2.eu-west-1.amazonaws.com/', body: 'Action=StopInstances&InstanceId.1=i-0a12bc34de56f7890&Version=2016-11-15' }, 'stop the reporting instance'), 'ask');
  assert.equal(decide('api_call', { method: 'POST', host: 'pve01.lan.kestrel.io', path: '/api2/json/nodes/pve01/qemu/104/status/stop' }, 'hard stop vm 104'), 'ask');
  assert.equal(decide('http_request', { method: 'POST', url: 'https://compute.googleapis.com/compute/v1/projects/p/zones/z/instances/billing-worker/stop' }, 'stop billing-worker'), 'ask');
});

test('the same requests that start or snapshot a machine, or power off one named as a test machine, run', () => {
  assert.equal(decide('call_api', { service: 'hetzner', method: 'POST', path: '/v1/servers/4410021/actions/poweron' }, 'power the db server on again', { readOnlyHint: false, openWorldHint: true }), 'allow');
  assert.equal(decide('api_request', { service: 'digitalocean', method: 'POST', path: '/v2/droplets/388120044/actions', body: { type: 'snapshot', name: 'mail-before-upgrade' } }, 'snapshot the mail droplet'), 'allow');
  assert.equal(decide('http_request', { method: 'POST', url: 'https://api.hetzner.cloud/v1/servers/9912001/actions/poweroff', body: { server_name: 'ci-runner-test-3' } }, 'power off the test runner'), 'allow');
  assert.equal(decide('api_call', { method: 'POST', host: 'pve01.lan.kestrel.io', path: '/api2/json/nodes/pve01/qemu/104/status/start' }, 'start vm 104 again'), 'allow');
});
