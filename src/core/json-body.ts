import type { Span } from './json-syntax.js';

// A request's JSON body: the bytes as they arrived, and the value parsed only when something reads
// it whole. A body forwarded to an upstream of its own wire format is read a few top-level fields
// at a time (model, stream...), each parsed from its own bytes (src/core/json-syntax.ts found them).

const UNPARSED = Symbol('unparsed');
const hasOwn = Object.prototype.hasOwnProperty;

export class JsonBody {
  #value: unknown;

  private constructor(
    /** The body's bytes as they arrived. */
    readonly bytes: Buffer,
    /** Each top-level key's value in `bytes`, when the body was scanned instead of parsed. */
    readonly fields: ReadonlyMap<string, Span> | undefined,
    value: unknown,
    /**
     * Whether the bytes escape nothing JSON.stringify would write as itself (no `\/`, no `\u`
     * but a control character's), when the scan found out; undefined when it is not known.
     */
    readonly plainEscapes?: boolean,
  ) {
    this.#value = value;
  }

  /** A body already parsed (`value` is JSON.parse of `bytes`). */
  static parsed(bytes: Buffer, value: unknown): JsonBody {
    return new JsonBody(bytes, undefined, value, undefined);
  }

  /** A body whose syntax was checked and whose top-level fields are `fields` (scanObject). */
  static scanned(bytes: Buffer, fields: ReadonlyMap<string, Span>, plainEscapes?: boolean): JsonBody {
    return new JsonBody(bytes, fields, UNPARSED, plainEscapes);
  }

  /** Whether the whole value has been built. */
  get isParsed(): boolean {
    return this.#value !== UNPARSED;
  }

  /** The whole value, parsed on first use. */
  get value(): unknown {
    if (this.#value === UNPARSED) this.#value = JSON.parse(this.bytes.toString('utf8'));
    return this.#value;
  }

  /** Top-level fields by name, each read as `field` reads it (what a route's routing schema checks). */
  pick(keys: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = this.field(k);
    return out;
  }

  /** A top-level field's value (undefined when absent), from its own bytes while the whole is not parsed. */
  field(key: string): unknown {
    if (this.#value === UNPARSED) {
      const span = this.fields!.get(key);
      return span && JSON.parse(this.bytes.toString('utf8', span[0], span[1]));
    }
    const v = this.#value;
    return v !== null && typeof v === 'object' && hasOwn.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  }
}
