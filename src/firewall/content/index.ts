import { bound } from '../crisis/normalize.js';
import { scanAsksForCredentials } from './asks-for-credentials.js';
import { scanBroadcast } from './broadcast.js';
import { scanBulkExport } from './bulk-export.js';
import { scanConfidential } from './confidential.js';
import { scanCredentials } from './credentials.js';
import { scanFilesSent } from './files-sent.js';
import { scanMoney, scanPaymentCode } from './money.js';
import { scanPersonalData } from './personal-data.js';
import { aboutSelfOrReader, scanPersonRecord } from './person-record.js';
import { scanPrivateCircumstances } from './private-circumstances.js';
import { scanSomeonesDetails } from './someones-details.js';
import { mayHoldRecoveryPhrase } from './recovery-phrase.js';
import type { ContentFinding } from './types.js';
import { scanWhereabouts } from './whereabouts.js';

// Every content detector over text an agent is about to send. Long texts are scanned head + tail
// (see crisis/normalize.ts); a cheap test first skips text with no digit, no marker word and no
// secret-ish character, which is most chat.

export type { ContentFinding } from './types.js';
export { scanPaymentCode } from './money.js';

const WORTH_A_LOOK = /\d|confiden|internal|nda\b|distribut|privileg|proprietar|password|passwd|passcode|contrase|senha|passe|passwort|wachtwoord|пароль|パスワード|密码|密碼|비밀번호|secret|token|key|private|seed|recovery|bank|account|iban|wire|transfer|remit|vertraulich|riservat|社外秘|極秘|机密|機密|대외비|-----begin|:\/\/|マイナンバー|diagnos|medical|clinical|medication|health.?(?:notes?|history|info|condition)|chemo|bipolar|cancer|salary|address|@channel|@everyone|@here|@all|dear|hello|attention|let go|laid|clos|shut|reply|verify|confirm|respond|provide|\bcode|\bpins?\b|credential|c[oó]digo|arrears|caution|criminal|payslip|owes|custody|convict/i;

/**
 * What one call's scans read from a text, for the next scan of the same text in that call: a
 * command that sends is read by scanCode and again as the text the call carries, most often the
 * same string. Only what does not depend on the recipient is kept.
 */
export class ContentScans {
  text: string | null = null;
  hints = '';
  record: ContentFinding[] = [];
  worthALook = false;
  rest: ContentFinding[] | null = null;
}

/** `hints` (the user's request) may name what a short typed value is ("enter my SIN"). */
export function scanOutbound(text: string, recipient?: string, hints = '', scans = new ContentScans()): ContentFinding[] {
  if (!text) return [];
  const { text: t } = bound(text);
  if (scans.text !== t || scans.hints !== hints) {
    scans.text = t;
    scans.hints = hints;
    scans.record = scanPersonRecord(t);
    scans.worthALook = WORTH_A_LOOK.test(t) || mayHoldRecoveryPhrase(t);
    scans.rest = null;
  }
  const record = scans.record;
  if (!scans.worthALook && !recipient) return record;
  scans.rest ??= [...scanCredentials(t), ...withoutOwnDetails(t, [...scanPersonalData(t, hints, true), ...record]), ...scanMoney(t), ...scanConfidential(t), ...scanWhereabouts(t), ...scanAsksForCredentials(t), ...scanSomeonesDetails(t)];
  const rest = recipient && TO_SELF.test(recipient) ? scans.rest.filter((f) => !KEPT_FOR_SELF.has(f.kind)) : scans.rest;
  return [...rest, ...scanBroadcast(t, recipient), ...scanPrivateCircumstances(t, recipient)];
}

/** Kinds that describe a person rather than prove who they are (a checksummed id or a card always counts). */
const DESCRIPTIVE = new Set(['health', 'personal_record', 'contact_details', 'person_record']);

/**
 * The sender's own notes ("Note to Self", Telegram's Saved Messages, `telegram:me`, `email:me`): a
 * code, a passport number or a person's details kept there are handed to nobody (the dn1 set).
 * Credentials and card numbers still count: a chat app is not where a secret belongs.
 */
const TO_SELF = /^(?:[a-z]+:)?(?:note[-_ ]?to[-_ ]?self|saved[-_ ]?messages|self|me|myself)$/i;
const KEPT_FOR_SELF = new Set(['access_code', 'one_time_code', 'passport', 'national_id', 'people_list', ...DESCRIPTIVE]);

/** The writer's own details, or the reader's ("my name is…, date of birth…", "your review…"), are theirs to send. */
function withoutOwnDetails(text: string, found: ContentFinding[]): ContentFinding[] {
  return found.some((f) => DESCRIPTIVE.has(f.kind)) && aboutSelfOrReader(text) ? found.filter((f) => !DESCRIPTIVE.has(f.kind)) : found;
}

/** Code or a command that sends data somewhere: HTTP bodies, mail, issue comments, chat posts. */
const SENDS = /\bwget\b[^\n]*--(?:post|body)-(?:file|data)\b|\b(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b[^\n]*-(?:InFile|Body|Method\s+(?:Post|Put))\b|\baws\s+ses\s+send-(?:raw-)?email\b|\bmutt\b[^\n]*\s-a\s|\brequests\.(?:post|put|patch)\b|\bfetch\s*\(|\baxios\.(?:post|put|patch)\b|\bhttpx?\.(?:post|put|request)\b|\burllib\.request\b|\bsmtplib\b|\bsendmail\b|\b(?:mail|mailx|mutt|s-nail)\s+(?:-\w+\s+\S+\s+)*-s\b|\bcurl\b[^\n]*\s(?:-d|--data\S*|--json|-F|--form|-T|--upload-file)\b|\bgh\s+(?:issue|pr)\s+(?:comment|create)\b|\bgh\s+gist\s+create\b|\bosascript\b[^\n]*\bsend\b|\bslack\s+chat\b|\bwebhook/i;

/**
 * Code and shell commands: calls to money-moving APIs always; the outbound detectors too when
 * the code sends data somewhere (the shell analyzer judges everything else about the command).
 */
export function scanCode(text: string, scans = new ContentScans()): ContentFinding[] {
  if (!text) return [];
  const t = bound(text).text;
  const found = scanPaymentCode(t);
  const sends = SENDS.test(t);
  // A query of people's data piped to another machine is an export of them.
  if ((sends || SHIPS.test(t)) && ELSEWHERE.test(t)) found.push(...scanBulkExport(t), ...scanFilesSent(t));
  // Where a command posts (a webhook named for all staff, a channel in the URL) is its audience.
  return sends ? [...found, ...scanOutbound(t, t, '', scans)] : found;
}

/** Copies to cloud storage and remote machines. */
const SHIPS = /\baws\s+s3\s+(?:cp|mv|sync)\b|\bgsutil\s+(?:-m\s+)?(?:cp|mv|rsync)\b|\brclone\s+(?:copy|sync|move|rcat|copyto)\b|\bscp\b|\baz\s+storage\s+blob\s+upload|\bsftp\b/;
/** Somewhere other than this machine. */
const ELSEWHERE = /--to\s+["']?[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/(?!localhost\b|127\.|\[::1\]|0\.0\.0\.0)|\b(?:s3|gs|az):\/\/|\b[\w.-]+@[\w.-]+:|\brclone\b|\bsftp\b|\b(?:mail|mailx|mutt|sendmail)\b[^|\n]*\b[\w.+-]+@[\w-]+\.[\w.]+/;
