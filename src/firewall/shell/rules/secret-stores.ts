import { credentialSearch } from '../../rules/secret-reveal.js';
import { readArgs } from '../analyze.js';
import { flagValue, has, operands, type CommandFacts, type Rule } from './types.js';

// Commands whose output is a stored credential's value: the macOS keychain asked for the password
// itself (`-w`, `-g`), a password manager's item shown, a secret environment variable echoed, and a
// text search for what has a private key's or an access token's shape that prints its matches.
// Listing, attributes, file lists, a variable's length or whether it is set run.

/** Where a secret piped on is kept again, not shown: a repository or CI secret, a registry login, a secrets manager. */
const STORE_SINK = /^[^;&|\n]*\|\s*(?:gh secret set|wrangler secret put|docker login\b[^|;&\n]*--password-stdin|podman login\b[^|;&\n]*--password-stdin|kubectl create secret|vault kv put|fly(?:ctl)? secrets (?:set|import)|heroku config:set|az keyvault secret set|gcloud secrets (?:create|versions add)|aws secretsmanager (?:put-secret-value|create-secret)|doppler secrets set|npm login|pass insert|op item (?:create|edit))\b/;

/** The statement that runs `f` pipes its output into a store (`op read … | gh secret set …`). */
export const intoStore = (f: CommandFacts): boolean => STORE_SINK.test(f.script.slice(Math.max(0, f.script.indexOf(f.program))));

const reveal = (f: Parameters<Rule>[0], what: string) => (intoStore(f) ? f.add(0.1, 'read_only', true, 'secrets', `${f.program} pipes a stored secret straight into a secrets store`) : f.add(0.62, 'read_only', true, 'secret_read', `${f.program} ${what}`));

export const keychain: Rule = (f) => {
  const sub = f.args[0]?.text ?? '';
  if (/^find-(?:generic|internet)-password$/.test(sub) && has(f.args, '-w', '-g')) reveal(f, `${sub} prints the stored password`);
  else if (sub === 'dump-keychain' && has(f.args, '-d')) reveal(f, 'dump-keychain -d prints every stored secret');
};

export const passwordManager: Rule = (f) => {
  const [sub, obj] = operands(f.args).map((a) => a.text);
  const shows =
    (f.program === 'op' && (sub === 'read' || (sub === 'item' && obj === 'get' && (has(f.args, '--reveal') || f.args.some((a) => /^--fields/.test(a.text)))))) ||
    (f.program === 'bw' && sub === 'get' && /^(?:password|item|totp|notes)$/.test(obj ?? '')) ||
    // `pass show folder/` (or no entry at all) prints the tree of entry names, not a password.
    ((f.program === 'pass' || f.program === 'gopass') && (sub === 'show' ? !!obj && !obj.endsWith('/') : !!sub && !sub.endsWith('/') && !/^(?:ls|list|find|search|init|git|insert|generate|edit|rm|mv|cp|help|version)$/.test(sub))) ||
    (f.program === 'secret-tool' && sub === 'lookup');
  if (shows) return reveal(f, `${sub ?? ''} shows a stored secret`.replace(/\s+/, ' '));
  if (f.program !== 'op') return;
  // Sharing an item or granting a vault reads nothing into the model; it hands the secret on.
  if (sub === 'item' && obj === 'share') {
    const to = flagValue(f.args, '--emails', '--email');
    return f.add(0.85, 'critical', false, 'secret_disclosure', `op item share gives a stored secret to ${to ?? 'anyone with the link'}`);
  }
  if (sub === 'vault' && (obj === 'user' || obj === 'group') && operands(f.args)[2]?.text === 'grant') return f.add(0.8, 'critical', false, 'access_control', `op vault ${obj} grant opens a vault to more people`);
};

/** grep/rg/ag/ack: a read of the files it is given (its pattern names none), unless it looks for
 * credential values and prints the lines it finds. */
export const textSearch: Rule = (f) => {
  const ops = operands(f.args).map((a) => a.text);
  const flagged = flagValue(f.args, '-e', '--regexp');
  const pattern = flagged ?? ops[0];
  readArgs(Object.assign(Object.create(f) as CommandFacts, { args: f.args.filter((a) => a.text !== pattern) }));
  const listsOnly = f.args.some((a) => /^(?:-[A-Za-z]*[lLc][A-Za-z]*|--files-with(?:out)?-matches|--count|--files)$/.test(a.text));
  if (listsOnly) return;
  const found = credentialSearch(pattern, true, flagged ? ops.filter((x) => x !== flagged) : ops.slice(1));
  for (const x of found) f.add(x.risk, x.cls, x.reversible, x.category, `${f.program} ${x.reason}`);
};

/** A secret-named variable, by its name. */
const SECRET_REF = /\$\{?([A-Z][A-Z0-9_]*(?:TOKEN|KEY|SECRET|PASSWORD|PASS|CREDENTIALS?))\b/g;

/** An echo or printf of the script expands the variable in full: `${VAR:+set}` says only whether
 * it is set, `${#VAR}` its length, `${VAR:0:4}` a few characters (the parsed word lost which it was). */
function echoedInFull(script: string, program: string, name: string): boolean {
  const full = new RegExp(String.raw`\$(?:${name}\b|\{${name}\})`);
  return script.split(/;|&&|\|\||\||\n/).some((s) => s.trim().startsWith(program) && full.test(s));
}

/** The statement that names `ref` pipes its output on (`echo "$TOKEN" | gh secret set …`). */
const pipedOn = (script: string, ref: string): boolean => /^[^;&|\n]*\|(?!\|)/.test(script.slice(Math.max(0, script.indexOf(ref))));

/**
 * echo and printf print their arguments and open no file (`echo '.env' >> .gitignore` reads
 * nothing). A secret variable they print reaches the model; into a pipe, a file or a command's
 * argument it goes where that command takes it, judged there (a store, a request).
 */
export const echo: Rule = (f) => {
  const printed = f.args.flatMap((a) => [...a.text.matchAll(SECRET_REF)].filter((m) => echoedInFull(f.script, f.program, m[1])).map((m) => m[0]));
  for (const p of printed) f.sensitiveRead(p);
  const elsewhere = f.cmd.via !== '' || f.cmd.redirects.some((r) => r.op.startsWith('>') || r.op.startsWith('&>')) || pipedOn(f.script, printed[0] ?? '');
  if (printed.length && !elsewhere) f.add(0.62, 'read_only', true, 'secret_read', `${f.program} prints ${printed[0]}, a secret environment variable`);
};
