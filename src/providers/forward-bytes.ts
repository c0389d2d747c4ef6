import { lever } from '../core/levers.js';
import type { NativeRequest } from './types.js';
import { replaceTopLevel } from './json-splice.js';

const bytes = lever('passthroughBytes');

/**
 * The client's own request text with only the model's value replaced, or undefined when the
 * surface kept no text (or the lever is off): the caller then serializes the parsed body.
 */
export function clientBytes(native: NativeRequest, model: string): string | undefined {
  if (!bytes.on || native.raw === undefined) return undefined;
  return replaceTopLevel(native.raw, 'model', model);
}

/**
 * The body a same-format upstream receives: the client's own bytes with only the model replaced
 * when nothing else must change, else the parsed body re-serialized with the target's `params`
 * (already in this wire format's names) and `stream` set.
 */
export function forwardedBody(native: NativeRequest, model: string, params: Record<string, unknown> | undefined, stream: boolean): string {
  const same = !params && (native.body.stream === true) === stream;
  const spliced = same ? clientBytes(native, model) : undefined;
  if (spliced !== undefined) return spliced;
  // Spread keeps every field where the client put it; only the model's value changes.
  const body: Record<string, unknown> = { ...native.body, model, ...params };
  if (stream) body.stream = true;
  return JSON.stringify(body);
}
