import type { StreamChunk, ToolCall, ToolCallDelta } from '../../core/types.js';

// A stream's tool calls as the firewall reads them, and the observe-mode stream: the chunks go
// through unchanged, the tool-call deltas are gathered on the way, and once the source ends the
// calls are assessed before the stream reports its end (the route ends the response after that).
// A plain iterator, not an async generator: observe mode never holds or rewrites a chunk, and a
// generator layer costs every chunk a resumption and its promises (docs/performance.md,
// "The stream's CPU, fourth pass").

/** The calls assembled from their deltas, in index order. */
export class ToolCallParts {
  readonly #parts = new Map<number, { id: string; name: string; args: string }>();

  add(deltas: ToolCallDelta[]): void {
    for (const d of deltas) {
      const p = this.#parts.get(d.index) ?? { id: '', name: '', args: '' };
      if (d.id) p.id = d.id;
      if (d.name) p.name += d.name;
      if (d.arguments) p.args += d.arguments;
      this.#parts.set(d.index, p);
    }
  }

  calls(): ToolCall[] {
    return [...this.#parts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([i, p]) => ({ id: p.id || `call_${i}`, type: 'function', function: { name: p.name, arguments: p.args } }));
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export class ObservedStream implements AsyncIterableIterator<StreamChunk> {
  readonly #source: AsyncIterator<StreamChunk>;
  readonly #parts = new ToolCallParts();
  #ended = false;

  /** `assess` runs once, when the source has ended and some tool call went by. */
  constructor(source: AsyncIterable<StreamChunk>, private readonly assess: (calls: ToolCall[]) => Promise<unknown>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<StreamChunk>> {
    if (this.#ended) return Promise.resolve(DONE);
    return this.#source.next().then(this.#see);
  }

  readonly #see = (r: IteratorResult<StreamChunk>): IteratorResult<StreamChunk> | Promise<IteratorResult<StreamChunk>> => {
    if (r.done) return this.#end();
    const c = r.value;
    if (c.type === 'delta' && c.tool_calls?.length) this.#parts.add(c.tool_calls);
    return r;
  };

  async #end(): Promise<IteratorResult<StreamChunk>> {
    this.#ended = true;
    const calls = this.#parts.calls();
    if (calls.length > 0) await this.assess(calls);
    return DONE;
  }

  /** The reader stopped early (the client went away): the source stops too, and nothing is assessed. */
  async return(): Promise<IteratorResult<StreamChunk>> {
    this.#ended = true;
    await this.#source.return?.();
    return DONE;
  }
}
