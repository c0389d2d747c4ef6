// The one redactor for everything Switchyard stores or sends out of the process (rows, traces,
// approvals, feedback, webhook bodies, logs, error messages). Known secret values (the gateway's
// own keys, provider keys) are replaced exactly; well-known token shapes wherever they appear.

/**
 * Well-known secret shapes. The one list both the redactor below and the firewall's credential
 * detector (src/firewall/content/credentials.ts) use, so what is redacted is what is gated.
 */
export const SECRET_SHAPES: ReadonlyArray<{ name: string; re: RegExp; screen?: RegExp }> = [
  { name: 'an OpenAI/Anthropic/OpenRouter API key', re: /\bsk-(?:ant-|proj-|or-v1-)?[A-Za-z0-9_-]{16,}/g },
  { name: 'a Stripe secret key', re: /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}/g },
  { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{30,}/g },
  { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'a GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { name: 'a Slack token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { name: 'a Hugging Face token', re: /\bhf_[A-Za-z0-9]{30,}/g },
  { name: 'a Discord bot token', re: /\b[MNO][A-Za-z0-9_-]{15,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g },
  { name: 'a Telegram bot token', re: /\b\d{8,10}:AA[A-Za-z0-9_-]{32,}/g },
  { name: 'a Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/g },
  { name: 'a webhook signing secret', re: /\bwhsec_[A-Za-z0-9]{20,}/g },
  // Other processors' live keys and platforms' tokens, by the prefixes their vendors give them.
  { name: 'a live API key or platform token', re: /\b(?:[a-z]{2,6}_live_[A-Za-z0-9]{16,}|shpat_[a-f0-9]{32}|shpss_[a-f0-9]{32}|glpat-[\w-]{20,}|dop_v1_[a-f0-9]{60,}|pypi-[\w-]{50,}|npm_[A-Za-z0-9]{36}|SG\.[\w-]{22}\.[\w-]{43}|key-[a-f0-9]{32}|[a-f0-9]{32}-us\d{1,2}|sq0atp-[\w-]{22}|xapp-[\w-]{20,}|ATATT[\w-]{50,}|lin_api_[A-Za-z0-9]{30,}|secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,})\b/g },
  { name: 'a JSON web token', re: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  { name: 'a bearer credential', re: /\b(?:Bearer|Basic)[ \t]+[A-Za-z0-9._~+/=-]{16,}/g },
  { name: 'a private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  // A private key's base64 body without its BEGIN/END lines: the encodings start the same way
  // (OpenSSH's magic; PKCS#8, PKCS#1 and SEC1 DER headers), public keys and certificates do not.
  { name: 'a private key without its header lines', re: /\b(?:b3BlbnNzaC1rZXktdjE|MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC|MII[A-Za-z0-9+/]{3}IBAAK[BC][A-Za-z0-9+/]|MI[GH][A-Za-z0-9+/]AgEAMBMGByqGSM49|MHcCAQEEI|MIGkAgEBBDA|MC4CAQAwBQYDK2VwBCIEI)[A-Za-z0-9+/=]{16,}/g },
  // Only the password itself, so a redacted URL still names its user and host.
  // The screen is the same match without look-around: found from "://" on, not tried at every position.
  { name: 'a password in a URL', re: /(?<=:\/\/[^/\s:@"]{1,256}:)[^@\s/"]{3,}(?=@)/g, screen: /:\/\/[^/\s:@"]{1,256}:[^@\s/"]{3,}@/ },
  // Keys inside connection strings (Azure storage and Service Bus): `;AccountKey=…;`.
  { name: 'a key in a connection string', re: /\b(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/=%]{20,}/g },
  // A signed URL is a credential for what it names: whoever holds it may read (or write) there.
  { name: 'a signed URL', re: /[?&](?:sig|X-Amz-Signature|X-Goog-Signature)=[A-Za-z0-9%/+=_-]{16,}/g },
  // A kubeconfig's client key (its token is an assignment below).
  { name: 'a Kubernetes client key', re: /\bclient-key-data:[ \t]*[A-Za-z0-9+/=]{20,}/g },
  { name: 'a session cookie', re: /(?:\b[\w-]*_session|\b(?:session|sessionid|session_id|sessid|PHPSESSID|JSESSIONID|connect\.sid|remember_\w*token))=[A-Za-z0-9%._~+/-]{16,}/g },
  // .npmrc and .yarnrc registry credentials (`//registry.npmjs.org/:_authToken=…`).
  { name: 'a registry auth token', re: /:_(?:authToken|auth|password)=[^\s"'$]{8,}/g },
  // `pass=` only with `=` (libpq keyword strings, SMTP settings): `pass:` is YAML's word for a result.
  { name: 'a password or key assignment', re: /\b(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|client[_-]?secret|(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key|account[_-]?key|pass(?=[ \t]*=))\s*[=:]\s*["']?[^\s"'&;]{6,}/gi },
];

const PATTERNS: RegExp[] = SECRET_SHAPES.map((s) => s.re);

/**
 * One regex that matches wherever some shape would: every shape in one alternation (a shape's
 * screen when it has one; a case-insensitive shape spelled with both cases of each letter), so
 * the text is scanned once instead of once per shape. Most stored text holds no secret and is
 * then returned after that one pass, a fraction of running every shape over a 50 KB agent request.
 */
const SCREEN = new RegExp(SECRET_SHAPES.map((s) => `(?:${screenSource(s)})`).join('|'));

function screenSource(s: (typeof SECRET_SHAPES)[number]): string {
  if (s.screen) return s.screen.source;
  const flags = s.re.flags.replace('g', '');
  if (flags === '') return s.re.source;
  if (flags === 'i') return caseless(s.re.source);
  throw new Error(`secret shape "${s.name}": flags "${flags}" have no screen`);
}

/** `source` matching as it would with the i flag: each letter outside a class as [xX]. */
function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + source[++i];
      continue;
    }
    if (inClass) {
      // A letter in a class would need both cases too; no shape has one, so none is handled.
      if (/[a-z]/i.test(c)) throw new Error(`caseless: a letter in a character class of /${source}/`);
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

/** False when no secret shape can match `text` (true does not mean one does). */
export function mayHoldSecretShape(text: string): boolean {
  return SCREEN.test(text);
}

/** Object keys whose (string) values are credentials whatever they look like. */
export const SECRET_KEY = /(pass(word|wd)?|secret|token|api[_-]?key|apikey|authorization|auth|credential|private[_-]?key|cookie|session[_-]?key)$/i;

/** The shared token shapes alone, for code that has no Redactor with known secrets at hand. */
export function scrubPatterns(text: string): string {
  return scrub(text, []);
}

export const REDACTED = '[REDACTED]';

export class Redactor {
  readonly #literals: string[];
  readonly #jsonLiterals: string[];
  readonly #jsonLiteralBytes: Buffer[];
  readonly #longestLiteral: number;

  constructor(knownSecrets: Iterable<string> = []) {
    // Longest first so a secret that contains another is replaced whole.
    this.#literals = [...new Set([...knownSecrets].filter((s) => s.length >= 8))].sort((a, b) => b.length - a.length);
    this.#jsonLiterals = this.#literals.map((l) => JSON.stringify(l).slice(1, -1));
    this.#jsonLiteralBytes = this.#jsonLiterals.map((l) => Buffer.from(l, 'utf8'));
    this.#longestLiteral = Math.max(1, ...this.#jsonLiteralBytes.map((b) => b.length));
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

  /**
   * True when jsonText() would leave the JSON text of these UTF-8 bytes unchanged. `unchanged`: how
   * many leading bytes, and `unchangedTail` how many trailing bytes after those, are those of a
   * text it left unchanged and whose screen found nothing (the previous turn of a conversation,
   * which the next turn repeats: Claude Code's new messages come before its unchanged system prompt
   * and tools): only what can hold a match reaching into the bytes between is read (see scanFrom
   * and scanTo), not the whole 50 KB of every turn.
   */
  jsonBytesUnchanged(bytes: Buffer, unchanged = 0, unchangedTail = 0): boolean {
    const changedEnd = bytes.length - unchangedTail;
    // A known secret inside the shared bytes would have been in the earlier text too: an occurrence
    // that is new starts before the shared tail and ends after the shared head.
    const mayHoldLiteral = bytes.subarray(0, changedEnd === bytes.length ? changedEnd : changedEnd + this.#longestLiteral - 1);
    for (const lit of this.#jsonLiteralBytes) if (mayHoldLiteral.indexOf(lit, Math.max(0, unchanged - lit.length + 1)) >= 0) return false;
    // Nothing changed: no bytes between, and no join of head and tail a match could span.
    if (unchanged >= bytes.length) return true;
    return !mayHoldSecretShape(bytes.toString('utf8', scanFrom(bytes, unchanged), scanTo(bytes, changedEnd)));
  }

  /** JSON text of `value` with every string redacted (and values of secret-named keys). */
  json(value: unknown): string {
    return JSON.stringify(value, (key, v) => (typeof v === 'string' ? (key && SECRET_KEY.test(key) && v ? REDACTED : this.text(v)) : v));
  }

  /** A redacted copy of `value`: strings scrubbed, secret-named keys emptied, depth bounded. */
  value<T>(value: T, depth = 0): T {
    if (typeof value === 'string') return this.text(value) as T;
    if (depth > 32) return '[TRUNCATED]' as T;
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1)) as T;
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        out[k] = SECRET_KEY.test(k) && typeof v === 'string' && v.length > 0 ? REDACTED : this.value(v, depth + 1);
      }
      return out as T;
    }
    return value;
  }
}

/**
 * The most quote characters one match of any shape's screen holds (redact.test.ts checks every
 * shape): tokens never span a quote, and an assignment holds at most the one opening its value.
 */
export const QUOTES_IN_A_MATCH = 1;
const QUOTE = 0x22;

/**
 * Where a screen of `bytes` must start when their first `unchanged` bytes are a text without a
 * match. A match in the new text must reach the first changed byte (one before it, for a shape
 * that looks at the character after its end), or the earlier text would hold it too; a match
 * holds at most QUOTES_IN_A_MATCH quotes, so it starts after the quote one further back. Quotes
 * are ASCII, so the offset is a character boundary of the UTF-8 text, and the character before it
 * (a quote) is no word character: \b at the start of the slice reads as it did in the whole text.
 */
function scanFrom(bytes: Buffer, unchanged: number): number {
  let at = unchanged - 1; // bytes before `at` lie inside any match that reaches the change
  for (let n = 0; n <= QUOTES_IN_A_MATCH; n++) {
    if (at <= 0) return 0;
    at = bytes.lastIndexOf(QUOTE, at - 1);
    if (at < 0) return 0;
  }
  return at + 1;
}

/**
 * Where that screen may end when the bytes from `changedEnd` on are the end of a text without a
 * match (scanFrom, read from the other side): a match the earlier text lacks holds a changed byte
 * or the first shared one (a shape looking at the character before its start), and at most
 * QUOTES_IN_A_MATCH quotes, so it ends before the second quote after that byte. The slice keeps
 * that quote, so \b at a match's end reads as it did in the whole text.
 */
function scanTo(bytes: Buffer, changedEnd: number): number {
  let at = changedEnd; // bytes after `at` lie inside any match that reaches back to the change
  for (let n = 0; n <= QUOTES_IN_A_MATCH; n++) {
    at = bytes.indexOf(QUOTE, at + 1);
    if (at < 0) return bytes.length;
  }
  return at + 1;
}

function scrub(text: string, literals: readonly string[]): string {
  let out = text;
  for (const lit of literals) if (out.includes(lit)) out = out.split(lit).join(REDACTED);
  if (!mayHoldSecretShape(out)) return out;
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
