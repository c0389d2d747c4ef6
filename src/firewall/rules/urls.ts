import { containsSecret } from '../redact.js';
import { finding, type Finding } from './finding.js';

// URLs an agent fetches or opens. Two things matter: a secret riding along to a host that should
// not see it (query string, path, userinfo), and endpoints that change the firewall itself.

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0|[\w-]+\.local|[\w-]+\.internal|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|host\.docker\.internal)$/i;
const SECRET_PARAM = /(^|[_-])(token|access[_-]?token|api[_-]?key|apikey|key|secret|client[_-]?secret|password|passwd|pwd|pass|auth|authorization|session|sessionid|sid|credential|credentials|private[_-]?key|cookie|jwt|bearer|ssn|aws[_-]?secret)($|[_-])/i;
const PLACEHOLDER = /^(x+|\*+|<[^>]*>|\{[^}]*\}|your[_-]?\w*|redacted|null|undefined|none|test|demo|example|changeme|\.\.\.)$/i;
const ADMIN_PATH = /\/v1\/approvals\/[^/]+\/(approve|deny|answer)|\/v1\/approvals\/rules|\/v1\/firewall\/(rules|config|mode|settings)|\/v1\/admin\b|\/api\/admin\b|\/admin\/(settings|config|firewall|approvals|users|keys)/i;
/** Hosts whose own tokens routinely travel in URLs to them (presigned links, public API keys). */
const SIGNED_LINK_PARAM = /^(x-amz-(signature|credential|security-token)|x-goog-(signature|credential)|sig|se|sp|sv|st|sr|skoid|sktid|skt|ske|sks|skv)$/i;

export interface UrlVerdict {
  findings: Finding[];
  host: string | null;
  local: boolean;
}

export function judgeUrl(raw: string): UrlVerdict {
  const findings: Finding[] = [];
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { findings, host: null, local: false };
  }
  const host = url.hostname.toLowerCase();
  const local = LOCAL_HOST.test(host);
  if (ADMIN_PATH.test(url.pathname)) {
    findings.push(finding(0.9, 'critical', false, 'safety_tampering', `${url.origin}${url.pathname} is an approval or firewall admin endpoint: the agent would be answering or changing its own gate`));
  }
  if (url.password || (url.username && containsSecret(`${url.protocol}//${url.username}:x@${host}`))) {
    if (!local) findings.push(finding(0.85, 'critical', false, 'url_exfiltration', `URL to ${host} carries credentials in its user-info part`));
  }
  if (!local) {
    for (const [k, v] of url.searchParams) {
      const what = secretValue(k, v);
      if (what) findings.push(finding(0.9, 'critical', false, 'url_exfiltration', `URL to ${host} carries ${what} in query parameter "${k}"`));
    }
    const pathSecret = url.pathname.split('/').find((seg) => seg.length >= 16 && containsSecret(decodeSafe(seg)));
    if (pathSecret) findings.push(finding(0.9, 'critical', false, 'url_exfiltration', `URL to ${host} carries what looks like a credential in its path`));
    const blob = [...url.searchParams.values(), ...url.pathname.split('/')].find((v) => /^[A-Za-z0-9+/_=-]{80,}$/.test(v) && /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v));
    if (blob && findings.length === 0) findings.push(finding(0.45, 'external', false, 'url_exfiltration', `URL to ${host} carries a long encoded blob (${blob.length} chars), a common way to smuggle data out`));
  }
  return { findings, host, local };
}

function secretValue(k: string, v: string): string | null {
  const value = v.trim();
  if (/^\$\{?[A-Z][A-Z0-9_]*(TOKEN|KEY|SECRET|PASSWORD|PASS)\}?$/.test(value)) return `the environment variable ${value}`;
  if (!value || PLACEHOLDER.test(value) || /^\$\{?\w+\}?$/.test(value)) return null;
  if (containsSecret(value) || containsSecret(`${k}=${value}`) && SECRET_PARAM.test(k)) return 'what looks like a credential';
  if (SIGNED_LINK_PARAM.test(k)) return null;
  if (SECRET_PARAM.test(k) && value.length >= 8 && !/^(true|false|\d{1,6})$/i.test(value)) return 'a secret-named value';
  return null;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Every http(s) URL in a string (commands, prompts, arguments). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>`)\]]+/g)].map((m) => m[0]);
}
