import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { withRulesAlone } from '../learned/rules-alone.js';
import { cliMachineAction, machineActionOf } from './machine-action.js';

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

test('a cloud CLI names the same actions after its machine group, with the same words as the API', () => {
  assert.equal(cliMachineAction('aws', ['ec2', 'reboot-instances', 'i-07c1'])?.action, 'RebootInstances');
  assert.equal(cliMachineAction('aws', ['ec2', 'modify-instance-attribute', 'i-07c1'])?.stops, true);
  assert.equal(cliMachineAction('aws', ['rds', 'reboot-db-instance', 'billing'])?.action, 'RebootDBInstance');
  assert.equal(cliMachineAction('gcloud', ['compute', 'instances', 'set-machine-type', 'api-1'])?.stops, true);
  assert.equal(cliMachineAction('az', ['vm', 'restart', 'rg-a', 'vm-1'])?.stops, true);
  assert.equal(cliMachineAction('doctl', ['compute', 'droplet-action', 'power-cycle', '3164'])?.stops, true);
  assert.equal(cliMachineAction('hcloud', ['server', 'change-type', 'web-1', 'cx32'])?.stops, true);
  assert.equal(cliMachineAction('hcloud', ['server', 'create-image', 'web-1'])?.stops, false);
  assert.equal(cliMachineAction('doctl', ['compute', 'droplet-action', 'enable-backups', '3164'])?.stops, false);
  assert.equal(cliMachineAction('aws', ['s3', 'cp', 'a', 'b']), null, 'not a machine');
  assert.equal(cliMachineAction('gcloud', ['compute', 'instances', 'delete', 'api-1']), null, 'deleting is judged as deletion');
  // The API path reads ModifyInstanceAttribute the same way.
  assert.equal(machineActionOf('POST', '/', 'Action=ModifyInstanceAttribute&InstanceId=i-0b22&InstanceType.Value=m6i.large')?.stops, true);
});

const bash = (command: string, said: string) => decide('Bash', { command }, said);

test('a cloud CLI or curl that powers off, reboots, rebuilds, resizes or detaches a machine asks, as the request tool does', () => {
  assert.equal(bash('gcloud compute instances set-machine-type ledger-api-1 --machine-type e2-standard-8 --zone europe-west2-a', 'bump it to 8 cores'), 'ask');
  assert.equal(bash('aws ec2 reboot-instances --instance-ids i-07c1d9e2a4b5f6031', 'reboot the reporting box'), 'ask');
  assert.equal(bash('az vm resize -g rg-billing -n vm-billing --size Standard_D4s_v5', 'resize the billing vm'), 'ask');
  assert.equal(bash('doctl compute droplet-action rebuild 318822041 --image ubuntu-24-04-x64', 'rebuild the shop droplet'), 'ask');
  assert.equal(bash('hcloud server poweroff shop-db-1', 'power off the shop db'), 'ask');
  assert.equal(bash(`curl -X POST -H "Authorization: Bearer $DO_TOKEN" -d '{"type":"power_off"}' https://api.digitalocean.com/v2/droplets/3164/actions`, 'power off the mail droplet'), 'ask');
  assert.equal(bash('curl -X POST -H "Authorization: Bearer $TOKEN" https://compute.googleapis.com/compute/v1/projects/p/zones/z/instances/billing-worker/stop', 'stop billing-worker'), 'ask');
});

test('the same tools starting, snapshotting or describing a machine, or restarting one named disposable, run', () => {
  assert.equal(bash('gcloud compute instances start ledger-api-1 --zone europe-west2-a', 'start it again'), 'allow');
  assert.equal(bash('hcloud server create-image --type snapshot shop-db-1', 'snapshot the shop db'), 'allow');
  assert.equal(bash('hcloud server describe shop-db-1', 'what type is it'), 'allow');
  assert.equal(bash('az vm restart -g rg-ci-sandbox -n vm-ci-runner-test-2', 'restart the test runner'), 'allow');
  assert.equal(bash(`curl -X POST -H "Authorization: Bearer $DO_TOKEN" -d '{"type":"snapshot","name":"pre"}' https://api.digitalocean.com/v2/droplets/3164/actions`, 'snapshot the mail droplet'), 'allow');
  assert.equal(bash('gcloud compute instances stop api-1 --project acme-prod', 'stop it'), 'ask', 'a production project is not disposable');
});

test('openstack server and linode-cli linodes name the same actions: power off, reboot, rebuild, resize and detach ask unless named disposable; start, snapshot, show and list run', () => {
  for (const [program, words] of [
    ['openstack', ['server', 'stop', 'web-1']], ['openstack', ['server', 'reboot', 'api-01']], ['openstack', ['server', 'rebuild', 'app-02']],
    ['openstack', ['server', 'resize', 'db-1']], ['openstack', ['server', 'remove', 'volume', 'app-02', 'vol-data']], ['openstack', ['prod-cloud', 'server', 'shelve', 'x']],
    ['linode-cli', ['linodes', 'shutdown', '4412301']], ['linode-cli', ['linodes', 'reboot', '4412301']], ['linode-cli', ['linodes', 'rebuild', '4412301']],
    ['linode-cli', ['linodes', 'resize', '4412301']], ['linode-cli', ['volumes', 'detach', '88123']],
  ] as const) assert.equal(cliMachineAction(program, words)?.stops, true, `${program} ${words.join(' ')}`);
  for (const [program, words] of [
    ['openstack', ['server', 'start', 'web-1']], ['openstack', ['server', 'image', 'create', 'web-1']], ['openstack', ['server', 'backup', 'create', 'web-1']],
    ['linode-cli', ['linodes', 'boot', '4412301']], ['linode-cli', ['linodes', 'snapshot', '4412301']],
  ] as const) assert.equal(cliMachineAction(program, words)?.stops, false, `${program} ${words.join(' ')}`);
  assert.equal(cliMachineAction('openstack', ['server', 'delete', 'web-1']), null, 'deleting is judged as deletion');
  const bash = (command: string) => assess({ tool: 'Bash', args: { command } }).decision;
  for (const c of ['openstack server stop web-prod-1', 'openstack server remove volume files-1 data', 'linode-cli linodes rebuild 39011245 --image linode/debian12', 'linode-cli volumes detach 771204', 'openstack --os-cloud acme-prod volume delete scans']) assert.equal(bash(c), 'ask', c);
  for (const c of ['openstack server list', 'openstack server show web-1 -f json', 'openstack server image create --name snap web-1', 'linode-cli linodes view 40112233', 'linode-cli linodes list', 'linode-cli linodes boot 41298877', 'linode-cli linodes shutdown staging-web-2', 'openstack server stop ci-runner-ephemeral-7']) assert.equal(bash(c), 'allow', c);
});
