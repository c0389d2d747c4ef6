import { withKeys } from '../core/with-keys.js';
import type { NativeRequest } from './types.js';
import { replaceRanges, replaceTopLevel } from './json-splice.js';
import { nativeField } from './client-native.js';

/**
 * The client's own request bytes with only the model's value replaced (the bytes themselves when
 * the client already names the target's model), or undefined when the surface kept no bytes: the
 * caller then serializes the parsed body.
 */
export function clientBytes(native: NativeRequest, model: string): Buffer | undefined {
  if (native.raw === undefined) return undefined;
  // JSON.parse kept the last of duplicate keys, as the upstream will: equal means nothing to change.
  if (nativeField(native, 'model') === model) return native.raw;
  // A scanned body has one "model" key, not escaped (src/core/json-syntax.ts), and says where it is.
  const span = native.json?.fields?.get('model');
  return span ? replaceRanges(native.raw, [span], model) : replaceTopLevel(native.raw, 'model', model);
}

/**
 * The body a same-format upstream receives: the client's own bytes with only the model replaced
 * when nothing else must change, else the parsed body re-serialized with the target's `params`
 * (already in this wire format's names) and `stream` set.
 */
export function forwardedBody(native: NativeRequest, model: string, params: Record<string, unknown> | undefined, stream: boolean): string | Buffer {
  const same = !params && (nativeField(native, 'stream') === true) === stream;
  const spliced = same ? clientBytes(native, model) : undefined;
  if (spliced !== undefined) return spliced;
  // Every field stays where the client put it; only the model's value changes.
  const body: Record<string, unknown> = withKeys(native.body, { model, ...params });
  if (stream) body.stream = true;
  return JSON.stringify(body);
}
