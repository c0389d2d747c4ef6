import { withKeys } from '../core/with-keys.js';
import { setTopLevel } from '../providers/json-splice.js';
import type { CompletedInference } from '../routing/gateway-types.js';
import { JsonBytes } from './json-bytes.js';

/**
 * A same-format JSON answer (`result.raw` set) as the client gets it, with `values` (Switchyard's
 * ids, its `switchyard` object) set at the top level: the upstream's own bytes with those values
 * spliced in, while the answer is the one that came (the firewall's edit sets `edited`); else the
 * parsed answer with them, for the reply to serialize. For an answer written as JSON.stringify
 * writes it (compact, no needless escapes) the two are the same bytes (forwarded-answer.test.ts);
 * an upstream that indents, escapes or spells numbers otherwise keeps its own spelling, as its
 * forwarded streams always did.
 */
export function forwardedAnswer(result: Pick<CompletedInference, 'raw' | 'forwarded' | 'edited'>, values: Record<string, unknown>): JsonBytes | Record<string, unknown> {
  const came = result.forwarded;
  // Unless edited, the answer is not parsed here (the members' places come with it when known).
  const bytes = came !== undefined && result.edited === undefined ? setTopLevel(came.bytes, values, came.topLevel) : undefined;
  return bytes === undefined ? withKeys(result.raw!, values) : new JsonBytes(bytes);
}
