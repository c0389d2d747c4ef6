import { randomBytes } from 'node:crypto';

// A translated Responses stream repeats the whole Response object in `response.created`,
// `response.in_progress` and `response.completed` (the OpenAI spec requires every field of it in
// each, the request's `tools` and `instructions` included). Those two are most of its size (Codex
// sends 11 KB of tools, ~45 µs of JSON.stringify each time on a small VM) and never change within
// a stream: they are serialized once and spliced into each event's text, which stays byte for byte
// what JSON.stringify writes.

/** Stands in for a cached value while the rest is serialized; unguessable, so it is found only where it was put. */
const SLOT = `\u0000switchyard-slot-${randomBytes(12).toString('hex')}-`;

export class SplicedJson {
  readonly #cache = new Map<string, { value: unknown; json: string; quoted: string }>();

  constructor(private readonly keys: readonly string[]) {}

  /** JSON.stringify(obj), reusing the text of `keys`' values when they are the values seen before. */
  stringify(obj: Record<string, unknown>): string {
    const slotted: Record<string, unknown> = { ...obj };
    const used: { json: string; quoted: string }[] = [];
    for (const key of this.keys) {
      const value = obj[key];
      if (value === null || (typeof value !== 'object' && typeof value !== 'string')) continue;
      let c = this.#cache.get(key);
      if (c?.value !== value) {
        c = { value, json: JSON.stringify(value), quoted: JSON.stringify(SLOT + key) };
        this.#cache.set(key, c);
      }
      slotted[key] = SLOT + key;
      used.push(c);
    }
    let text = JSON.stringify(slotted);
    for (const { json, quoted } of used) {
      const at = text.indexOf(quoted);
      if (at < 0) return JSON.stringify(obj); // a toJSON somewhere moved it: serialize as is
      text = text.slice(0, at) + json + text.slice(at + quoted.length);
    }
    return text;
  }
}
