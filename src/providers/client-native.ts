import type { JsonBody } from '../core/json-body.js';
import type { NativeRequest, WireFormat } from './types.js';

// The client's request as it arrived, for a target of its own wire format: its bytes go upstream
// with only the model replaced and are recorded as they are, so its tree is built only when
// something reads the body whole (a variant's system prompt or params, count_tokens, a fallback
// that re-serializes). A class, not a literal with getters (src/routing/hidden-classes.test.ts).

export class ClientNative implements NativeRequest {
  readonly recordRaw = true;

  constructor(
    readonly format: WireFormat,
    readonly json: JsonBody,
    readonly headers: Record<string, string>,
  ) {}

  get body(): Record<string, unknown> {
    return this.json.value as Record<string, unknown>;
  }

  get raw(): Buffer {
    return this.json.bytes;
  }
}

/** A top-level field of the client's body: from its own bytes while the body is not parsed. */
export function nativeField(native: NativeRequest, key: string): unknown {
  return native.json ? native.json.field(key) : native.body[key];
}
