import { judgeLogExclusion } from '../../rules/log-exclusion.js';
import { cliMachineAction, machineActionFinding } from '../../rules/machine-action.js';
import { CONFIDENTIAL_FILE, disposable, flagValue, has, lit, PERSONAL_DATA_FILE, PROD, SHARED_BUCKET, throwaway, type CommandFacts, type Rule } from './types.js';

// Cloud CLIs and infrastructure-as-code. Reads run; changes to live resources ask in production
// and stay in the middle band elsewhere; deletion, teardown and access-control changes always ask.

const CLOUD_DELETE = /^(delete|destroy|rm|rb|remove|purge|terminate|deregister|detach|revoke|disable|stop|drop|reset|wipe|deallocate|shutdown|power-?off|suspend|hibernate)([-:_]|$)|^(delete|terminate|remove|deregister|detach|revoke|disable|stop|deallocate)-/;
/** Scaling a service, group or app down to nothing stops it as surely as deleting it. */
const TO_ZERO = /\bscale\b.*--replicas[= ]0\b|--desired-(?:count|capacity)[= ]0\b|--max-size[= ]0\b|\bscale\b.*\bcount[= ]0\b|--max-instances[= ]0\b|\bps:scale\b.*=0\b/;
/** DNS writes are live for everyone the moment they apply. */
const DNS_WRITE = /\b(?:route53 change-resource-record-sets|route53 (?:create|delete)-hosted-zone|dns record-sets (?:create|update|delete|import|transaction (?:execute|add|remove))|network dns record-set \w+ (?:create|update|delete|add-record|remove-record|set-record)|compute domain records (?:create|update|delete)|domains:(?:add|remove)|dns (?:add|rm|remove|import))\b/;
const CLOUD_ACCESS = /(access-key|credentials|iam|policy|acl|role|permission|security-group-ingress|firewall-rules|add-iam-policy-binding|set-iam-policy|public-access|make-public|share)/;
/** Network rules whose source is everyone: any address can reach the database or the remote desktop. */
const WORLD_OPEN = /(?:^|[\s=,:'"])(?:0\.0\.0\.0\/0|::\/0)(?:$|[\s,'"])|--source-address-prefix(?:es)?[= ]['"]?(?:\*|Internet|Any)(?=$|[\s,'"])|--source-ranges?[= ]['"]?\*/i;
const CLOUD_SECRET = /(get-secret-value|secrets?\s+(versions\s+)?access|get-parameters?\b.*--with-decryption|print-access-token|print-identity-token|get-access-token|get-login-password|keyvault\s+secret\s+show|config:get|get-session-token|get-authorization-token|secrets?\s+(get|show|reveal)|storage\s+account\s+keys\s+list|show-connection-string|configure\s+export-credentials|configure\s+get\s+\S*(?:secret|token)|iam\s+create-access-key)/;
const CREDENTIAL_CARE = /\bsecretsmanager rotate-secret\b|\bsecrets versions disable\b|\biam update-access-key\b.*--status[= ]Inactive\b|\bkeyvault (?:key|secret) rotate\b|\bkms rotate-key-on-demand\b/;
const CLOUD_READ = /^(describe|list|get|show|view|ls|cat|tail|logs?|status|info|whoami|version|help|search|inspect|preview|diff|explain|estimate|validate|wait|auth\s+list|config\s+(list|get|view))/;
/** Writing a cluster's credentials into the local kubeconfig, so that kubectl can then read it. */
const KUBECONFIG = /^(?:update-kubeconfig|get-credentials|kubeconfig)$/;
/** A query handed to a data API (`redshift-data execute-statement --sql`, `athena … --query-string`) that only reads. */
const READ_QUERY = /^\s*\(?\s*(?:select|with|show|describe|desc|explain)\b/i;
const WRITE_SQL = /\b(?:insert|update|delete|merge|drop|truncate|alter|create|grant|revoke|copy|unload|call|vacuum)\b/i;
/** Flags that name the cluster a command acts on: a preview or staging one reaches no users. */
const CLUSTER_FLAGS = ['--cluster', '--cluster-name', '--cluster-identifier', '--cluster-id'];

function verbs(f: CommandFacts): string[] {
  return f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text.toLowerCase());
}

export const cloud: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const joined = w.join(' ');
  const all = f.args.map((a) => a.text).join(' ');
  // `gcloud run …` is a service group, not the verb "run".
  const actions = f.program === 'gcloud' && w[0] === 'run' ? w.slice(1) : w;
  const prod = PROD.test(all) || PROD.test(flagValue(f.args, '--profile', '--project', '--subscription', '--app', '-a', '--context') ?? '');
  const what = `${f.program} ${w.slice(0, 3).join(' ')}`.trim();
  if (CLOUD_SECRET.test(all)) {
    f.sensitiveRead(what);
    f.add(0.62, 'external', true, 'secret_read', `${what} prints a cloud secret or access token`);
    return;
  }
  if (WORLD_OPEN.test(all) && !w.some((x) => CLOUD_READ.test(x))) {
    f.add(0.82, 'critical', false, 'access_control', `${what} opens a resource to every address on the internet`);
    return;
  }
  // Rotating a secret, or switching off a leaked key or secret version, renews or closes access;
  // the new value stays in the secrets manager and nothing is printed.
  if (CREDENTIAL_CARE.test(all) && !/--all\b/.test(all)) return f.add(0.2, 'external', true, 'secrets', `${what} rotates or switches off a credential without showing it`);
  // A cluster named with `--cluster` is where the command looks: waiting on it, fetching its
  // kubeconfig or running a read-only query there changes nothing in it, whatever it is called.
  // The learned layer does not weigh the cluster's name again once these have judged it.
  const place = () => f.clear([...CLUSTER_FLAGS, '--name'].map((fl) => flagValue(f.args, fl)).filter((v): v is string => !!v));
  const query = flagValue(f.args, '--sql', '--query-string', '--execute', '-e');
  if (query !== undefined && READ_QUERY.test(query) && !WRITE_SQL.test(query)) {
    place();
    return f.add(0.08, 'read_only', true, 'infra_read', `${what} runs a read-only query`);
  }
  if (actions.some((x) => KUBECONFIG.test(x)) && !w.some((x) => CLOUD_DELETE.test(x))) {
    place();
    return f.add(0.1, 'local_edit', true, 'infra_read', `${what} writes the cluster's credentials into the local kubeconfig`);
  }
  // A logging exclusion or sink filter is judged by what it stops recording (rules/log-exclusion.ts,
  // which the engine applies to every call): one of noise only is a routine change, and its name
  // (`drop-lb-healthchecks`) is no verb.
  if (w[0] === 'logging' && /^(?:exclusions|sinks|buckets)$/.test(w[1] ?? '') && judgeLogExclusion(all).some((x) => x.category === 'log_noise')) {
    return f.add(0.2, 'external', true, 'infra_change', `${what} excludes only noise from what is logged`);
  }
  // A machine's power, size and disks (`gcloud compute instances set-machine-type`, `az vm restart`,
  // `doctl compute droplet-action rebuild`, `hcloud server poweron`) are judged as the same action
  // sent to the provider's API is (rules/machine-action.ts): held unless the command names the
  // machine or its account as disposable. Terminating one is deletion, judged by the account below;
  // describing one is a read.
  const machine = cliMachineAction(f.program, w);
  if (machine && !/^terminate/i.test(machine.action) && (machine.stops || !CLOUD_READ.test(machine.action.toLowerCase()))) {
    const account = flagValue(f.args, '--profile', '--project', '--subscription', '--resource-group', '-g', '--os-cloud', '--os-project-name') ?? '';
    const x = machineActionFinding(machine, what, !prod && disposable(...w, account));
    return f.add(x.risk, x.cls, x.reversible, x.category, x.reason);
  }
  const deleting = w.some((x) => CLOUD_DELETE.test(x)) || TO_ZERO.test(all) || /\bpg:reset\b|\bapps:destroy\b/.test(all);
  if (deleting) {
    // An account or project named for throwaway work (`--profile sandbox`, `--project acme-sandbox`)
    // holds what its owner spun up to try things: deleting there is cleanup. The account's name
    // decides, not the resource's: a `test-db` in the default or a production account stays held.
    // A cluster named as a preview (`--cluster pr-482-preview`) is such a place too.
    const account = flagValue(f.args, '--profile', '--project', '--subscription', '--resource-group', '-g', ...CLUSTER_FLAGS) ?? '';
    if (!prod && disposable(account) && !/--all\b/.test(all)) return f.add(0.35, 'external', false, 'infra_destruction', `${what} deletes resources in a disposable account (${account})`);
    const broad = /--recursive|--all\b|--force|-rf?\b|--quiet|-q\b|--yes|-y\b/.test(all);
    f.add(broad || prod ? 0.92 : 0.8, 'critical', false, 'infra_destruction', `${what} deletes or stops cloud resources${prod ? ' in production' : ''}`);
    return;
  }
  if (DNS_WRITE.test(joined)) {
    // A record in a dev or staging account or project is seen by the team's testers, not customers.
    const account = flagValue(f.args, '--profile', '--project', '--subscription') ?? '';
    if (!prod && disposable(account)) return f.add(0.4, 'external', true, 'infra_change', `${what} changes DNS in a non-production account (${account})`);
    f.add(0.75, 'critical', false, 'infra_change', `${what} changes live DNS, which takes effect for everyone at once`);
    return;
  }
  // Judged on the subcommands, not on paths and bucket names (`gs://team-share/` shares nothing).
  if (CLOUD_ACCESS.test(w.filter((x) => !x.includes('/')).join(' ')) && !w.some((x) => CLOUD_READ.test(x))) {
    // Access to a sandbox or dev project (named by flag or as `gcloud projects add-iam-policy-binding <project>`) reaches no production data.
    const project = flagValue(f.args, '--project', '--subscription', '--resource-group', '-g') ?? (w[0] === 'projects' ? w[2] : undefined) ?? '';
    if (!prod && disposable(project)) return f.add(0.45, 'external', false, 'access_control', `${what} changes who can access a non-production project (${project})`);
    f.add(0.78, 'critical', false, 'access_control', `${what} changes who can access cloud resources`);
    return;
  }
  if (w.length && w.some((x) => CLOUD_READ.test(x)) && !actions.some((x) => /^(create|update|put|set|deploy|run|start|modify|apply|cp|mv|sync|invoke|publish|push|scale|restart|promote|rollback)/.test(x))) {
    f.add(0.08, 'read_only', true, 'infra_read', what);
    return;
  }
  if (f.program === 'gcloud' && /^config (set|configurations)/.test(joined)) {
    f.add(0.1, 'local_edit', true, 'infra_read', what);
    return;
  }
  if (/(^|\s)(s3|gsutil|storage)?\s*(cp|sync|mv|rsync)\b/.test(joined)) {
    const ops = copyOperands(f);
    const dest = ops[ops.length - 1] ?? '';
    if (/(^|\s)--dry-?run\b|(^|\s)-n(\s|$)/.test(all)) return f.add(0.08, 'read_only', true, 'infra_read', `${what} only lists what it would copy`);
    if (/^(s3|gs|az):\/\//.test(dest) && MIRROR_DELETE.test(all)) return mirrorDelete(f, what, ops.slice(0, -1)[0] ?? '', dest);
    if (!/^(s3|gs|az):\/\//.test(dest)) {
      f.add(0.12, 'local_edit', true, 'infra_read', `${what} downloads from cloud storage`);
      return;
    }
    // An upload: people's data, or anything made readable by everyone, leaves with it.
    const source = ops.slice(0, -1).find((x) => !/^(s3|gs|az):\/\//.test(x)) ?? '';
    const kept = source ? f.path(lit(source)) : undefined;
    if (kept && kept.read_risk >= 0.5) {
      f.sensitiveRead(source);
      return f.add(0.85, 'critical', false, 'exfiltration', `${what} uploads ${source} (${kept.reason.replace(`${source} is `, '')}) to cloud storage`);
    }
    if (/--acl[= ]public-read|public-read-write|allUsers|--predefined-acl[= ]publicRead/i.test(all)) return f.add(0.88, 'critical', false, 'access_control', `${what} uploads ${source || 'data'} readable by anyone on the internet`);
    if (SHARED_BUCKET.test(dest) && (PERSONAL_DATA_FILE.test(source) || CONFIDENTIAL_FILE.test(source) || /\.(csv|xlsx?|jsonl|parquet)$/i.test(source))) return f.add(0.8, 'critical', false, 'personal_data', `${what} copies ${source} to ${dest}, a bucket shared with people outside the team`);
    if (PERSONAL_DATA_FILE.test(source)) return f.add(0.75, 'critical', false, 'personal_data', `${what} copies ${source}, which by its name holds people's data, to a cloud bucket`);
  }
  // Maintenance mode: `heroku maintenance` reports it; turning it on takes the app offline for its users.
  if (f.program === 'heroku' && /^maintenance(?::on)?$/.test(w[0] ?? '')) {
    const app = flagValue(f.args, '-a', '--app') ?? '';
    if (w[0] === 'maintenance') return f.add(0.05, 'read_only', true, 'infra_read', `${what} reports whether maintenance mode is on`);
    if (!prod && disposable(app)) return f.add(0.4, 'external', true, 'infra_change', `${what} takes a non-production app (${app}) offline`);
    return f.add(0.72, 'critical', true, 'infra_change', `${what} takes ${app || 'the app'} offline for its users`);
  }
  const deploy = /(deploy|--prod\b|promote|release)/.test(all);
  f.add(prod || (deploy && f.program !== 'gcloud' && /--prod\b/.test(all)) ? 0.78 : 0.5, prod ? 'critical' : 'external', false, 'infra_change', `${what} changes live cloud resources${prod ? ' in production' : ''}`);
};

/** Verbs of app platforms (Fly.io, Heroku, Vercel, Render, Cloudflare Workers…) that change a running app. */
const PAAS_CHANGE = /^(deploy|redeploy|rollback|promote|release|restart|scale|type|resize|set|unset|put|push|run|exec|console|ssh|create|add|attach|update|import|restore|reset|destroy|delete|rm|remove|suspend|resume|stop|start|kill|upgrade|transfer|enable|disable|detach|apply|up|alias|publish|move|on|off)$/;
const PAAS_READ = /^(show|list|ls|status|info|inspect|logs?|tail|diff|validate|get|whoami|version|help|releases|open)$/;

/**
 * App platforms name an app, not an environment: `sudsclub-loyalty` is what customers use and
 * nobody writes "prod" in it. A change asks unless the app is named disposable (staging, dev, a
 * review or per-PR app) or the command is a dry run; a preview deploy is disposable by design.
 */
export const paas: Rule = (f) => {
  const w = verbs(f);
  const all = f.args.map((a) => a.text).join(' ');
  const segs = w.slice(0, 3).flatMap((x) => x.split(':'));
  // The last verb named is the action: `releases:rollback` rolls back, `scale show` reads.
  const action = segs.filter((x) => PAAS_READ.test(x) || PAAS_CHANGE.test(x)).pop() ?? '';
  const changes = (PAAS_CHANGE.test(action) && !/config:get/.test(all)) || TO_ZERO.test(all);
  if (f.program === 'heroku' && w[0] === 'config') {
    // Bare `heroku config` prints every config var with its value; `| cut -d= -f1` takes this back.
    f.network(f.program);
    f.sensitiveRead('heroku config');
    return f.add(0.62, 'external', true, 'secret_read', `heroku config prints ${flagValue(f.args, '-a', '--app') ?? 'the app'}'s config vars, its credentials among them`);
  }
  if (!changes || CLOUD_SECRET.test(all) || WORLD_OPEN.test(all) || (f.program === 'heroku' && /^maintenance/.test(w[0] ?? ''))) return cloud(f);
  f.network(f.program);
  const what = `${f.program} ${w.slice(0, 3).join(' ')}`.trim();
  const app = flagValue(f.args, '-a', '--app', '--name', '--service', '--environment', '--project-ref', '--site', '--project') ?? '';
  if (/(^|\s)--dry-run\b/.test(all)) return f.add(0.1, 'read_only', true, 'infra_read', `${what} only shows what it would do`);
  // A preview deploy, or a database branch made to try a change on, is disposable by design.
  const preview = (/^(vercel|netlify)$/.test(f.program) && (w[0] === 'deploy' || w.length === 0) && !/(^|\s)--prod\b/.test(all)) || (/^branch(es)?$/.test(w[0] ?? '') && w[1] === 'create');
  const destroys = segs.some((x) => CLOUD_DELETE.test(x)) || TO_ZERO.test(all) || /\bpg:reset\b|\brestore\b/.test(all);
  // Stopping or scaling staging down is routine; deleting it (apps, volumes, data) takes a throwaway name.
  const erases = segs.some((x) => /^(destroy|delete|rm|remove|reset|purge|wipe|drop|restore)$/.test(x));
  const target = [app, ...w.slice(0, 4)].join(' ');
  // Firebase's emulators (`FIRESTORE_EMULATOR_HOST=127.0.0.1:8080`, a `demo-` project) never reach a real project.
  const emulator = /\b[A-Z_]+_EMULATOR_HOST=(?:127\.0\.0\.1|localhost)\b/.test(f.script) || (f.program === 'firebase' && /^demo-/.test(flagValue(f.args, '--project') ?? ''));
  if (preview || emulator || (erases ? throwaway(target) : disposable(target))) return f.add(0.35, 'external', true, 'infra_change', `${what} changes a disposable app${app ? ` (${app})` : ''}`);
  f.add(destroys ? 0.92 : 0.72, 'critical', false, destroys ? 'infra_destruction' : 'infra_change',
    erases ? `${what} deletes or overwrites ${app || 'an app'} or its data (only a dev, preview or per-PR name marks that as throwaway)`
      : `${what} ${destroys ? 'stops' : 'changes'} ${app || 'an app'}, which is not named as staging, preview or dev: its users reach it`);
};

// HashiCorp Vault: reading a secret brings it into the session; deleting or rewriting secrets,
// policies and auth methods changes who can reach what.
export const vault: Rule = (f) => {
  const w = verbs(f);
  const what = `vault ${w.slice(0, 3).join(' ')}`.trim();
  const prod = PROD.test(f.args.map((a) => a.text).join(' '));
  if (w.some((x) => /^(delete|destroy|disable|revoke|remove|rm)$/.test(x)) || (w[0] === 'kv' && w[1] === 'metadata' && w[2] === 'delete')) {
    return f.add(0.9, 'critical', false, 'secrets', `${what} deletes or revokes secrets${prod ? ' in production' : ''}`);
  }
  if (/^(kv|read)$/.test(w[0] ?? '') && /^(get|read)$/.test(w[1] ?? w[0] ?? '') || w[0] === 'read') {
    if (throwaway(...w.slice(1)) && !prod) return f.add(0.2, 'read_only', true, 'secret_read', `${what} reads a development secret`);
    f.sensitiveRead(what);
    return f.add(0.62, 'external', true, 'secret_read', `${what} reads a secret`);
  }
  if (w.some((x) => /^(put|write|patch|enable|tune|rollback|create)$/.test(x))) return f.add(prod ? 0.8 : 0.5, prod ? 'critical' : 'external', false, 'secrets', `${what} changes secrets or auth`);
  f.add(0.05, 'read_only', true, 'infra_read', what);
};

/** Output names that say the value is a credential. */
const SECRET_OUTPUT = /pass|secret|token|key|credential|connection|dsn|kubeconfig/i;

export const terraform: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const sub = w[0] ?? '';
  const what = `${f.program} ${w.slice(0, 2).join(' ')}`.trim();
  // `plan -destroy` and `pulumi destroy --preview-only` print the teardown and stop; applying it is another call.
  const previewOnly = ['plan', 'preview'].includes(sub) || (['run-all', 'run'].includes(sub) && w[1] === 'plan') || has(f.args, '--preview-only');
  const destroy = !previewOnly && (sub === 'destroy' || f.args.some((a) => a.text === '-destroy' || a.text === '--destroy') || (f.program === 'pulumi' && sub === 'stack' && w[1] === 'rm'));
  const where = [flagValue(f.args, '-chdir', '--chdir', '--cwd', '-s', '--stack') ?? '', ...(/\bcd\s+(\S+)/.exec(f.script)?.slice(1) ?? []), flagValue(f.args, '-var-file') ?? '', f.workdir ?? ''].join(' ');
  const teardown = throwaway(where);
  if (destroy) {
    return teardown
      ? f.add(0.4, 'local_edit', false, 'infra_destruction', `${what} tears down a throwaway environment (${where.trim()})`)
      : f.add(0.95, 'critical', false, 'infra_destruction', `${what} tears down infrastructure`);
  }
  if ((['apply', 'up', 'run-all'].includes(sub) && !previewOnly) || (f.program === 'pulumi' && sub === 'refresh' && f.args.some((a) => a.text === '--yes'))) {
    // Dev, sandbox and staging stacks are where changes are tried before production.
    if (disposable(where)) return f.add(0.4, 'external', true, 'infra_change', `${what} changes a non-production environment (${where.trim()})`);
    return f.add(0.75, 'critical', false, 'infra_change', `${what} changes live infrastructure`);
  }
  // A per-PR, preview or sandbox workspace is deleted once its stack is torn down: its state describes nothing.
  if (sub === 'workspace' && w[1] === 'delete' && throwaway(w[2], where)) {
    return f.add(0.3, 'local_edit', false, 'infra_change', `${what} ${w[2] ?? ''} deletes a throwaway workspace's state`.replace(/\s+/g, ' '));
  }
  if ((sub === 'state' && ['rm', 'mv', 'push', 'replace-provider', 'delete', 'edit', 'rename', 'unprotect', 'move', 'repair'].includes(w[1])) || ['import', 'taint', 'untaint', 'force-unlock'].includes(sub) || (sub === 'workspace' && w[1] === 'delete')) {
    return f.add(0.75, 'critical', false, 'infra_change', `${what} rewrites infrastructure state`);
  }
  // Outputs marked sensitive print as <sensitive>, except in JSON, raw, or with Pulumi's --show-secrets.
  if ((sub === 'output' && (has(f.args, '-json') || (has(f.args, '-raw') && SECRET_OUTPUT.test(w[1] ?? '')))) || has(f.args, '--show-secrets')) {
    return f.add(0.62, 'read_only', true, 'secret_read', `${what} prints outputs marked sensitive (passwords, keys) in clear`);
  }
  f.add(0.05, 'read_only', true, 'infra_read', what);
};

// Hosted database CLIs: `supabase db reset` wipes the local stack unless pointed at the linked project;
// `db push` goes to the linked project unless told `--local`.
export const hostedDb: Rule = (f) => {
  const all = f.args.map((a) => a.text).join(' ');
  const remote = /--linked\b|--db-url\b|--project-ref\b|--remote\b/.test(all) || PROD.test(all);
  const w = verbs(f);
  const what = `${f.program} ${w.slice(0, 2).join(' ')}`.trim();
  if (!remote && /^(db|start|stop|status|init|gen|link|login|migration|test|functions serve)/.test(w.join(' ')) && (!/\bdb push\b/.test(w.join(' ')) || /--local\b/.test(all))) {
    return f.add(/\breset\b/.test(all) ? 0.3 : 0.08, 'local_edit', true, 'infra_read', `${what} works on the local development stack`);
  }
  paas(f);
};

// Configuration management: a playbook changes every host in its inventory; --check only reports.
export const ansible: Rule = (f) => {
  f.network(f.program);
  const all = f.args.map((a) => a.text).join(' ');
  const inventory = flagValue(f.args, '-i', '--inventory', '--inventory-file', '-l', '--limit') ?? '';
  const what = `${f.program} ${f.args.filter((a) => !a.text.startsWith('-')).slice(0, 2).map((a) => a.text).join(' ')}`.trim();
  if (/(^|\s)(--check|-C|--syntax-check|--list-hosts|--list-tasks|--list-tags|--version)(\s|$)/.test(all) || (f.program === 'ansible' && /(^|\s)-m\s+(ansible\.builtin\.)?(ping|setup|command\s+-a\s+['"]?(uptime|df|hostname))/.test(all))) {
    return f.add(0.05, 'read_only', true, 'infra_read', `${what} only checks or lists`);
  }
  // Inventories are named after the fleet (`meters-street`, `branch-tills`), rarely "prod": only a
  // disposable one (dev, test, staging, local) keeps a run in the middle band.
  const prod = PROD.test(inventory) || PROD.test(all);
  if (!prod && disposable(inventory)) return f.add(0.45, 'external', false, 'infra_change', `${what} changes the configuration of the hosts in a disposable inventory (${inventory})`);
  f.add(0.8, 'critical', false, 'infra_change', `${what} changes the configuration of ${prod ? 'production hosts' : `the hosts in ${inventory || 'its inventory'}, which is not named as dev, test or staging`}`);
};

/** `aws s3 sync --delete`, `gsutil rsync -d`, `rclone sync`: the destination loses what the source lacks. */
const MIRROR_DELETE = /(^|\s)(--delete\b|--delete-removed\b|-d(\s|$)|-[a-ce-zA-Z]*d[a-zA-Z]*(\s|$))/;

/** A mirror that deletes: from a directory made empty for the purpose, it empties the destination. */
export function mirrorDelete(f: CommandFacts, what: string, source: string, dest: string): void {
  const src = source.replace(/\/+$/, '');
  const emptied = src !== '' && (/(^|\/)empty(-?dir)?$/i.test(src) || (/\bmkdir\b/.test(f.script) && f.script.includes(`mkdir -p ${src}`)));
  f.add(emptied ? 0.92 : 0.75, 'critical', false, 'infra_destruction', emptied
    ? `${what} mirrors an empty directory onto ${dest}, deleting everything there`
    : `${what} deletes whatever at ${dest} is missing from ${source || 'the source'}`);
}

const COPY_VALUE_FLAGS = new Set(['--acl', '--profile', '--region', '--storage-class', '--sse', '--sse-kms-key-id', '--expires', '--content-type', '--cache-control', '--metadata', '--exclude', '--include', '--endpoint-url', '--grants', '--project', '-z', '-j', '-h', '-p']);

/** `aws s3 cp SRC DEST`, `gsutil cp SRC DEST`: the operands after the subcommand, flags and their values dropped. */
function copyOperands(f: CommandFacts): string[] {
  const out: string[] = [];
  for (let i = 0; i < f.args.length; i++) {
    const t = f.args[i].text;
    if (t === '-') out.push(t);
    else if (t.startsWith('-')) {
      if (COPY_VALUE_FLAGS.has(t)) i++;
    } else out.push(t);
  }
  const at = out.findIndex((x) => /^(cp|sync|mv|rsync)$/.test(x));
  return at >= 0 ? out.slice(at + 1) : out;
}
