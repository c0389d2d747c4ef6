import { disposable, mentionsDisposable } from '../targets.js';
import { finding, type Finding } from './finding.js';

// A request to a machine's action endpoint, read by what the provider does with it rather than by
// which host it goes to: Hetzner `POST /servers/{id}/actions/poweroff`, DigitalOcean
// `POST /droplets/{id}/actions {type: "power_off"}`, OpenStack `POST /servers/{id}/action
// {"reboot": …}`, Proxmox `…/qemu/{vmid}/status/stop`, GCE `…/instances/{name}/stop`, Azure
// `…/virtualMachines/{vm}/deallocate`, Linode `…/instances/{id}/resize`, and the AWS Query API's
// `Action=StopInstances`. Powering off, rebooting, rebuilding, resizing or detaching takes the
// machine (and whatever it serves) away, so it waits for a person unless the call names the
// machine as disposable. Starting one, snapshotting it, turning backups on or describing it takes
// nothing away: that is known too, and is not held as an unknown send.

/** Path steps that name a machine or a disk attached to one. */
const MACHINE = /^(?:servers?|droplets?|instances?|machines?|vms?|virtualmachines|qemu|lxc|volumes?|disks?|linodes?)$/i;
/** Action verbs that take a machine, or a disk from it, away for a while or for good. */
const STOPS = /^(?:power_?off|shutdown|stop|halt|reboot|restart|reset|power_?cycle|hard_?reboot|rebuild|reinstall|reimage|resize|change_?type|set_?machine_?type|deallocate|detach|detach_?disk|detach_?volume|hibernate|suspend|terminate|redeploy|migrate|rescue|enable_?rescue|restore|os-stop|os-reset|os-shelve|shelve|forcestop)$/i;
/** Action verbs that start, copy or describe a machine and take nothing away. */
const KEEPS = /^(?:power_?on|start|boot|resume|unshelve|os-start|snapshot|create_?image|create_?snapshots?|enable_?backups?|backup|create_?backup|describe\w*|get\w*|list\w*|status|current)$/i;

export interface MachineAction {
  /** The provider's name for the action (`poweroff`, `StopInstances`, `power_off`). */
  action: string;
  /** Whether it takes the machine or its disk away (power off, reboot, rebuild, resize, detach). */
  stops: boolean;
}

/** The AWS Query API's `Action=` (EC2, RDS, Lightsail), from the URL's query or the body, split into words (`StopInstances` → stop). */
function awsAction(search: string, body: unknown): string | null {
  const text = typeof body === 'string' ? body : '';
  const form = new URLSearchParams(text.includes('=') && !/^\s*[{[]/.test(text) ? text : '');
  const named = new URLSearchParams(search).get('Action') ?? form.get('Action') ?? (body && typeof body === 'object' ? (body as Record<string, unknown>).Action : null);
  return typeof named === 'string' && /^[A-Z][A-Za-z]+$/.test(named) ? named : null;
}

/** The action one request makes on a machine, or null when it is not a machine action. */
export function machineActionOf(method: string, path: string, body: unknown, search = ''): MachineAction | null {
  if (!/^(?:POST|PUT|PATCH)$/i.test(method)) return null;
  const aws = awsAction(search, body);
  if (aws) return awsVerdict(aws);
  const steps = path.split('?')[0].split('/').filter(Boolean);
  const machineAt = steps.findIndex((s) => MACHINE.test(s));
  if (machineAt < 0) return null;
  const last = steps[steps.length - 1] ?? '';
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  // DigitalOcean: the action is the body's `type`; OpenStack: the body's one key.
  if (/^actions?$/i.test(last) && steps.length - 1 > machineAt) {
    const named = typeof fields.type === 'string' ? fields.type : Object.keys(fields).length === 1 ? Object.keys(fields)[0] : '';
    return named ? verdictOf(named) : null;
  }
  // Hetzner `actions/poweroff`, Proxmox `status/stop`, GCE `instances/{name}/stop`, Azure `virtualMachines/{vm}/powerOff`.
  if (steps.length - 1 <= machineAt + 1) return null;
  return verdictOf(last);
}

/** An AWS action name (`StopInstances`, `ModifyInstanceAttribute`, `RebootDBInstance`) on a machine, a volume or a database instance. */
function awsVerdict(aws: string): MachineAction | null {
  const verb = aws.match(/^[A-Z][a-z]+/)![0].toLowerCase();
  const onMachine = /Instances?$|InstanceAttribute$|Volume$|DBInstance|DBCluster/.test(aws);
  if (!onMachine) return null;
  if (verb === 'modify') return { action: aws, stops: /InstanceAttribute|DBInstance|DBCluster/.test(aws) };
  return STOPS.test(verb) ? { action: aws, stops: true } : KEEPS.test(verb) ? { action: aws, stops: false } : null;
}

/** Command groups of the cloud CLIs that name a machine or its disk: `gcloud compute instances`, `az vm`, `hcloud server`, `doctl compute droplet-action`, `openstack server`, `linode-cli linodes`. */
const CLI_MACHINE = /^(?:servers?|droplets?|instances?|vms?|volumes?|disks?|linodes?)(?:-actions?)?$/;

/** OpenStack's actions written as two words after `server`: taking a disk off, and snapshotting or backing up the machine. */
const TWO_WORD_ACTION: Readonly<Record<string, string>> = { 'remove volume': 'detach_volume', 'image create': 'create_image', 'backup create': 'create_backup' };

/**
 * The action a cloud CLI's subcommand takes on a machine, read with the same words as the API's:
 * `aws ec2 stop-instances` is the Query API's `StopInstances`, `gcloud compute instances
 * set-machine-type`, `az vm deallocate`, `doctl compute droplet-action power-off`, `hcloud
 * server change-type`, `openstack server rebuild` and `linode-cli linodes shutdown` name the action
 * after the machine's command group (`openstack server remove volume` detaches a disk). `words` are the
 * command's words without flags, lower-cased; null when the command names no machine action.
 */
export function cliMachineAction(program: string, words: readonly string[]): MachineAction | null {
  if (program === 'aws') {
    const sub = words[1];
    if (!sub) return null;
    const aws = sub.split('-').map((w) => (w === 'db' ? 'DB' : w.charAt(0).toUpperCase() + w.slice(1))).join('');
    return /^[A-Z][A-Za-z]+$/.test(aws) ? awsVerdict(aws) : null;
  }
  // The group comes first or second (`compute instances`, `vm`, `server`); a later word is a name or a flag's value.
  const at = words.slice(0, 3).findIndex((w) => CLI_MACHINE.test(w));
  const action = at >= 0 ? TWO_WORD_ACTION[words.slice(at + 1, at + 3).join(' ')] ?? words[at + 1] : undefined;
  return action ? verdictOf(action.replace(/-/g, '_')) : null;
}

function verdictOf(action: string): MachineAction | null {
  const word = action.replace(/([a-z])([A-Z])/g, '$1_$2');
  return STOPS.test(word) ? { action, stops: true } : KEEPS.test(word) ? { action, stops: false } : null;
}

/** Every string value in the body: the names and tags the call gives the machine (`server_name: "ci-runner-test-3"`). */
function namesIn(body: unknown, depth = 0): string[] {
  if (typeof body === 'string') return [body];
  if (depth > 3 || !body || typeof body !== 'object') return [];
  return Object.values(body).flatMap((v) => namesIn(v, depth + 1));
}

/**
 * A machine action judged by what it does: one that powers off, reboots, rebuilds, resizes or
 * detaches is held unless the path or the names the call gives (a label, a tag) call the machine
 * disposable; one that starts, snapshots or describes is known and low. Null when the request is
 * not a machine action.
 */
export function judgeMachineAction(method: string, path: string, body: unknown, search = '', host = ''): Finding | null {
  const action = machineActionOf(method, path, body, search);
  if (!action) return null;
  const names = action.stops ? namesIn(typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : body) : [];
  return machineActionFinding(action, `${method.toUpperCase()} ${host}${path}`, mentionsDisposable(path) || disposable(...names));
}

/** The judgement of one machine action, however it was sent (`what` says how): the same for a request tool, curl and a cloud CLI. */
export function machineActionFinding(action: MachineAction, what: string, namedDisposable: boolean): Finding {
  if (!action.stops) return finding(0.15, 'external', true, 'infra_change', `${what} (${action.action}) starts, copies or describes a machine; nothing is stopped`);
  if (namedDisposable) return finding(0.35, 'external', true, 'infra_change', `${what} (${action.action}) stops or changes a machine the call names as disposable`);
  return finding(0.75, 'critical', false, 'infra_change', `${what} (${action.action}) powers off, reboots, rebuilds, resizes or detaches a machine nothing names as disposable`);
}

/** The same judgement of a request given as a whole URL, with its body as text (JSON or a form). */
export function judgeMachineUrl(raw: string, method: string, body: string): Finding | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  let parsed: unknown = body;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A form body (`Action=StopInstances&…`) stays text.
  }
  return judgeMachineAction(method, url.pathname, parsed, url.search, url.hostname);
}
