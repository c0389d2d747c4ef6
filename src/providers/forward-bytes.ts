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
