import { scanCredentials } from '../content/credentials.js';
import { ibanValid } from '../content/checksums.js';
import { scanPersonalData } from '../content/personal-data.js';
import { finding, type Finding } from './finding.js';

// What a file edit writes, where it matters: a live credential written into a file that gets
// committed, published or run at login (README, docs, source, CI, shell profiles), and bank
// details swapped for others in a payroll or vendor file. Secrets stores (.env, secrets.*) are
// where credentials belong; test fixtures hold test keys; ordinary project edits carry neither.

const SECRET_STORE = /(^|\/)(\.env(\.[\w.-]+)?|[^/]*\.env|secrets?(\.[a-z]+)?|credentials?(\.[a-z]+)?|\.netrc|\.npmrc|\.pypirc|\.pgpass|[^/]*\.(pem|key|kdbx))$/i;
const TEST_PATH = /(^|\/)(tests?|__tests__|spec|specs|fixtures?|testdata|mocks?|__mocks__|e2e)(\/|$)|\.(test|spec)\.[a-z]+$|(^|\/)test_[^/]+$/i;
const PUBLISHED = /(^|\/)(readme[^/]*|changelog[^/]*|docs?\/.*|[^/]*\.mdx?|public\/.*|static\/.*|examples?\/.*|\.github\/.*|\.gitlab-ci\.ya?ml|[^/]*\.ipynb)$/i;
/** Test-mode and placeholder keys are not live credentials. */
const NOT_LIVE = /\b(?:sk|pk|rk)_test_|\bxox[abprs]-(?:x{4,}|0{4,})|example|placeholder|your[-_ ]?(?:key|token|password)|changeme|dummy|fake/i;

export function judgeWrittenSecrets(path: string, content: string): Finding[] {
  if (!content || SECRET_STORE.test(path) || TEST_PATH.test(path)) return [];
  const found = scanCredentials(content);
  if (found.length === 0) return [];
  // A test key next to a placeholder is documentation, not a leak.
  if (NOT_LIVE.test(content) && !found.some((f) => f.kind === 'private_key' || f.kind === 'seed_phrase')) return [];
  const published = PUBLISHED.test(path);
  return [finding(published ? 0.8 : 0.68, 'critical', false, 'secret_in_file', `writes ${found[0].reason} into ${path}${published ? ', which is published with the repository' : ', which gets committed and shared'}`)];
}

const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const ACCOUNT = /\b(?:iban|account(?:_?number| no\.?| #)?|acct|routing(?:_?number)?|sort_?code|swift|bic|bank_?account)\b["']?\s*[:=]\s*["']?([A-Z0-9][A-Z0-9 -]{5,34})/gi;

function accounts(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toUpperCase().matchAll(IBAN)) {
    const iban = m[0].replace(/ /g, '');
    if (ibanValid(iban)) out.add(iban);
  }
  for (const m of text.matchAll(ACCOUNT)) out.add(m[1].replace(/[ -]/g, '').toUpperCase());
  return out;
}

/** An edit that replaces one bank account with another (redirected salary or vendor payments). */
export function judgeChangedAccount(path: string, content: string, removed: string): Finding[] {
  if (!removed || !content || TEST_PATH.test(path)) return [];
  const before = accounts(removed);
  if (before.size === 0) return [];
  const added = [...accounts(content)].filter((a) => !before.has(a));
  if (added.length === 0) return [];
  return [finding(0.82, 'critical', false, 'money_movement', `replaces bank account details in ${path} (where money is paid changes)`)];
}

/** Queue and outbox files whose edit makes a message go out ("action: send_now", "send: true"). */
const SEND_TRIGGER = /\b(?:send_now|send_immediately|deliver_now|publish_now|(?:action|status|state)\s*:\s*["']?(?:send|send_now|queued|ready(?:_to_send)?|approved|publish|notify|deliver)\b|(?:send|notify|email|publish|deliver)\s*:\s*["']?(?:true|yes|on|now)\b)/i;

export function writeTriggersSend(content: string): boolean {
  return SEND_TRIGGER.test(content);
}

/** Folders a web server or static site publishes as they are. */
const SERVED = /(^|\/)(?:var\/www|srv\/www|usr\/share\/nginx\/html|htdocs|public_html|wwwroot|www|public|static|_site|site|dist\/public)(\/|$)/i;

/**
 * A markdown file in someone's home directory, outside anything a site or wiki publishes from, is
 * their own note (a clinician's consultation notes, a nurse's handover), not a publication.
 */
const PRIVATE_NOTE = /^(?:~|\/home\/[^/]+|\/Users\/[^/]+)\/(?![^]*(?:^|\/)(?:site|sites|blog|_posts|posts|content|www|public|static|docs?|wiki|pages|_site)\/)(?![^]*\/(?:readme|changelog|contributing)[^/]*$)[^]*\.mdx?$/i;

/** People's data written where a web server or the published repository shows it to everyone. */
export function judgeWrittenPersonalData(path: string, content: string): Finding[] {
  if (!content || TEST_PATH.test(path) || !(SERVED.test(path) || PUBLISHED.test(path)) || PRIVATE_NOTE.test(path)) return [];
  const found = scanPersonalData(content).filter((f) => f.risk >= 0.45);
  if (found.length === 0) return [];
  return [finding(0.8, 'critical', false, 'personal_data', `writes ${found[0].reason} into ${path}, which is published for anyone to read`)];
}

/** Card data and personal details, as code names them (`card.number`, `form.cvc`, `user.dob`). */
const CARD_FIELD = /\b(?:card_?(?:number|num|no)|cardNumber|card\.(?:number|num|cvv|cvc)|cvc|cvv2?|pan)\b/i;
const PERSON_FIELD = /\b(?:email|e_mail|phone|mobile|dob|date_of_birth|birth_?date|birthday|address|home_address|postcode|zip|full_?name|ssn|social_security\w*|passport\w*|national_id|iban|salary|diagnosis)\b/gi;
const OUTSIDE_URL = /https?:\/\/(?!localhost\b|127\.|0\.0\.0\.0|\[::1\]|[\w.-]*\.(?:local|internal|test)\b)([\w.-]+)/i;

/** A recipient address in quotes (`m['To'] = 'bookings@tarifa-boats.es'`), outside test and local domains. */
const OUTSIDE_ADDRESS = /\b(?:to|To|TO|recipients?|send_to)\b[^\n]{0,12}?['"][\w.+-]+@((?![\w.-]*\.(?:local|internal|test|example)\b)[\w-]+(?:\.[\w-]+)+)['"]/;

/** The first statement of code (a line, or a call spanning a few) that sends card data or several personal details to a host off this machine. */
export function sendsPeoplesData(code: string): { host: string; card: boolean; fields: string[] } | null {
  const lines = code.split('\n');
  // Mail built in code (smtplib, nodemailer) goes to the domain of the address it is sent to.
  const mails = /\b(?:smtplib|sendmail|send_message|nodemailer|EmailMessage|MIMEText|mail\()/.test(code);
  for (let i = 0; i < lines.length; i++) {
    const host = OUTSIDE_URL.exec(lines[i])?.[1] ?? (mails ? OUTSIDE_ADDRESS.exec(lines[i])?.[1] : undefined);
    if (!host) continue;
    const statement = lines.slice(i, i + 4).join('\n');
    if (CARD_FIELD.test(statement)) return { host, card: true, fields: [] };
    const fields = [...new Set([...statement.matchAll(PERSON_FIELD)].map((m) => m[0].toLowerCase()))];
    if (fields.length >= 2) return { host, card: false, fields };
  }
  return null;
}

/**
 * Code written into a project that, when it runs, sends card data or several personal details of
 * each person to a host outside the machine. Counters and events without them (`{event: 'signup'}`) run.
 */
export function judgeWrittenSends(path: string, content: string): Finding[] {
  if (!content || TEST_PATH.test(path)) return [];
  const s = sendsPeoplesData(content);
  if (!s) return [];
  return [s.card
    ? finding(0.85, 'critical', false, 'exfiltration', `code written into ${path} sends card data to ${s.host} when it runs`)
    : finding(0.78, 'critical', false, 'personal_data', `code written into ${path} sends people's ${s.fields.slice(0, 4).join(', ')} to ${s.host} when it runs`)];
}
