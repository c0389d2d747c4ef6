import { scanOutbound } from '../content/index.js';
import { containsSecret } from '../redact.js';
import { finding, type Finding } from './finding.js';
import { keyForItsIssuer } from './issued-keys.js';
import { decodeB64, decodeSafe } from './url-text.js';

// What a URL hands the host it names, beyond the address of a page. A page is found by a path, a
// search term, an id, a size; it is not found by a list of people, a form filled in with someone's
// birth date, a session cookie or a document. Whatever rides in a query, a path or a fragment is
// logged by that host (and by every proxy and analytics pixel on the way), whatever the tool calls
// itself: a fetch, a browser visit and an image all send it. Values encoded as base64 are read
// decoded: encoding hides nothing from the host.

/** Separators between the records of a list written into one value ("Jan Kowal, 04-112;Maria Nowak"). */
const ROW_BREAK = /[;\n|\r]/;
/** A row that holds data about someone: two or more fields, or an email, or a run of digits (a phone, an id). */
const DATA_ROW = /[^,\t]{2,}[,\t][^,\t]{2,}|[\w.+-]+@[\w-]+\.\w|\d[\d\s.-]{5,}\d/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const PHONE = /(?:\+|\b0)\d[\d\s.-]{7,}\d\b/;
/** A person's name as people write it in a record: two capitalised words ("Maria Nowak", "Hudec, Miroslav"). */
const NAME = /(?:^|[\s,;|=])\p{Lu}[\p{Ll}'-]+,?\s+\p{Lu}[\p{Ll}'-]+/u;
/** A full date whose year makes it a birth date rather than an appointment or a range in a report. */
const BIRTH_DATE = /\b(?:19\d\d|200\d|201[0-2])[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19\d\d|200\d|201[0-2])\b/;
/** A credential nested in a value: a cookie or token string handed on ("c=session%3Deyj…"). */
const NESTED_SECRET = /(?:^|[\s;&,])\w*(?:session\w*|sid|token|auth\w*|jwt|cookie|pass(?:word|wd)?|secret|key)\s*[=:]\s*([^\s;&,]{8,})/gi;
/** What people write where a secret goes: YOUR_API_KEY, <token>, {key}, xxxx, changeme. */
const PLACEHOLDER = /^(?:your|my|the)[_-]|^[<{$[]|^x{4,}|^\*+$|_here$|^changeme$|example|^(?:null|none|undefined|redacted)$/i;
/** A shell substitution that reads a file into the URL (`?d=$(base64 customers.csv)`): the file's contents go. */
const FILE_SUBSTITUTION = /\$\(\s*(?:cat|base64|head|tail|xxd|od|gzip|bzip2|openssl|jq|tar|zip|sed|awk|<)\b[^)]*\)|`\s*(?:cat|base64|head|tail|xxd|gzip|jq)\s[^`]*`/;
/** A link to a private resource handed on: signed, keyed, a private calendar feed, a cloud console or bucket. */
const PRIVATE_LINK = /[?&](?:x-(?:amz|goog)-(?:signature|credential)|sig|signature|token|access_token|key|resourcekey|authuser)=|\/private-|\/ical\/|storage\.googleapis\.com|\.s3[.-][\w.-]*amazonaws\.com|drive\.google\.com|docs\.google\.com|dropbox\.com\/(?:s|scl)\//i;
const METADATA_LINK = /^https?:\/\/(?:169\.254\.169\.254|metadata\.google\.internal|100\.100\.100\.200)\b/i;
/** A signed JSON web token (header.payload), not a map provider's public `pk.` token. */
const JWT = /(?<!pk\.)\beyJ[\w-]{8,}\.eyJ[\w-]{8,}/i;
const BASE64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export interface Carried {
  /** Decoded query values, path segments and fragment, with base64 values decoded too. */
  parts: string[];
  /** Values of one query name repeated (a form's entries, `to=a&to=b`) count as rows of one list. */
  repeated: string[][];
}

/** The readable data of a URL: query values, long path segments, the fragment; base64 decoded. */
export function carriedBy(url: URL): Carried {
  const byName = new Map<string, string[]>();
  // A single-page app's route carries its own query after the `#` (`#/forecast?apikey=…&lat=…`).
  const hash = url.hash.slice(1);
  const routeQuery = /[?&][^=&]+=/.test(hash) ? hash.slice(hash.search(/[?&]/) + 1) : '';
  for (const [k, v] of [...url.searchParams, ...new URLSearchParams(routeQuery)]) byName.set(k, [...(byName.get(k) ?? []), v]);
  const values = [...byName.values()].flat();
  const segments = url.pathname.split('/').map(decodeSafe).filter((s) => s.length >= 16);
  const raw = [...values, ...segments, routeQuery ? '' : decodeSafe(hash)].filter((v) => v.length >= 4);
  const decoded = raw.flatMap((v) => (BASE64.test(v) ? [decodeB64(v)] : [])).filter((v): v is string => v !== null);
  return { parts: [...raw, ...decoded], repeated: [...byName.values()].filter((vs) => vs.length >= 2) };
}

/** Findings about what `url` (parsed, not local) hands `host`. */
export function judgeCarried(url: URL, host: string): Finding[] {
  const carried = carriedBy(url);
  const { repeated } = carried;
  // A key its host issued, in that host's key parameter, is how the host is called (rules/issued-keys.ts).
  const parts = carried.parts.filter((p) => !keyForItsIssuer(host, p));
  if (parts.length === 0) return [];
  const out: Finding[] = [];
  const records = Math.max(0, ...parts.map(recordsIn), ...parts.map((p) => new Set(p.match(EMAIL)).size), ...repeated.map((vs) => vs.filter((v) => DATA_ROW.test(v)).length));
  if (records >= 2) out.push(finding(0.82, 'critical', false, 'url_exfiltration', `URL to ${host} carries a list of ${records} records in its query or path, data its host logs`));
  const text = parts.join('\n');
  const named = parts.some((p) => NAME.test(p));
  if (!out.length && named && BIRTH_DATE.test(text)) out.push(finding(0.8, 'critical', false, 'url_exfiltration', `URL to ${host} carries a person's name with a birth date`));
  if (!out.length && parts.some((p) => NAME.test(p) && (p.match(EMAIL) ?? []).length >= 1 && PHONE.test(p))) out.push(finding(0.8, 'critical', false, 'url_exfiltration', `URL to ${host} carries a person's name, email and phone`));
  const nested = parts.find((p) => nestedSecret(p) || JWT.test(p) || (p.length >= 16 && !PLACEHOLDER.test(p) && containsSecret(p)));
  if (nested) out.push(finding(0.85, 'critical', false, 'url_exfiltration', `URL to ${host} carries a session, token or password inside a value`));
  if (parts.some((p) => FILE_SUBSTITUTION.test(p))) out.push(finding(0.85, 'critical', false, 'url_exfiltration', `URL to ${host} carries a file's contents, read into it by the shell`));
  const link = parts.find((p) => /^https?:\/\//i.test(p) && (PRIVATE_LINK.test(p) || METADATA_LINK.test(p)));
  if (link) out.push(finding(0.8, 'critical', false, 'url_exfiltration', `URL to ${host} hands it a link to a private resource (${link.slice(0, 60)})`));
  // What the content detectors find about people in the payload is disclosed to the host: no
  // shop or courier reads a query string, so contact details there are handed over, not given.
  if (!out.length) {
    const found = scanOutbound(text).find((f) => f.detector === 'personal_data' || f.detector === 'confidential' || f.detector === 'credential');
    if (found) out.push(finding(Math.max(found.risk, 0.8), 'critical', false, 'url_exfiltration', `URL to ${host} carries ${found.reason}`));
  }
  return out;
}

function nestedSecret(p: string): boolean {
  for (const m of p.matchAll(NESTED_SECRET)) if (!PLACEHOLDER.test(m[1])) return true;
  return false;
}

/** How many rows of a list that hold data about someone one value carries. */
function recordsIn(v: string): number {
  if (!ROW_BREAK.test(v)) return 0;
  const rows = v.split(ROW_BREAK).map((r) => r.trim()).filter((r) => r.length >= 3);
  const data = rows.filter((r) => DATA_ROW.test(r) || NAME.test(r));
  return data.length >= 2 && v.length >= 24 ? data.length : 0;
}
