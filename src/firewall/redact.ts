// Redaction for stored traces and logs: credentials never reach a row. Keys that name a secret
// lose their value; strings keep their shape but lose anything that looks like a token or key.

import { lever } from '../core/levers.js';
import { SECRET_KEY, scrubPatterns } from '../store/redact.js';
import { namesWhereKept, withoutPlaceholders } from './content/placeholders.js';

// The firewall's labelled replacements run first (a person reading a trace sees what kind of
// secret was there); the store's shared shapes run after, so nothing either one knows slips by.

const PATTERNS: Array<[RegExp, string]> = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '[REDACTED PRIVATE KEY]'],
  [/\b(sk|pk|rk)-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{16,}/g, '[REDACTED KEY]'],
  [/\b(sk|rk|pk)_(live|test)_[A-Za-z0-9]{10,}/g, '[REDACTED KEY]'],
  [/\b(AKIA|ASIA)[A-Z0-9]{16,24}\b/g, '[REDACTED AWS KEY]'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, '[REDACTED GITHUB TOKEN]'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/g, '[REDACTED GITHUB TOKEN]'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, '[REDACTED SLACK TOKEN]'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, '[REDACTED GOOGLE KEY]'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, '[REDACTED JWT]'],
  [/(bearer[ \t]+)[A-Za-z0-9._~+/=-]{12,}/gi, '$1[REDACTED]'],
  [/((?:password|passwd|pwd|secret|token|api[_-]?key)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;'"]+)/gi, '$1[REDACTED]'],
  [/(:\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[REDACTED]@'],
];

// Strings redaction left unchanged, so the next time it is asked about one it answers at once.
// Every observe-mode tool call redacts its assessment and its input for the trace: the same
// reasons, enum values, argument keys and conversation come back call after call (the bench's tool
// call: 35 strings, ~15 µs a call, nearly all of them seen before). Only clean strings are kept,
// so no secret is held here; bounded in count and in characters, emptied when full (as the crisis
// memo). Long strings are kept too (the `cleanLongStrings` lever): the trace's input carries the
// last five user messages, which an agent resends with every request of a turn, and a pasted log
// of 15 KB cost ~170-690 µs of patterns on each tool-call answer against one hash of the text
// (docs/performance.md, perf-tools2).
const CLEAN_MAX = 4096;
const CLEAN_SHORT_CHARS = 4096;
const CLEAN_MAX_CHARS = 1 << 18;
const CLEAN_BUDGET_CHARS = 1 << 24; // what 4096 strings of 4096 characters could hold before
const clean = new Set<string>();
let cleanChars = 0;
const cleanLongStrings = lever('cleanLongStrings');

export function redactString(s: string): string {
  const keep = s.length <= CLEAN_SHORT_CHARS || (s.length <= CLEAN_MAX_CHARS && cleanLongStrings.on);
  if (keep && clean.has(s)) return s;
  let out = s;
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  out = scrubPatterns(out);
  if (out === s && keep) {
    if (clean.size >= CLEAN_MAX || cleanChars + s.length > CLEAN_BUDGET_CHARS) {
      clean.clear();
      cleanChars = 0;
    }
    clean.add(s);
    cleanChars += s.length;
  }
  return out;
}

export function containsSecret(s: string): boolean {
  return redactString(s) !== s;
}

/** Placeholders people write where a secret goes: <your key>, ${TOKEN}, your-api-key-here, xxxx. */
const PLACEHOLDER = /<[^<>\n]{1,40}>|\$\{?[A-Z][A-Z0-9_]*\}?|\b(?:your|my|the)[-_ ]?(?:api[-_ ]?)?(?:key|token|password|secret)(?:[-_ ]?here)?\b|\b[xX*•]{4,}\b/g;

const ASSIGNED_PLACEHOLDER = new RegExp(`[=:]\\s*["']?(?:${PLACEHOLDER.source})["']?`, 'g');

/** `NAME=` at the end of a line assigns nothing (an env template); its value is not the next line. */
const EMPTY_ASSIGNMENT = /[=:][ \t]*["']{0,2}[ \t]*$/gm;

/** Where a secret is kept, not its value: `1password:Ops/Grafana`, `github_actions_secret:DEPLOY_READ`. */
const STORE_REFERENCE = /\b(?:1password|bitwarden|keychain|vault|(?:github_)?actions?_secrets?|secrets?_?manager|ssm|parameter_?store)\s*:\s*[\w./ -]+/gi;

/** containsSecret for gating: a placeholder or a store reference is not a secret (traces still redact it). */

/**
 * Keys made to be seen: a Mapbox public token (`pk.…`), a Stripe publishable key (`pk_live_…`) and a
 * PostHog project key (`phc_…`) sit in every page that uses them. Their secret siblings (`sk.…`,
 * `sk_live_…`, `rk_live_…`, PostHog's personal `phx_…`) do not.
 */
export const PUBLISHABLE_KEY_SOURCE = String.raw`pk\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]+|pk_(?:live|test)_[A-Za-z0-9]{10,}|phc_[A-Za-z0-9_]{8,}`;
const PUBLISHABLE_IN_TEXT = new RegExp(String.raw`\b(?:${PUBLISHABLE_KEY_SOURCE})`, 'g');

/** A secret-named assignment and its value, as the redactor's wide assignment pattern reads it. */
const ASSIGNED_VALUE = /((?:password|passwd|pwd|secret|token|api[_-]?key)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;'"]+)/gi;

/** A setting's value under a secret-sounding key: a workflow's `id-token: write`, `token: none`, `secret: required`. */
const SETTING_VALUE = /^(?:read|write|none|true|false|null|on|off|yes|no|enabled|disabled|required|optional|inherit)$/i;

export function containsLiveSecret(s: string): boolean {
  const kept = withoutPlaceholders(s).replace(ASSIGNED_VALUE, (m, name: string, value: string) => {
    const v = value.replace(/^["']|["']$/g, '');
    return namesWhereKept(v) || SETTING_VALUE.test(v) ? ' ' : m;
  });
  return containsSecret(kept.replace(PUBLISHABLE_IN_TEXT, ' ').replace(STORE_REFERENCE, ' ').replace(EMPTY_ASSIGNMENT, ' ').replace(ASSIGNED_PLACEHOLDER, ' ').replace(PLACEHOLDER, ' '));
}

/**
 * The value with secrets redacted. What redaction leaves unchanged is not copied: an array or a
 * plain object whose every value comes back as it was is returned itself, so a clean assessment or
 * trace input (nearly every observe-mode call) costs a walk and no allocation. Results are read,
 * never mutated; other objects (class instances) are still copied into plain ones.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[TRUNCATED]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const r = redact(value[i], depth + 1);
      if (!out && r !== value[i]) out = value.slice(0, i);
      out?.push(r);
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const proto = Object.getPrototypeOf(o);
    let out: Record<string, unknown> | undefined = proto === Object.prototype || proto === null ? undefined : {};
    // Object.keys, not entries: the same own enumerable keys in the same order, without a pair array per key.
    const keys = Object.keys(o);
    for (let i = 0; i < keys.length; i++) {
      const v = o[keys[i]];
      const r = typeof v === 'string' && v.length > 0 && SECRET_KEY.test(keys[i]) ? '[REDACTED]' : redact(v, depth + 1);
      if (!out && r !== v) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = o[keys[j]];
      }
      if (out) out[keys[i]] = r;
    }
    return out ?? value;
  }
  return value;
}
