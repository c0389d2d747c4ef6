import { itemsOf, type Items, type ObjectScan, type Span } from './json-syntax.js';

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
    /** What the syntax check found, when the body was scanned instead of parsed. */
    readonly scan: ObjectScan | undefined,
    value: unknown,
  ) {
    this.#value = value;
  }

  /** A body already parsed (`value` is JSON.parse of `bytes`). */
  static parsed(bytes: Buffer, value: unknown): JsonBody {
    return new JsonBody(bytes, undefined, value);
  }

  /** A body whose syntax was checked (scanBody of `bytes`). */
  static scanned(scan: ObjectScan): JsonBody {
    return new JsonBody(scan.bytes, scan, UNPARSED);
  }

  /** Each top-level key's value in `bytes`, when the body was scanned instead of parsed. */
  get fields(): ReadonlyMap<string, Span> | undefined {
    return this.scan?.fields;
  }

  /**
   * Whether the bytes escape nothing JSON.stringify would write as itself (no `\/`, no `\u` but a
   * control character's), when the scan found out; undefined when it is not known.
   */
  get plainEscapes(): boolean | undefined {
    return this.scan && this.scan.odd.length === 0;
  }

  /** The items of the top-level array `key` of a scanned body (undefined when it is not one, or the body was parsed). */
  items(key: string): Items | undefined {
    return this.scan && itemsOf(this.scan, key);
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
      const span = this.scan!.fields.get(key);
      return span && JSON.parse(this.bytes.toString('utf8', span[0], span[1]));
    }
    const v = this.#value;
    return v !== null && typeof v === 'object' && hasOwn.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  }
}
