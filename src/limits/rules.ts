import type { LimitRule } from '../config/limits-schema.js';

// Which rules a request falls under, and the counter it uses for each: a rule's `match` both
// filters (a named key/route/model) and partitions ("*": one counter per key/route/model).

export interface Who {
  key: string; // label: env:VAR of a configured key, key-<hash> of an unknown one, or anonymous
  route: string | null;
  model: string;
}

type Field = 'key' | 'route' | 'model';
const FIELDS: readonly Field[] = ['key', 'route', 'model'];
const SHORT: Record<Field, string> = { key: 'k', route: 'r', model: 'm' };
const LONG: Record<string, Field> = { k: 'key', r: 'route', m: 'model' };

/** The counter's subject for this request, or null when the rule does not apply to it. */
export function subjectOf(rule: LimitRule, who: Who): string | null {
  let subject = '';
  for (const f of FIELDS) {
    const want = rule.match[f];
    if (want === undefined) continue;
    const have = who[f];
    if (have === null || (want !== '*' && want !== have)) return null;
    subject += `${subject ? ';' : ''}${SHORT[f]}=${encodeURIComponent(have)}`;
  }
  return subject || 'all';
}

export function parseSubject(subject: string): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  if (subject === 'all') return out;
  for (const part of subject.split(';')) {
    const [k, v] = part.split('=');
    if (LONG[k] && v !== undefined) out[LONG[k]] = decodeURIComponent(v);
  }
  return out;
}

export function describeSubject(subject: string): string {
  const parts = Object.entries(parseSubject(subject)).map(([f, v]) => `${f} ${v}`);
  return parts.length ? ` for ${parts.join(', ')}` : '';
}
