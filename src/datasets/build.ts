import type { ChatMessage } from '../core/types.js';
import type { DatapointInput, DatasetVersion } from '../store/dataset-types.js';
import type { InferenceQuery, Store } from '../store/types.js';
import { datapointInput } from './example.js';
import { readDatapointsJsonl } from './jsonl.js';
import { examplesFromQuery, type QuerySourceOptions } from './sources.js';

// Building dataset versions from stored inferences, JSONL files and imported sessions. One build
// makes exactly one new version (one transaction), so every version is one deliberate action.

const MAX_ROWS = 1_000_000;

async function commitAll(store: Store, name: string, rows: AsyncIterable<DatapointInput>, note: string): Promise<DatasetVersion> {
  const add: DatapointInput[] = [];
  for await (const r of rows) {
    add.push(r);
    if (add.length > MAX_ROWS) throw new Error(`a single dataset build is limited to ${MAX_ROWS} datapoints`);
  }
  return store.datasets.commit(name, { add, note });
}

export async function buildFromQuery(store: Store, name: string, query: InferenceQuery, opts: QuerySourceOptions & { note?: string } = {}): Promise<DatasetVersion> {
  async function* rows() {
    for await (const e of examplesFromQuery(store, query, opts)) yield datapointInput(e);
  }
  return commitAll(store, name, rows(), opts.note ?? `from query ${JSON.stringify(query)}`);
}

export async function buildFromJsonl(store: Store, name: string, file: string, note?: string): Promise<DatasetVersion> {
  return commitAll(store, name, readDatapointsJsonl(file), note ?? `from ${file}`);
}

/** The part of the imports repo this needs (owned by the Hermes integration; optional on a store). */
interface ImportsLike {
  listEpisodes(opts?: { origin?: string; limit?: number }): Promise<{ session_id: string }[]>;
  listTurns(sessionId: string): Promise<{ message: ChatMessage }[]>;
}

function importsOf(store: Store): ImportsLike | undefined {
  const repo = (store as unknown as { imports?: ImportsLike }).imports;
  return repo && typeof repo.listEpisodes === 'function' ? repo : undefined;
}

/**
 * One datapoint per imported episode: the conversation up to its last assistant turn is the input
 * and that turn is the output (fine-tuning formats train on every assistant turn in the input too).
 */
export async function buildFromImports(store: Store, name: string, opts: { origin?: string; limit?: number; note?: string } = {}): Promise<DatasetVersion> {
  const imports = importsOf(store);
  if (!imports) throw new Error('this store has no imported sessions (run `switchyard import` first)');
  async function* rows(): AsyncGenerator<DatapointInput> {
    for (const ep of await imports!.listEpisodes({ origin: opts.origin, limit: opts.limit ?? 100_000 })) {
      const messages = (await imports!.listTurns(ep.session_id)).map((t) => t.message);
      let last = messages.length - 1;
      while (last >= 0 && messages[last].role !== 'assistant') last--;
      if (last < 1) continue;
      yield { messages: messages.slice(0, last), output: messages[last], tools: null, tags: { origin: opts.origin ?? 'import' }, source_session_id: ep.session_id };
    }
  }
  return commitAll(store, name, rows(), opts.note ?? `from imported sessions${opts.origin ? ` (${opts.origin})` : ''}`);
}
