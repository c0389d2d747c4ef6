// Removes credentials from anything we store. Known secret values (the gateway's own keys) are
// replaced exactly; well-known token shapes are replaced wherever they appear in text.

const PATTERNS: RegExp[] = [
  /\bsk-(?:ant-|proj-|or-v1-)?[A-Za-z0-9_-]{16,}/g, // OpenAI, Anthropic, OpenRouter
  /\bAIza[0-9A-Za-z_-]{30,}/g, // Google
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key id
  /\bgh[pousr]_[A-Za-z0-9]{30,}/g, // GitHub
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, // Slack
  /\bhf_[A-Za-z0-9]{30,}/g, // Hugging Face
  /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(?:password|passwd|secret|api[_-]?key|access[_-]?token)\s*[=:]\s*["']?[^\s"']{6,}/gi,
];

export const REDACTED = '[REDACTED]';

export class Redactor {
  readonly #literals: string[];
  readonly #jsonLiterals: string[];

  constructor(knownSecrets: Iterable<string> = []) {
    // Longest first so a secret that contains another is replaced whole.
    this.#literals = [...new Set([...knownSecrets].filter((s) => s.length >= 8))].sort((a, b) => b.length - a.length);
    this.#jsonLiterals = this.#literals.map((l) => JSON.stringify(l).slice(1, -1));
  }

  /** The literal secrets, for handing to another thread's Redactor. */
  get literals(): readonly string[] {
    return this.#literals;
  }

  text(s: string): string {
    return scrub(s, this.#literals);
  }

  /**
   * Redacts a JSON document's text in place. Literals are matched in their JSON-escaped form; the
   * token patterns never span a quote, so the document stays valid JSON.
   */
  jsonText(text: string): string {
    return scrub(text, this.#jsonLiterals);
  }

  /** JSON text of `value` with every string redacted. */
  json(value: unknown): string {
    return JSON.stringify(value, (_key, v) => (typeof v === 'string' ? this.text(v) : v));
  }
}

function scrub(text: string, literals: readonly string[]): string {
  let out = text;
  for (const lit of literals) if (out.includes(lit)) out = out.split(lit).join(REDACTED);
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    // test() first: most text has no secret, and replace() would allocate a copy anyway.
    if (re.test(out)) {
      re.lastIndex = 0;
      out = out.replace(re, REDACTED);
    }
  }
  return out;
}
