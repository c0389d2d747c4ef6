import { PUBLISHABLE_KEY } from '../content/credentials.js';
import { CONFIDENTIAL_FILE, PERSONAL_DATA_FILE } from '../file-names.js';
import { containsSecret } from '../redact.js';
import { finding, type Finding } from './finding.js';
import { encodedHostData, rawHostOf } from './host-labels.js';
import { keyForItsIssuer } from './issued-keys.js';
import { judgeCarried } from './url-carried.js';
import { decodeB64, decodeSafe } from './url-text.js';

// URLs an agent fetches or opens. What matters: a secret riding along to a host that should not
// see it (query string, path, user-info, an encoded blob), cloud metadata endpoints (instance
// credentials), and the gateway's own approval and firewall admin endpoints.

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0|[\w-]+\.local|[\w-]+\.internal|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|host\.docker\.internal)$/i;
const METADATA = /^(169\.254\.169\.254|metadata\.google\.internal|metadata|100\.100\.100\.200|fd00:ec2::254)(\.|$)|(^|\.)169\.254\.169\.254\./i;
const COLLECTOR = /(webhook\.site|requestbin|requestcatcher|pipedream|hookbin|beeceptor|mockbin|postb\.in|ptsv[23]|ngrok|localtunnel|loca\.lt|serveo|trycloudflare\.com|oast|interact\.sh|burpcollaborator|canarytokens|pastebin|paste\.|pastes?\.\w+$|pastie|hastebin|ghostbin|dpaste|rentry\.|privatebin|controlc\.com|justpaste|sharetext|transfer\.sh|0x0\.st|ptpb|termbin|ix\.io|sprunge|tmpfiles\.org|file\.io|bashupload|catbox\.moe|litterbox|gofile\.io|keep\.sh|oshi\.at|temp\.sh|filebin\.net|uguu\.se|anonfiles|fileshare-anon|collector|exfil|\.ru$|\.xyz$|\.top$|\.tk$)/i;
/** Hosts that take anonymous pastes, file drops or capture requests: whatever reaches them is public or someone else's. */
export const COLLECTOR_HOST = COLLECTOR;

/** Markers of a payload made up to test an integration: `"test": true`, a ping, test record ids (`"test_123"`), example.com addresses. */
export const DUMMY_PAYLOAD = /["']?(?:test|dummy|fake|sample)["']?\s*:\s*(?:true|["'])|["']?event["']?\s*:\s*["'](?:ping|test)|:\s*["']test[_-][\w-]*["']|@example\.(?:com|org)\b|\b(?:dummy|fake|sample|hello world)\b/i;

/** A URL to this machine or a private network. */
export function isLocalUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return !!url && LOCAL_HOST.test(url.hostname.replace(/^\[|\]$/g, ''));
}

// A call's URLs are parsed by several rules in turn (judgeUrl, urlPayload, the unknown-tool
// profile): the last string's parse is kept. Nothing mutates the URL object.
let lastRaw: string | undefined;
let lastUrl: URL | null = null;

/** `new URL(raw.trim())`, or null where that throws. */
function parseUrl(raw: string): URL | null {
  if (raw !== lastRaw) {
    lastRaw = raw;
    try {
      lastUrl = new URL(raw.trim());
    } catch {
      lastUrl = null;
    }
  }
  return lastUrl;
}

/** The query's name/value pairs, read once (an empty query builds no URLSearchParams). */
function queryOf(url: URL): Array<[string, string]> {
  return url.search ? [...url.searchParams] : [];
}

/** The query's values with `+` kept: form decoding reads it as a space, which breaks base64 (`PHRh…U2Fy+…`). */
function rawQueryValues(url: URL): string[] {
  return url.search ? url.search.slice(1).split('&').map((pair) => decodeSafe(pair.slice(pair.indexOf('=') + 1))) : [];
}

/** A base64 blob's shape: 40+ characters of mixed case and digits. */
const blobShaped = (v: string): boolean => /^[A-Za-z0-9+/_=-]{40,}$/.test(v) && /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v);

/** A base64 blob's text, when it decodes to text. */
const blobText = (v: string): string | null => (blobShaped(v) ? decodeB64(v) : null);
const SECRET_PARAM = /(^|[_-])(token|access[_-]?token|api[_-]?key|apikey|key|secret|client[_-]?secret|password|passwd|pwd|pass|auth|authorization|session|sessionid|sid|credential|credentials|private[_-]?key|cookie|jwt|bearer|aws[_-]?secret)($|[_-])/i;
const PLACEHOLDER = /^(x+|\*+|<[^>]*>|\{[^}]*\}|your[_-]?\w*|redacted|null|undefined|none|test|demo|example|changeme|\.\.\.)$/i;
const ADMIN_PATH = /\/v1\/approvals\/[^/]+\/(approve|deny|answer)|\/v1\/approvals\/rules|\/v1\/firewall\/(rules|config|mode|settings|policy)|\/v1\/admin\b|\/api\/admin\b|\/admin\/(settings|config|firewall|approvals|users|keys|policy)/i;
/** Query parameters that name things rather than prove who is asking. */
const PUBLIC_PARAM = /^(?:client_id|clientid|app_?id|id|\w+_id|state|nonce|code_challenge\w*|redirect_uri|response_type|scope|utm_\w+|ref|v|version|page|sort|q|query|lang|locale|format|tag|ver)$/i;

/** Presigned-link parameters: the signature is for that host, by design. */
const SIGNED_LINK_PARAM = /^(x-amz-(signature|credential|security-token)|x-goog-(signature|credential)|sig|se|sp|sv|st|sr|skoid|sktid|skt|ske|sks|skv)$/i;

export interface UrlVerdict {
  findings: Finding[];
  host: string | null;
  local: boolean;
}

/** Webhook URLs whose secret is their path: whoever holds the URL can post as the team. */
const SECRET_WEBHOOK = /hooks\.slack\.com\/(?:services|workflows|triggers)\/[\w/-]{20,}|discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]{20,}|\.webhook\.office\.com\/webhookb2\/\S{20,}|outlook\.office\.com\/webhook\/\S{20,}/i;
/** A one-time account link (a password reset, a magic sign-in, an invitation) and its token. */
const ACCOUNT_LINK = /\b(?:reset|recover\w*|verify|verification|magic|invite|invitation|activate|activation|confirm\w*|sign-?in|login)\b[\w/-]*?[/?=&](?:[\w-]+=)?[A-Za-z0-9_-]{16,}/i;
/** `user:password@host` written without a scheme (a connection string pasted into a path). */
const BARE_CREDENTIALS = /^[\w.-]+:([^\s/@]{4,})@[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:\/|$)/;

/** What a URL handed to another service as a value carries: that service fetches or stores all of it. */
function forwardedSecret(raw: string): { risk: number; what: string } | null {
  if (SECRET_WEBHOOK.test(raw)) return { risk: 0.9, what: 'a webhook URL whose path is its secret' };
  if (urlPassword(raw)) return { risk: 0.92, what: 'a password in the user-info part of a URL' };
  if (ACCOUNT_LINK.test(raw)) return { risk: 0.85, what: 'a one-time account link (reset, sign-in or invitation) with its token' };
  const url = parseUrl(raw);
  if (!url) return null;
  for (const [k, v] of queryOf(url)) {
    const what = secretValue(k, v, false, false);
    if (what) return what;
  }
  return null;
}

/** URLs another URL hands on: whole URLs as query values or in its path (`r.jina.ai/https://…`, `check/https%3A%2F%2F…`). */
function forwardedUrls(url: URL, query: ReadonlyArray<[string, string]>): string[] {
  const inPath = decodeSafe(url.pathname + url.search).match(/https?:\/\/\S+/gi) ?? [];
  return [...query.map(([, v]) => v).filter((v) => /^https?:\/\//i.test(v)), ...inPath];
}

/** `method` is GET for plain fetches; undefined when the caller may send data. */
export function judgeUrl(raw: string, method?: string): UrlVerdict {
  const findings: Finding[] = [];
  const url = parseUrl(raw);
  if (!url) return { findings, host: null, local: false };
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const local = LOCAL_HOST.test(host) && !METADATA.test(host);
  if (ADMIN_PATH.test(url.pathname)) {
    if (method === 'GET' && !/\/(approve|deny|answer)$/.test(url.pathname)) findings.push(finding(0.15, 'read_only', true, 'safety_tampering', `${url.origin}${url.pathname} reads the firewall's admin API`));
    else findings.push(finding(0.9, 'critical', false, 'safety_tampering', `${url.origin}${url.pathname} is an approval or firewall admin endpoint: the agent would be answering or changing its own gate`));
  }
  if (METADATA.test(host)) findings.push(finding(0.85, 'critical', false, 'secret_read', `${host} is a cloud metadata endpoint (instance credentials)`));
  if (local) return { findings, host, local };
  const collector = COLLECTOR.test(host);
  if (url.password || (url.username && containsSecret(`${url.protocol}//${url.username}:x@${host}`))) {
    findings.push(finding(0.85, 'critical', false, 'url_exfiltration', `URL to ${host} carries credentials in its user-info part`));
  }
  const encodedHost = encodedHostData(rawHostOf(raw));
  if (encodedHost) findings.push(finding(encodedHost.risk, 'critical', false, 'url_exfiltration', `URL to ${host} carries ${encodedHost.what}`));
  const apiHost = /^api[.-]|\.googleapis\.com$|(^|\.)(github|gitlab|openai|anthropic|slack|stripe)\.com$/.test(host) && !collector;
  const query = queryOf(url);
  const values = query.map(([, v]) => v);
  for (const [k, v] of query) {
    const what = !collector && keyForItsIssuer(host, v, k) ? null : secretValue(k, v, apiHost, collector);
    if (what) findings.push(finding(what.risk, 'critical', false, 'url_exfiltration', `URL to ${host} carries ${what.what} in query parameter "${k}"`));
    if (/^https?:\/\//.test(v) && !findings.length) findings.push(finding(0.5, 'external', false, 'url_exfiltration', `URL to ${host} forwards to another host (${v.slice(0, 60)})`));
  }
  // A screenshot, proxy, preview or link-check service given a whole URL fetches or keeps it, keys included.
  const forwarded = forwardedUrls(url, query).map(forwardedSecret).find((x) => x);
  if (forwarded) findings.push(finding(forwarded.risk, 'critical', false, 'url_exfiltration', `URL to ${host} carries ${forwarded.what} inside the URL it hands on`));
  const personal = personalParams(query);
  if (personal) findings.push(finding(0.8, 'critical', false, 'url_exfiltration', `URL to ${host} carries personal data in its query (${personal})`));
  // A paste or request-capture service reached with content in the query publishes that content,
  // whatever the method (pastebin's api_post.php, a GET "ping" with the data in the URL).
  if (collector && !findings.some((f) => f.risk >= 0.8)) {
    const carried = values.filter((v) => v.length >= 40 && /\s|,|\n/.test(v));
    if (carried.length) findings.push(finding(0.82, 'critical', false, 'url_exfiltration', `URL to ${host} publishes text carried in its query (${carried[0].length} chars)`));
  }
  // A message API's send method with a file reference hands that file to whoever is in the chat.
  const sendsFile = /\/bot[^/]+\/send(?:document|photo|video|audio|mediagroup)$/i.test(url.pathname) || /\/(?:files\.upload|chat\.postmessage)$/i.test(url.pathname);
  if (sendsFile) {
    const file = values.find((v) => PERSONAL_DATA_FILE.test(v) || CONFIDENTIAL_FILE.test(v));
    if (file) findings.push(finding(0.8, 'critical', false, 'url_exfiltration', `URL to ${host} sends ${file.slice(0, 80)}, which by its name holds people's data or confidential material, into a chat`));
  }
  const segments = url.pathname.split('/').map(decodeSafe);
  if (segments.some((seg) => BARE_CREDENTIALS.test(seg))) findings.push(finding(0.92, 'critical', false, 'url_exfiltration', `URL to ${host} carries a user name and password (user:password@host) in its path`));
  if (segments.some((seg) => seg.length >= 16 && containsSecret(seg))) findings.push(finding(0.9, 'critical', false, 'url_exfiltration', `URL to ${host} carries what looks like a credential in its path`));
  const blob = [...values, ...rawQueryValues(url), ...segments.map((seg) => seg.replace(/\.(?:png|gif|jpe?g|svg|webp|ico|css|js|json|txt|html?)$/i, ''))].find(blobShaped);
  if (blob && !findings.some((f) => f.risk >= 0.85)) {
    const decoded = decodeB64(blob);
    if (decoded && (containsSecret(decoded) || /(SECRET|TOKEN|PASSWORD|API_KEY|PRIVATE KEY|AKIA)/i.test(decoded))) {
      findings.push(finding(0.92, 'critical', false, 'url_exfiltration', `URL to ${host} carries a base64-encoded secret`));
    } else if (blob.length >= 80 || collector) {
      findings.push(finding(collector ? 0.75 : 0.62, 'external', false, 'url_exfiltration', `URL to ${host} carries a long encoded blob (${blob.length} chars), a common way to smuggle data out`));
    }
  }
  // Lists of people, sessions inside values, files read in, private links (rules/url-carried.ts).
  if (!personal) findings.push(...judgeCarried(url, host));
  return { findings, host, local };
}

function secretValue(k: string, v: string, apiHost: boolean, collector: boolean): { risk: number; what: string } | null {
  const value = v.trim();
  if (/^\$\{?[A-Z][A-Z0-9_]*(TOKEN|KEY|SECRET|PASSWORD|PASS)\}?$/.test(value)) {
    // `appid=$OWM_KEY` to the API's own host is how such APIs authenticate.
    return apiHost ? null : { risk: collector ? 0.92 : 0.7, what: `the environment variable ${value}` };
  }
  if (!value || PLACEHOLDER.test(value) || /^\$\{?\w+\}?$/.test(value) || PUBLISHABLE_KEY.test(value)) return null;
  if (containsSecret(value) || (SECRET_PARAM.test(k) && containsSecret(`${k}=${value}`) && value.length >= 12)) return { risk: 0.92, what: 'what looks like a credential' };
  // `env=REDIS_URL=redis://:p4ss@cache-01:6379`: a connection URL with a password, the user name left empty or not.
  if (urlPassword(value)) return { risk: 0.92, what: 'a connection URL with its password' };
  if (SIGNED_LINK_PARAM.test(k)) return null;
  if (SECRET_PARAM.test(k) && value.length >= 8 && !/^(true|false|\d{1,6})$/i.test(value)) return apiHost ? null : { risk: 0.75, what: 'a secret-named value' };
  // Identifiers and OAuth parameters are public by design, however random they look.
  if (PUBLIC_PARAM.test(k)) return null;
  if (value.length >= 8 && value.length <= 64 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value) && /[^A-Za-z0-9]/.test(value) && !/[\s/]/.test(value)) {
    return { risk: 0.75, what: 'what looks like a password' };
  }
  return null;
}

/** A URL with a password in its user-info part (`scheme://user:pass@host`, `redis://:pass@host`). */
const PASSWORD_IN_URL = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@]*:([^\s/@]{3,})@[\w.-]+/i;

/** A real password in a URL's user-info part: not a placeholder, not a `$VARIABLE`. */
function urlPassword(text: string): boolean {
  const pass = PASSWORD_IN_URL.exec(text)?.[1];
  return !!pass && !PLACEHOLDER.test(pass) && !/^\$/.test(pass);
}

/** Query names for what identifies a person, and for what is sensitive about them (in several languages). */
const IDENTIFYING_PARAM = /^(?:em|ph|fn|ln|name|full_?name|first_?name|last_?name|surname|vorname|nachname|nom|prenom|nombre|apellidos?|cognome|email|e_?mail|e|mail|phone|tel|mobile|msisdn|telefon\w*|telefono)$/i;
const SENSITIVE_PARAM = /^(?:dob|birth\w*|date_?of_?birth|geburt\w*|nacimiento|naissance|nascita|ssn\w*|sin|passport\w*|pass_?no|national_?id|id_?number|tax_?id|steuer_?id|nif|dni|cpf|imsi|iccid|imei|diagnos\w*|condition|medical\w*|health\w*|card_?\w*|cc_?\w*|cvv|cvc|iban|account_?(?:no|number)|salary|income|visa|nationality|immigration\w*|children|kids|kinder|enfants|addr\w*|address\w*|street|adresse|direccion|indirizzo|postcode|zip)$/i;

/** The names of personal-data parameters when a query carries a sensitive detail about someone identified. */
function personalParams(params: ReadonlyArray<[string, string]>): string | null {
  const sensitive: string[] = [];
  const identifying: string[] = [];
  for (const [k, v] of params) {
    if (!v.trim() || PLACEHOLDER.test(v.trim())) continue;
    // A list of people's addresses in one value (`list=a@x,b@y,c@z`) is a mailing list handed over.
    if ((v.match(EMAIL_ADDRESS) ?? []).length >= 3) return `${k}: several people's email addresses`;
    // Ad pixels' matching keys (`em`, `ph`, `fn`) are meant to carry SHA-256 hashes; a plain value is the person's own.
    if (AD_MATCH_PARAM.test(k) && /^[0-9a-f]{64}$/i.test(v.trim())) continue;
    if (SENSITIVE_PARAM.test(k)) sensitive.push(k);
    else if (IDENTIFYING_PARAM.test(k)) identifying.push(k);
  }
  // An email address and a phone number together are how to reach one person: their contact details.
  const contact = identifying.some((k) => EMAIL_PARAM.test(k)) && identifying.some((k) => PHONE_PARAM.test(k));
  return sensitive.length >= 2 || (sensitive.length >= 1 && identifying.length >= 1) || contact ? [...sensitive, ...identifying].slice(0, 4).join(', ') : null;
}

const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const EMAIL_PARAM = /^(?:email|e_?mail|e|mail|em)$/i;
const PHONE_PARAM = /^(?:phone|tel|mobile|msisdn|telefon\w*|telefono|ph)$/i;
/** The customer-matching keys of advertising pixels and conversion APIs (Meta's `em`, `ph`, `fn`, `ln`, `zp`…). */
const AD_MATCH_PARAM = /^(?:em|ph|fn|ln|zp|ct|st|db|ge|country|external_id)$/i;

/** The data a URL carries out (query values, fragment), for the outbound content detectors. */
export function urlPayload(raw: string): string {
  const url = parseUrl(raw);
  if (!url || LOCAL_HOST.test(url.hostname)) return '';
  // Path segments carry data too (/u/524-71-3398, /t/Patient%20Rosa%20Klein): the readable ones with digits or spaces.
  const path = url.pathname.split('/').map(decodeSafe).filter((seg) => seg.length >= 8 && /[\d ]/.test(seg) && !/^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-f]{16,}$/i.test(seg));
  // Each value with its name ("dob: 1991-04-02"): the name says what a bare value is.
  // A key its issuer reads there is how the request authenticates, not what it carries out.
  const host = url.hostname.toLowerCase();
  const issuer = (k: string, v: string) => !COLLECTOR.test(host) && keyForItsIssuer(host, v, k);
  const query = queryOf(url).filter(([k, v]) => v.length >= 4 && !issuer(k, v)).map(([k, v]) => `${k}: ${v}`);
  // A base64 value carries its decoded text (an HTML table of names and IBANs sent to a converter).
  const decoded = rawQueryValues(url).map(blobText).filter((t): t is string => t !== null);
  return [...query, ...path, decodeSafe(url.hash.slice(1)), ...decoded].filter((v) => v.length >= 4).join('\n');
}

/** Every http(s) URL in a string (commands, prompts, arguments). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>`)\]]+/g)].map((m) => m[0]);
}
