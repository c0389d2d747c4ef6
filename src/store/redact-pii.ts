// Personal-data redaction for `storage.content: redacted` (src/store/redact.ts keeps removing
// credentials in every mode). Shapes that a regex alone over-matches are confirmed by their check
// digits: card numbers by Luhn, IBANs by ISO 7064 mod-97. Runs where rows are written (the SQLite
// writer thread, the PostgreSQL batch), never on the request path.

export interface CustomRedaction {
  name: string;
  pattern: string;
}

/** Serializable, so the SQLite writer thread can build the same redactor. */
export interface PiiOptions {
  custom?: CustomRedaction[];
}

type Rule = { name: string; re: RegExp; confirm?: (match: string) => boolean };

const digits = (s: string) => s.replace(/\D/g, '');

export function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return number.length > 0 && sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

const BUILTIN: Rule[] = [
  { name: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { name: 'iban', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g, confirm: ibanValid },
  {
    name: 'card',
    re: /\b\d(?:[ -]?\d){12,18}\b/g,
    confirm: (m) => {
      const d = digits(m);
      return d.length >= 13 && d.length <= 19 && luhnValid(d);
    },
  },
  // US Social Security numbers (the area/group/serial values never issued are skipped).
  { name: 'ssn', re: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  // UK National Insurance numbers.
  { name: 'national_id', re: /\b(?![DFIQUV])[A-CEGHJ-PR-TW-Z](?![DFIOQUV])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g },
  // Phone numbers: international (+CC ...), North American (555) 123-4567, and national numbers
  // with a trunk 0 (030 1234 5678). Bare digit runs are left alone: they are mostly ids.
  {
    name: 'phone',
    re: /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\w)|(?<!\w)\(\d{3}\) ?\d{3}[ .-]\d{4}\b|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b|\b0\d{2,4}[ /-]\d{3,4}[ -]?\d{3,4}\b/g,
    confirm: (m) => {
      const n = digits(m).length;
      return n >= 8 && n <= 15;
    },
  },
];

const piiToken = (name: string) => `[REDACTED:${name}]`;

export class PiiRedactor {
  readonly options: PiiOptions;
  readonly #rules: Rule[];

  constructor(options: PiiOptions = {}) {
    this.options = options;
    const custom = (options.custom ?? []).map((c) => ({ name: c.name, re: new RegExp(c.pattern, 'g') }));
    this.#rules = [...BUILTIN, ...custom];
  }

  text(s: string): string {
    let out = s;
    for (const { name, re, confirm } of this.#rules) {
      re.lastIndex = 0;
      if (!re.test(out)) continue;
      re.lastIndex = 0;
      out = out.replace(re, (m) => (confirm && !confirm(m) ? m : piiToken(name)));
    }
    return out;
  }

  /** Every string in `value` redacted (custom patterns may contain anything, so this works on values, not JSON text). */
  value<T>(value: T): T {
    if (typeof value === 'string') return this.text(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.value(v)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.value(v);
      return out as T;
    }
    return value;
  }

  jsonText(text: string): string {
    return JSON.stringify(this.value(JSON.parse(text)));
  }
}
