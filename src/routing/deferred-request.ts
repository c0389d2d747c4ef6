import { InvalidRequestError } from '../core/errors.js';
import type { ChatRequest } from '../core/types.js';

// A request forwarded to an upstream of its own wire format needs only a few of its fields to be
// routed (model, stream); the body goes upstream as the client sent it and is recorded that way.
// Converting the whole body (full validation, normalized messages) of a 50 KB agent turn costs
// more than the rest of the request path, and its object trees, alive for the whole upstream
// call, cost the garbage collector again. A deferred request converts on the first read of any
// other field, once: what reads the conversation (cheap/strong rules, limits, the cache key,
// shadow traffic, examples, the firewall's context, translation for another wire format) gets it.
//
// A body that fails the full validation converts to a request with no messages and the reason in
// `untranslatable` (features that read it on the way see an empty conversation); the gateway
// calls requireValid before it translates, so the client still gets the 400 naming the field
// whenever Switchyard itself would have to read the body. A body only forwarded is the
// upstream's to refuse.

interface State {
  known: Pick<ChatRequest, 'model' | 'stream'>;
  convert: () => ChatRequest;
  converted?: ChatRequest;
  invalid?: InvalidRequestError;
}

// The state is reached through the proxy itself (a symbol its get trap answers), not a WeakMap:
// V8 keeps the value of an entry of an old-generation WeakMap through the next scavenge even when
// its key is dead, so every request's body (held by `convert`) survived one scavenge and was
// copied (~7 MB per scavenge with Claude Code bodies; docs/performance.md).
const STATE = Symbol('deferred request state');

function stateOf(request: ChatRequest): State | undefined {
  return (request as unknown as Record<symbol, State | undefined>)[STATE];
}

function converted(s: State): ChatRequest {
  if (!s.converted) {
    try {
      s.converted = s.convert();
    } catch (err) {
      if (!(err instanceof InvalidRequestError)) throw err;
      s.invalid = err;
      s.converted = { ...s.known, messages: [], untranslatable: [`request: ${err.message}`] };
    }
  }
  return s.converted;
}

/**
 * A ChatRequest that answers `model` and `stream` from `known` and everything else from
 * `convert()`, called on first need. It behaves as the converted object for every reader
 * (property reads, `in`, spread, Object.keys, JSON.stringify) and writer.
 */
export function deferredRequest(known: Pick<ChatRequest, 'model' | 'stream'>, convert: () => ChatRequest): ChatRequest {
  const state: State = { known, convert };
  const proxy = new Proxy({} as ChatRequest, {
    get: (_t, key) => {
      if (key === STATE) return state;
      return state.converted === undefined && (key === 'model' || key === 'stream') ? known[key] : Reflect.get(converted(state), key);
    },
    set: (_t, key, value) => Reflect.set(converted(state), key, value),
    has: (_t, key) => key in converted(state),
    deleteProperty: (_t, key) => Reflect.deleteProperty(converted(state), key),
    ownKeys: () => Reflect.ownKeys(converted(state)),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(converted(state), key);
      // The (empty) proxy target must not be contradicted: report the property as configurable.
      return d && { ...d, configurable: true };
    },
    defineProperty: (_t, key, d) => Reflect.defineProperty(converted(state), key, d),
  });
  return proxy;
}

/** Throws the 400 of a deferred request whose body fails validation; nothing for any other request. */
export function requireValid(request: ChatRequest): void {
  const s = stateOf(request);
  if (!s) return;
  converted(s);
  if (s.invalid) throw s.invalid;
}

/** Whether `request` is deferred and not converted yet (tests, and what the bench measures). */
export function isUnconverted(request: ChatRequest): boolean {
  const s = stateOf(request);
  return s !== undefined && s.converted === undefined;
}
