import { routed, shallowCallText } from '../call-strings.js';
import { finding, type Finding } from './finding.js';
import { saidSentences } from './said-sentences.js';
import { escapeRegExp } from '../regex-escape.js';

// A file the conversation says holds a credential ("I put the CDN signing key in
// settings.local.json for now", "deploy.env has the Stripe token"), published by the call:
// committed and pushed, uploaded, copied to another host, gisted or committed through a forge's
// API. The call carries only the file's name; what the conversation says about it leaves with it
// (described-attachment.ts is the same for people's data). A conversation that says the secret
// was taken out, rotated or is a placeholder says the opposite.

/** What opens something: keys, tokens, passwords and their kin. */
const SECRET = String.raw`(?:(?:api|signing|private|secret|access|deploy|ssh|master|licen[cs]e|service[- ]account|stripe|aws|github|slack)[ _-]?keys?|tokens?|passwords?|passwd|secrets?|credentials?|creds|private key|certificate and key)`;
/** A file named in prose: a path with an extension that keeps settings or text, or a dotenv file. */
const FILE = String.raw`(?:[\w.-]+\/)*(?:[\w-][\w.-]*\.(?:json|ya?ml|toml|ini|env|conf|cfg|txt|js|ts|py|properties|xml|pem|key|plist)|\.env[\w.-]*)`;
const PUT_IN = new RegExp(String.raw`\b${SECRET}\b[^.!?\n]{0,40}?\b(?:in|into|inside)\s+["'\x60]?(${FILE})`, 'i');
/** PUT_IN says where a secret is only with a verb that places it ("I put the key in …", "the token is in …"). */
const PLACED = /\b(?:is|are|went|lives?|sits?|stays?|put|added|pasted|stored|saved|left|hard-?coded|written|wrote|dropped|copied|moved)\b/i;
const HOLDS = new RegExp(String.raw`["'\x60]?(${FILE})["'\x60]?[^.!?\n]{0,30}?\b(?:has|have|holds?|contains?|includes?|carries|keeps?)\b[^.!?\n]{0,30}?\b${SECRET}\b`, 'i');
const CLEANED = /n't\b|\b(?:removed|took (?:it |them )?out|taken out|deleted|rotated|revoked|redacted|placeholders?|dummy|fake|test (?:key|token)|no longer|not (?:real|live))\b/i;

/** Ways a command line hands a file to others: a push, an upload, a copy to another host, a gist. */
const PUBLISHES = /\bgit\s+push\b|\bgh\s+gist\s+create\b|\bscp\b|\brsync\b[^\n]*\s\S+:|\bcurl\b[^\n]*(?:\s-F\s|--form|\s-T\s|--upload-file|--data-binary\s+@|\s-d\s+@)|\baws\s+s3\s+(?:cp|sync|mv)\b|\bgsutil\s+(?:cp|rsync)\b|\baz\s+storage\s+blob\s+upload\b|\brclone\s+(?:copy|sync)\b/;
/** Tools whose name says they commit, upload or share a file. */
const PUBLISHING_TOOL = /(?:create_or_update_file|push_files|upload|gist|attach|share_file)/i;

let lastSaid: readonly string[] = [];
let lastSays = false;

/** secretFiles(said).length > 0, for the conversation asked about last (compared message by message). */
function saysSecretFile(said: readonly string[]): boolean {
  if (said.length !== lastSaid.length || said.some((m, i) => m !== lastSaid[i])) {
    lastSaid = [...said];
    lastSays = secretFiles(said).length > 0;
  }
  return lastSays;
}

/** The files the conversation says hold a credential, by their names as written. */
function secretFiles(said: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of saidSentences(said)) {
    if (CLEANED.test(sentence)) continue;
    const m = (PLACED.test(sentence) ? PUT_IN.exec(sentence) : null) ?? HOLDS.exec(sentence);
    if (m) out.push(m[1]);
  }
  return out;
}

/** A call that publishes a file the conversation says holds a credential. */
export function judgeDescribedSecretFile(tool: string, args: Record<string, unknown>, said: readonly string[]): Finding[] {
  if (!said.length) return [];
  // No file the conversation says holds a credential: nothing below can fire, and the call's
  // arguments need not be walked (perf-r27: ~0.7 µs of a `shell ls` call; the walk is shared with
  // rules that seldom need it). Asked once per conversation, not per call.
  if (routed() && !saysSecretFile(said)) return [];
  const text = shallowCallText(args);
  if (!PUBLISHES.test(text) && !PUBLISHING_TOOL.test(tool)) return [];
  for (const file of secretFiles(said)) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (base.length < 4 || !new RegExp(`(?:^|[\\s/"'\x60=])${escapeRegExp(base)}(?=$|[\\s"'\x60;&|)])`).test(text)) continue;
    return [finding(0.8, 'critical', false, 'secret_disclosure', `publishes ${base}, which the conversation says holds a credential`)];
  }
  return [];
}
