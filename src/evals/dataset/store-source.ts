import { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import type { ChatMessage } from '../../core/types.js';
import { examplesFromDataset, examplesFromQuery } from '../../datasets/sources.js';
import type { Example } from '../../datasets/example.js';
import type { InferenceQuery, Store } from '../../store/types.js';
import type { EvalItem } from '../types.js';
import type { DatasetSource } from './load.js';

// Stored datasets and store queries as eval items, over the session-data work's example streams.
// The stored output becomes the expectation: its text for text evaluators, its first tool call's
// name for tool-call evaluators (arguments are too run-specific to demand verbatim).

const querySchema = z
  .object({
    route: z.string().optional(),
    model: z.string().optional(),
    variant: z.string().optional(),
    session_id: z.string().optional(),
    status: z.enum(['ok', 'error', 'interrupted', 'aborted']).optional(),
    since: z.string().optional(),
    until: z.string().optional(),
    metric: z.object({ name: z.string(), value: z.union([z.number(), z.boolean()]).optional() }).strict().optional(),
  })
  .strict();

function itemFromExample(e: Example): EvalItem {
  // The conversation up to (not including) the stored answer is what each contender continues.
  const messages: ChatMessage[] = e.messages;
  const out = e.output;
  const text = typeof out?.content === 'string' ? out.content : undefined;
  const call = out?.tool_calls?.[0];
  return {
    id: e.id,
    messages,
    ...(e.tools?.length ? { tools: e.tools } : {}),
    expected: { ...(text !== undefined ? { text } : {}), ...(call ? { tool_call: { tool: call.function.name, args: [], position: 'any' as const } } : {}) },
    ...(e.tags?.category ? { category: e.tags.category } : {}),
  };
}

export class StoreDatasetSource implements DatasetSource {
  constructor(private readonly store: Store, private readonly file = '(eval file)') {}

  async storedDataset(name: string, limit?: number): Promise<EvalItem[]> {
    const items: EvalItem[] = [];
    for await (const e of examplesFromDataset(this.store, name)) {
      items.push(itemFromExample(e));
      if (limit !== undefined && items.length >= limit) break;
    }
    return items;
  }

  async queryInferences(query: Record<string, unknown>, limit?: number): Promise<EvalItem[]> {
    const parsed = querySchema.safeParse(query);
    if (!parsed.success) {
      throw new ConfigError(this.file, parsed.error.issues.map((i) => ({ path: ['dataset', 'query', ...i.path].join('.'), message: i.message })));
    }
    const items: EvalItem[] = [];
    for await (const e of examplesFromQuery(this.store, parsed.data as InferenceQuery, { max: limit ?? 1000 })) items.push(itemFromExample(e));
    return items;
  }
}
