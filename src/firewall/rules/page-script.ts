import { finding, type Finding } from './finding.js';

// JavaScript an agent runs inside a page (Playwright's `browser_evaluate` and `browser_run_code`,
// Puppeteer's `puppeteer_evaluate`, Chrome DevTools' `evaluate_script`, Hermes' `browser_console`
// expression and `browser_cdp` Runtime.evaluate) runs with the logged-in user's session. It is
// judged by what it does, not by being code:
// - reads a credential's value (the session cookie, a stored token, a password field) into the
//   conversation: a secret read, as reading a secrets file is; names only (`Object.keys`, cookie
//   names split off at "=") and presence checks show no value;
// - sends it, or what the page shows, to another host (fetch, XHR, a beacon, an image's src, a
//   socket, a navigation whose URL carries it): exfiltration;
// - acts through the site's own API with the session (POST, PUT, PATCH, DELETE): judged by what
//   the path or body names (deleting, cancelling, paying, security settings), in a loop for every item;
// - presses (click, submit) and types: handed to the UI judge as the press's label and the typed
//   text, read with the user's request as a click of the same label would be;
// and otherwise only reads the page. The script is read as text (no parser): the words a sink,
// source or press is spelled with, and the script's string literals.

export interface PageScriptFacts {
  findings: Finding[];
  /** Absolute URLs the script names (judged by the URL rules). */
  urls: string[];
  /** The script clicks or submits: its string literals as the label of what it presses; null when it presses nothing. */
  presses: string | null;
  /** Text it types into fields. */
  typed: string;
  /** Nothing above: it reads the page and returns what it read. */
  readsOnly: boolean;
}

const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:\w'"])\/\/[^\n]*/g;

/** The cookie jar's value, not a write to it. */
const COOKIE = /\bdocument\s*\.\s*cookie\b(?!\s*=(?!=))/g;
/** Cookie names split off their values, or a check for one cookie's presence. */
const COOKIE_NAMES = /\.split\(\s*['"`]=['"`]\s*\)\s*(?:\[\s*0\s*\]|\.shift\(\))/;
const PRESENCE = /^\s*(?:\.\s*(?:includes|indexOf|startsWith|endsWith|search|length)\b|\?\.\s*(?:includes|length)\b)/;
const STORAGE = String.raw`\b(?:window\s*\.\s*)?(?:localStorage|sessionStorage)\b`;
/** A whole store copied out: `{...localStorage}`, `JSON.stringify(sessionStorage)`, `Object.entries(localStorage)`. */
const STORE_DUMP = new RegExp(String.raw`\.\.\.\s*${STORAGE}|JSON\s*\.\s*stringify\(\s*${STORAGE}|Object\s*\.\s*(?:entries|values|assign)\([^)]*${STORAGE}|${STORAGE}\s*\[`, 'g');
const STORE_GET = new RegExp(String.raw`${STORAGE}\s*\.\s*getItem\(\s*([^)]*)\)`, 'g');
/** Keys a credential is stored under. */
const SECRET_KEY = /token|auth|session|jwt|bearer|secret|passw|pwd|credential|api[-_.]?key|apikey|access|refresh|sid\b|cookie|private|okta|oidc|msal|firebase:authuser|supabase|login/i;
const PASSWORD_FIELD = /(?:type\s*=\s*\\?["']?password|#password|name\s*=\s*\\?["']?password|\bpassword\b[^;\n]{0,40}?\)\s*\.\s*value\b)/i;

/** Calls that send a request or load a URL. */
const SINK = /\bfetch\s*\(|\bXMLHttpRequest\b|\bsendBeacon\s*\(|\bnew\s+(?:WebSocket|EventSource)\s*\(|\bnew\s+Image\b|\.src\s*=(?!=)|\bwindow\s*\.\s*open\s*\(|\blocation(?:\s*\.\s*href)?\s*=(?!=)|\blocation\s*\.\s*(?:assign|replace)\s*\(|\$\s*\.\s*(?:ajax|post|get)\s*\(|\baxios\b|\.request\s*\.\s*(?:post|put|patch|delete|fetch|get)\s*\(|\.action\s*=(?!=)/;
/** A request that changes something: its method, or a call that only posts. */
const ACTING_METHOD = /method\s*:\s*['"`](POST|PUT|PATCH|DELETE)['"`]|\.open\(\s*['"`](POST|PUT|PATCH|DELETE)['"`]|\$\s*\.\s*(post)\s*\(|\baxios\s*\.\s*(post|put|patch|delete)\s*\(|\.request\s*\.\s*(post|put|patch|delete)\s*\(|\b(sendBeacon)\s*\(/i;
/** Page content read off the page (text, field values, data attributes). */
const PAGE_DATA = /\.\s*(?:innerText|textContent|innerHTML|outerHTML|value|dataset)\b|\bnew\s+FormData\b|\bdocument\s*\.\s*body\b/;
/** Data joined onto a URL: `'https://x/?d=' + …`, `${…}` in a template URL. */
const URL_CARRIES = /https?:\/\/[^'"`\s]*['"`]\s*\+|https?:\/\/[^`]*\$\{/;

const PRESS = /\.\s*click\s*\(|\.\s*(?:submit|requestSubmit)\s*\(|dispatchEvent\(\s*new\s+(?:Mouse|Pointer)?Event\(\s*['"`](?:click|submit)|\.\s*press\(\s*['"`](?:Enter|Return)/;
const SUBMITS = /\.\s*(?:submit|requestSubmit)\s*\(|\.\s*press\(\s*['"`](?:Enter|Return)/;
/** Every element a selector matches, pressed one by one. */
const BULK = /querySelectorAll\([^)]*\)[^;]*?(?:forEach|map|for\s*\()|for\s*\([^)]*\bof\b|\.forEach\s*\(|\.all\(\)/;
const TYPED_VALUE = /\.\s*value\s*=\s*(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1|\.\s*(?:fill|type)\(\s*(?:['"`][^'"`]*['"`]\s*,\s*)?(['"`])((?:(?!\3)[^\\\n]|\\.)*)\3\s*\)/g;

/** Words in a path or a label that say the request or the press removes, pays, or changes security. */
const REMOVES = /\b(?:delete|delet\w*|remove|destroy|purge|wipe|erase|trash|bin|discard|cancel\w*|void|archive|unsubscribe|revoke|ban|kick|terminate|close|empty)\b/i;
const PAYS = /\b(?:pay|payment|payments|checkout|purchase|order|orders|charge|refund|refunds|transfer|payout|payouts|payroll|pay run|wire|remit|invoice|subscribe|donate)\b/i;
const SECURITY = /\b(?:2fa|two factor|mfa|security|password|permission|permissions|role|roles|admin|owner|api key|token|tokens|sso|recovery)\b/i;

/** Selectors and names as words: `button[data-testid="place-order"]` reads "button data testid place order". */
function words(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_.#[\]="'`:>~+*^$|(){},/\\]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function literalsOf(code: string): string[] {
  return [...code.matchAll(LITERAL)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
}

/** Whether the text before `at` is still inside `Object.keys(` (names of what follows, not values). */
function insideKeys(code: string, at: number): boolean {
  const before = code.slice(Math.max(0, at - 120), at);
  const open = before.lastIndexOf('Object.keys(');
  if (open < 0) return false;
  const between = before.slice(open + 'Object.keys('.length);
  return (between.match(/\(/g)?.length ?? 0) >= (between.match(/\)/g)?.length ?? 0);
}

/** What credential values the script reads, if any ("the session cookie", "a stored access token"). */
function secretSource(code: string): string | null {
  for (const m of code.matchAll(COOKIE)) {
    if (COOKIE_NAMES.test(code) || PRESENCE.test(code.slice(m.index + m[0].length)) || insideKeys(code, m.index)) continue;
    return 'the session cookies';
  }
  for (const m of code.matchAll(STORE_GET)) {
    const key = m[1].trim();
    // A key held in a variable is any key the script walks over; a literal key says what it holds.
    if ((/^['"`]/.test(key) ? SECRET_KEY.test(key) : true) && !insideKeys(code, m.index)) return `a value stored under ${key}`;
  }
  for (const m of code.matchAll(STORE_DUMP)) if (!insideKeys(code, m.index)) return 'everything in the page\'s storage (tokens included)';
  if (PASSWORD_FIELD.test(code) && /\.\s*value\b(?!\s*=(?!=))/.test(code)) return "a password field's value";
  return null;
}

export function readPageScript(raw: string): PageScriptFacts {
  const code = raw.replace(COMMENT, ' ');
  const literals = literalsOf(code);
  const urls = literals.filter((l) => /^(?:(?:https?|wss?):)?\/\/[\w.-]+\.[a-z]{2,}/i.test(l)).map((l) => (l.startsWith('//') ? `https:${l}` : l));
  const paths = literals.filter((l) => /^\/[\w${}]/.test(l)).map(words);
  const findings: Finding[] = [];
  const secret = secretSource(code);
  const sends = SINK.test(code);
  const method = ACTING_METHOD.exec(code)?.slice(1).find(Boolean)?.toUpperCase() ?? (/\.\s*(?:submit|requestSubmit)\s*\(/.test(code) ? 'POST' : undefined);
  const external = sends && (urls.length > 0 || /(?:https?|wss?):\/\//.test(code));
  const carries = !!secret || PAGE_DATA.test(code) || URL_CARRIES.test(code);
  const bulk = BULK.test(code);

  if (external && secret) findings.push(finding(0.92, 'critical', false, 'secret_exfiltration', `sends ${secret} to another host (${hosts(urls)})`));
  else if (external && carries && (method || URL_CARRIES.test(code) || /\bsendBeacon|\bnew\s+(?:Image|WebSocket)\b|\.src\s*=|\.send\s*\(|location/.test(code))) {
    findings.push(finding(0.82, 'critical', false, 'exfiltration', `sends what the page shows to another host (${hosts(urls)})`));
  } else if (secret) findings.push(finding(0.65, 'read_only', true, 'secret_read', `returns ${secret} into the conversation`));
  else if (external && method) findings.push(finding(0.45, 'external', false, 'network_send', `sends a ${method} request to another host (${hosts(urls)})`));

  // A request to the site's own API carries the user's session: judged by what its path and body name.
  if (sends && method && !external) {
    const named = words([...paths, ...literals.filter((l) => !/^\//.test(l))].join(' '));
    const each = bulk ? ' for every item the page lists' : '';
    if (method === 'DELETE' || REMOVES.test(named)) findings.push(finding(0.78, 'critical', false, 'destructive_request', `deletes or cancels through the site's own API with the user's session${each}`));
    else if (PAYS.test(named)) findings.push(finding(0.8, 'critical', false, 'money_movement', `pays, orders or refunds through the site's own API with the user's session${each}`));
    else if (SECURITY.test(named)) findings.push(finding(0.8, 'critical', false, 'safety_tampering', "changes security or access settings through the site's own API with the user's session"));
    else findings.push(finding(0.35, 'external', true, 'network_send', `sends a ${method} request to the site's own API with the user's session${each}`));
  }

  const presses = PRESS.test(code);
  const typedValues = [...code.matchAll(TYPED_VALUE)].map((m) => (m[2] ?? m[4] ?? '').replace(/\\(.)/g, '$1')).filter((t) => t.trim());
  // What is pressed is named by selectors, names and the option a field is set to ('delete' in a
  // bulk-action menu), not by text typed into fields.
  const label = words(literals.filter((l) => !urls.includes(l) && (!typedValues.includes(l) || /^[a-z][\w-]{0,30}$/i.test(l))).join(' '));
  if (presses && SUBMITS.test(code) && PAYS.test(label)) findings.push(finding(0.85, 'critical', false, 'money_movement', `submits a form that pays or orders ("${clip(label)}")`));
  if (presses && bulk && REMOVES.test(label)) findings.push(finding(0.78, 'critical', false, 'destructive_click', `presses a removal for every element it selects ("${clip(label)}")`));

  const typed = typedValues.join('\n');
  return { findings, urls, presses: presses ? label : null, typed, readsOnly: findings.length === 0 && !presses && !typed };
}

function hosts(urls: string[]): string {
  const names = [...new Set(urls.map((u) => u.replace(/^(?:https?:)?\/\//i, '').split(/[/?#]/)[0]))];
  return names.length ? names.join(', ') : 'a URL it builds';
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
