import { MONEY_PATH, testModeOnly } from '../../content/money.js';
import { variableForItsIssuer } from '../../rules/issued-keys.js';
import { judgeMachineUrl } from '../../rules/machine-action.js';
import { judgePlatformApi } from '../../rules/platform-api.js';
import { COLLECTOR_HOST, DUMMY_PAYLOAD, judgeUrl } from '../../rules/urls.js';
import { readArgs } from '../analyze.js';
import { runCode } from './exec.js';
import { mirrorDelete } from './infra.js';
import { CONFIDENTIAL_FILE, flagValue, has, lit, operands, PERSONAL_DATA_FILE, shortFlags, writeTargets, type Rule } from './types.js';

// Programs that talk to other machines: downloads, uploads, raw sockets, remote shells, mail.

/** A variable named for a secret (`$STRIPE_KEY`, `${DB_PASSWORD}`); its name is the group. */
const SECRET_VAR_SOURCE = String.raw`\$\{?([A-Z][A-Z0-9_]*(?:TOKEN|KEY|SECRET|PASSWORD|PASS|CREDENTIALS?))\b`;
const SECRET_VAR = new RegExp(SECRET_VAR_SOURCE);
const SECRET_VARS = new RegExp(SECRET_VAR_SOURCE, 'g');

export const curl: Rule = (f) => {
  f.network(f.program);
  if (f.args.some((a) => a.text === '--mail-rcpt' || /^smtps?:\/\//.test(a.text))) bulkMail(f);
  let sends = false;
  let method = '';
  /** The secret variables sent in headers (`x-api-key: $ADYEN_TEST_KEY`), by name, and whether one is in the data. */
  const headerVars: string[] = [];
  let bodyVar = false;
  /** The first literal body sent (`-d '{"type":"power_off"}'`), which a machine action's API reads its action from. */
  let body = '';
  for (let i = 0; i < f.args.length; i++) {
    const t = f.args[i].text;
    const next = f.args[i + 1];
    const inlineData = /^(-d|--data|--data-binary|--data-raw|--data-urlencode|--json|-F|--form|-T|--upload-file|--post-file|--post-data|--body-file|--body-data)(=(.*))?$/.exec(t);
    if (inlineData) {
      sends = true;
      const value = inlineData[3] ?? next?.text ?? '';
      if (SECRET_VAR.test(value)) bodyVar = true;
      if (!body && DATA_FLAGS.has(inlineData[1]) && !value.startsWith('@')) body = value;
      const file = t === '-T' || t === '--upload-file' || t === '--post-file' || t === '--body-file' ? value : (/@([^;]+)/.exec(value)?.[1] ?? '');
      if (file) {
        const v = f.path(lit(file, next?.dynamic ?? false));
        if (v.read_risk >= 0.5) {
          f.sensitiveRead(file);
          f.add(0.97, 'critical', false, 'exfiltration', `uploads ${file} (${v.reason}) to the network`);
        } else if (PERSONAL_DATA_FILE.test(file) && !f.args.some((a) => /^https?:\/\/(localhost|127\.|\[::1\])/.test(a.text))) {
          f.add(0.75, 'critical', false, 'personal_data', `uploads ${file}, which by its name holds people's data, to another machine`);
        } else if (CONFIDENTIAL_FILE.test(file) && !f.args.some((a) => /^https?:\/\/(localhost|127\.|\[::1\])/.test(a.text))) {
          f.add(0.72, 'critical', false, 'exfiltration', `uploads ${file}, which by its name is confidential or a copy of the business's data, to another machine`);
        }
      }
    }
    if ((t === '-H' || t === '--header') && next && !/^authorization:/i.test(next.text)) headerVars.push(...[...next.text.matchAll(SECRET_VARS)].map((m) => m[1]));
    if ((t === '-X' || t === '--request' || t === '--method') && next) method = next.text.toUpperCase();
    if (/^(POST|PUT|PATCH|DELETE)$/.test(method)) sends = true;
    if (t === '-o' || t === '--output' || t === '-O' && f.program === 'wget' || t === '--output-document') {
      if (next && next.text !== '-') {
        writeTargets(f, [next], `${f.program} saves a download over`);
        f.downloaded(next.text);
      }
    }
    const glued = /^(?:-o|--output=|-O|--output-document=)(.+)$/.exec(t);
    if (glued && !(t.startsWith('-O') && f.program === 'curl')) f.downloaded(glued[1]);
  }
  const secretVarSent = bodyVar || headerVars.length > 0;
  const urls = f.args.filter((a) => /^https?:\/\//.test(a.text)).map((a) => a.text);
  const url = urls[0] ?? '';
  // wget and curl -O keep the URL's file name.
  if (url && (f.program === 'wget' || has(f.args, '--remote-name') || (f.program === 'curl' && /O/.test(shortFlags(f.args))))) f.downloaded(url.replace(/[?#].*$/, '').split('/').pop() || 'index.html');
  let local = false;
  for (const u of urls) {
    const v = judgeUrl(u, sends ? 'POST' : 'GET');
    local = local || v.local;
    for (const x of v.findings) f.add(x.risk, x.cls, x.reversible, x.category, `${f.program}: ${x.reason}`);
    // Keys only in headers, each to the service it is named for, authenticate; anything else is handed over.
    if (!v.local && (bodyVar || (headerVars.length > 0 && !headerVars.every((name) => variableForItsIssuer(name, v.host ?? ''))))) f.add(0.85, 'critical', false, 'exfiltration', `${f.program} sends a secret environment variable to ${v.host ?? u}`);
    // A machine's action endpoint is judged by what the action does, on any host (as a request tool's
    // call is); judgePlatformApi reads it first on a platform's own host, so each is asked once.
    const platform = sends ? (judgePlatformApi(u, method || 'POST', body) ?? judgeMachineUrl(u, method || 'POST', body)) : null;
    if (platform) f.add(platform.risk, platform.cls, platform.reversible, platform.category, `${f.program}: ${platform.reason}`);
  }
  // Paste sites, anonymous file drops and request catchers: whatever is sent there is public or someone else's.
  const drop = sends && !dummyBody(f) && urls.find((u) => COLLECTOR_HOST.test(hostOf(u)));
  if (drop) f.add(0.82, 'critical', false, 'exfiltration', `${f.program} uploads data to ${hostOf(drop)}, an anonymous paste, file-drop or request-capture service`);
  if (sends) judgeVariableUrl(f, secretVarSent);
  if (sends) f.add(local ? 0.2 : 0.45, 'external', false, 'network_send', `${f.program} sends data to ${url || 'a server'}`);
  else f.add(local ? 0.03 : 0.1, 'external', true, 'network_fetch', `${f.program} downloads ${url || 'from the network'}`);
};

/**
 * A POST whose URL holds a variable (`$API/v3/quotes`, `${BASE_URL}/graphql`, `…/profiles/$ID/quotes`):
 * part of where it goes is set at run time, what it does is not. A money path, a secret variable in the body or headers, or a
 * secret-named variable in the URL still asks; otherwise the URL and a bearer-token header are
 * judged by their shape and stop counting as unknowns (the body and verb are judged as for any URL).
 */
function judgeVariableUrl(f: Parameters<Rule>[0], secretVarSent: boolean): void {
  const target = operands(f.args).find((a) => a.dynamic && /^["']?\$\{?[A-Za-z_]\w*\}?(?:\/|$)|^https?:\/\//.test(a.text));
  if (!target) return;
  const script = f.args.map((a) => a.text).join(' ');
  const path = target.text.replace(/^[^/]*(?:\/\/[^/]*)?/, '');
  if (MONEY_PATH.test(path) && !testModeOnly(script)) return f.add(0.85, 'critical', false, 'money_movement', `${f.program} POSTs to a payments path (${target.text.slice(0, 60)})`);
  // A literal host had its secrets judged with the URL (`?key=$IMGBB_KEY` to the API's own host is how it authenticates).
  const hostSetLater = !/^https?:\/\//.test(target.text) || /^https?:\/\/\$/.test(target.text);
  if (hostSetLater && (secretVarSent || SECRET_VAR.test(target.text))) return f.add(0.85, 'critical', false, 'exfiltration', `${f.program} sends a secret environment variable to ${target.text.slice(0, 60)}, whose host is set at run time`);
  if (target.dynamic && target.subst.length === 0) f.dynamicJudged();
  for (let i = 0; i < f.args.length - 1; i++) {
    const h = f.args[i + 1];
    if ((f.args[i].text === '-H' || f.args[i].text === '--header') && h.dynamic && h.subst.length === 0 && /^authorization:\s*(?:bearer|token|basic)\s+\$\{?\w+\}?$/i.test(h.text)) f.dynamicJudged();
  }
}

const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--json', '-F', '--form']);

/** Every body the command sends is a literal test payload: no file, no variable, no command output. */
function dummyBody(f: Parameters<Rule>[0]): boolean {
  const bodies = f.args.filter((a, i) => DATA_FLAGS.has(f.args[i - 1]?.text ?? ''));
  return bodies.length > 0 && bodies.every((b) => !b.dynamic && !b.text.startsWith('@') && !/=@|<@/.test(b.text) && DUMMY_PAYLOAD.test(b.text));
}

export const netcat: Rule = (f) => {
  f.network(f.program);
  if (has(f.args, '-e', '-c', '--exec', '--sh-exec') || f.args.some((a) => /exec:|system:/.test(a.text))) {
    f.add(0.97, 'critical', false, 'reverse_shell', `${f.program} hands a shell to a network peer (reverse/bind shell)`);
  } else f.add(0.5, 'external', false, 'network_send', `${f.program} opens a raw network connection`);
  // `nc host port < customers.csv`: the file goes to the peer.
  for (const r of f.cmd.redirects) {
    if (r.op !== '<') continue;
    const v = f.path(r.target);
    if (v.read_risk >= 0.5) f.sensitiveRead(r.target.text);
    else if (PERSONAL_DATA_FILE.test(r.target.text) || CONFIDENTIAL_FILE.test(r.target.text)) f.add(0.8, 'critical', false, 'exfiltration', `${f.program} sends ${r.target.text} to a network peer`);
  }
};

export const ssh: Rule = (f) => {
  f.network('ssh');
  const ops = operands(f.args);
  const remoteCmd = ops.slice(1);
  f.add(0.4, 'external', false, 'remote_exec', `ssh runs commands on ${ops[0]?.text ?? 'another machine'}`);
  if (remoteCmd.length) {
    const code = { text: remoteCmd.map((w) => w.text).join(' '), dynamic: remoteCmd.some((w) => w.dynamic), glob: false, subst: remoteCmd.flatMap((w) => w.subst) };
    runCode(f, code, `ssh ${ops[0]?.text ?? ''}`.trim());
  }
};

export const remoteStore: Rule = (f) => {
  f.network(f.program);
  // rclone copy SRC REMOTE:path: what leaves is judged by what its name says it holds.
  const ops = operands(f.args).map((o) => o.text);
  const dest = ops[ops.length - 1] ?? '';
  const upload = /^[\w.-]+:/.test(dest) && ops.length >= 3;
  const source = upload ? ops.slice(1, -1).find((o) => !/^[\w.-]+:/.test(o)) : undefined;
  if (f.program === 'rclone' && /^(purge|delete|deletefile|rmdir|rmdirs|cleanup)$/.test(ops[0] ?? '')) return f.add(0.88, 'critical', false, 'infra_destruction', `rclone ${ops[0]} deletes files at ${ops[1] ?? 'the remote'}`);
  if (f.program === 'rclone' && ops[0] === 'sync' && /^[\w.-]+:/.test(dest) && !f.args.some((a) => /^(--dry-run|-n)$/.test(a.text))) return mirrorDelete(f, 'rclone sync', ops[1] ?? '', dest);
  if (source && PERSONAL_DATA_FILE.test(source)) f.add(0.75, 'critical', false, 'personal_data', `${f.program} copies ${source}, which by its name holds people's data, to ${dest}`);
  else if (source && CONFIDENTIAL_FILE.test(source)) f.add(0.72, 'critical', false, 'exfiltration', `${f.program} copies ${source}, which by its name is confidential, to ${dest}`);
  f.add(0.45, 'external', false, 'network_send', `${f.program} transfers files to or from a remote store`);
  readArgs(f);
};

/** A loop whose list comes from data (a file, a query, a glob, xargs' input), not a few addresses written out. */
const DATA_LOOP = /\bfor\s+\w+\s+in\s+[^;]*(?:\$\(|`|\*|\$\w)[^;]*;\s*do\b|\bwhile\s+(?:IFS=\S*\s+)?read\b|\bxargs\b/;
/** A send that goes nowhere: a rehearsal, or a mail catcher on this machine. */
const NO_SEND = /--pretend\b|--server[= ](?:localhost|127\.0\.0\.1)\b|smtp:\/\/(?:localhost|127\.0\.0\.1)\b/;

/** Mail sent once per address of a list: a bulk mailing nobody read the list of (the ck1 rows). */
function bulkMail(f: Parameters<Rule>[0]): void {
  if (DATA_LOOP.test(f.script) && !NO_SEND.test(f.script)) f.add(0.75, 'critical', false, 'bulk_send', `${f.program} runs once per entry of a list read from data: a bulk mailing`);
}

export const mail: Rule = (f) => {
  f.network(f.program);
  f.add(0.55, 'external', false, 'network_send', `${f.program} sends email`);
  bulkMail(f);
  // Attachments (-a/-A/--attach FILE) and a file fed in as the body leave with the mail.
  const files: string[] = [];
  for (let i = 0; i < f.args.length; i++) if (/^(?:-a|-A|--attach)$/.test(f.args[i].text) && f.args[i + 1]) files.push(f.args[i + 1].text);
  for (const r of f.cmd.redirects) if (r.op === '<' && !/^\/dev\//.test(r.target.text)) files.push(r.target.text);
  for (const file of files) {
    const v = f.path(lit(file));
    if (v.read_risk >= 0.5) f.sensitiveRead(file);
    else if (PERSONAL_DATA_FILE.test(file)) f.add(0.75, 'critical', false, 'personal_data', `${f.program} mails ${file}, which by its name holds people's data`);
    else if (CONFIDENTIAL_FILE.test(file)) f.add(0.72, 'critical', false, 'exfiltration', `${f.program} mails ${file}, which by its name is confidential`);
  }
};

function hostOf(u: string): string {
  try {
    return new URL(u).hostname;
  } catch {
    return u;
  }
}

/** Ports of databases, caches, search engines and remote shells: what a raw tunnel to them opens. */
const DATA_PORT = /^(?:(?:localhost|127\.0\.0\.1):)?(5432|3306|6379|27017|9200|5984|1433|1521|11211|22|3389|5900)$/;

/**
 * ngrok, cloudflared, localtunnel: an HTTP tunnel to a dev server shows a page; a raw TCP tunnel,
 * or one to a database or remote-shell port, puts that service on the internet for anyone who finds it.
 */
export const tunnel: Rule = (f) => {
  f.network(f.program);
  const ops = operands(f.args).map((o) => o.text);
  const url = flagValue(f.args, '--url') ?? '';
  const port = ops.find((o) => /^(?:[\w.]+:)?\d+$/.test(o)) ?? flagValue(f.args, '--port', '-p') ?? url.replace(/^\w+:\/\/[^:]+:?/, '');
  const raw = ops[0] === 'tcp' || /^tcp:\/\//.test(url);
  if (raw || DATA_PORT.test(port)) return f.add(0.78, 'critical', false, 'access_control', `${f.program} ${ops.slice(0, 2).join(' ')} opens ${raw ? 'a raw TCP tunnel' : `port ${port}`} on this machine to the internet`);
  f.add(0.2, 'external', true, 'network_send', `${f.program} shares a local web server through a public URL`);
};

/** magic-wormhole and croc hand a file to whoever holds the code: a copy leaves this machine. */
export const peerSend: Rule = (f) => {
  f.network(f.program);
  const ops = operands(f.args).map((o) => o.text);
  if (ops[0] !== 'send') return f.add(0.1, 'local_edit', true, 'network_fetch', `${f.program} receives a file`);
  const file = ops.slice(1).find((o) => o.includes('/') || o.includes('.')) ?? '';
  const data = PERSONAL_DATA_FILE.test(file) || CONFIDENTIAL_FILE.test(file) || /(^|\/)(exports?|dumps?|backups?)\/|\.(csv|tsv|xlsx?|parquet|jsonl|sql|db|sqlite|dump|bak)(\.gz)?$/i.test(file);
  f.add(data ? 0.72 : 0.45, data ? 'critical' : 'external', false, 'exfiltration', `${f.program} send hands ${file || 'a file'} to whoever holds the transfer code${data ? ' (a data export)' : ''}`);
  readArgs(f);
};
