import { CheckedValues } from '../core/checked-values.js';
import { scanBody, type ObjectScan } from '../core/json-syntax.js';
import type { TopLevel } from './json-splice.js';
import type { ProviderTarget } from './types.js';
import { bodyText, jsonObject } from './http.js';

// An upstream's JSON answer, parsed whole only when something reads it whole. A Responses answer
// echoes the request's tools and instructions (13 KB for Codex): decoding and parsing it cost
// ~50 µs, for a record, usage and firewall that read its output, usage, status, model and id.
// Those members are parsed alone once the bytes' syntax checks (src/core/json-syntax.ts, sound:
// what it accepts JSON.parse accepts); the whole answer is parsed when the conversation is stored
// or the firewall edits the answer, and whenever the check declines (the parse then words the
// error, `malformed`, as it always did).

// Deeper answers are left to JSON.parse (it has no limit; the check needs one).
const MAX_DEPTH = 256;
// What a Responses answer echoes of the request, the same bytes answer after answer: checked once.
const ECHOES = new CheckedValues(new Set(['tools', 'instructions']), MAX_DEPTH);

export class JsonAnswer {
  #raw: Record<string, unknown> | undefined;
  #scan: ObjectScan | undefined | null = null; // null: not scanned yet

  constructor(
    readonly status: number,
    /** The bytes as the upstream sent them: a forwarded answer goes out as these. */
    readonly bytes: Buffer,
    private readonly target: ProviderTarget,
  ) {}

  /** The whole answer, parsed once; `malformed` when it is not a JSON object. */
  get raw(): Record<string, unknown> {
    return (this.#raw ??= jsonObject(bodyText(this.bytes), this.status, this.target));
  }

  /**
   * The answer's top-level `keys` with the values JSON.parse gives them (absent keys left out),
   * parsing only those; the whole answer when its bytes do not check (throws `malformed` as the
   * whole parse does).
   */
  members(keys: readonly string[]): Record<string, unknown> {
    const scan = this.#scanned();
    if (!scan) return this.raw;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const span = scan.fields.get(key);
      if (span) out[key] = JSON.parse(this.bytes.toString('utf8', span[0], span[1]));
    }
    return out;
  }

  /** Where the answer's top-level members are, when its bytes checked (the splice of the ids need not look again). */
  get topLevel(): TopLevel | undefined {
    const scan = this.#scanned();
    // A checked object ends in its closing brace and whitespace.
    return scan ? { keys: scan.keys, spans: scan.spans, close: this.bytes.lastIndexOf(0x7d /* } */) } : undefined;
  }

  #scanned(): ObjectScan | undefined {
    if (this.#scan === null) {
      this.#scan = scanBody(this.bytes, MAX_DEPTH, undefined, ECHOES);
      if (this.#scan) ECHOES.remember(this.bytes, this.#scan.keys, this.#scan.spans);
    }
    return this.#scan;
  }
}
