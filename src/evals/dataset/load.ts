import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import type { ToolDefinition } from '../../core/types.js';
import { benchmarkCases, benchmarkTools } from '../benchmark/tool-calling.js';
import { toolExpectationSchema, type DatasetSpec } from '../schema/eval-file.js';
import type { EvalItem } from '../types.js';

// Where the items come from. JSONL files work on their own; stored datasets and store queries go
// through DatasetSource, which the session-data work implements over the store.

export interface DatasetSource {
  storedDataset(name: string, limit?: number): Promise<EvalItem[]>;
  queryInferences(query: Record<string, unknown>, limit?: number): Promise<EvalItem[]>;
}

const itemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    input: z.string().optional(),
    messages: z.array(z.object({ role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']) }).passthrough()).nonempty().optional(),
    tools: z.array(z.object({ type: z.literal('function'), function: z.object({ name: z.string() }).passthrough() }).passthrough()).optional(),
    vars: z.record(z.string(), z.string()).optional(),
    expected: z.union([z.string(), z.object({ text: z.string().optional(), tool_call: toolExpectationSchema.optional() }).passthrough()]).optional(),
    category: z.string().optional(),
  })
  .passthrough()
  .refine((i) => i.input !== undefined || i.messages !== undefined, { message: 'an item needs input or messages' });

function parseJsonl(text: string, file: string): EvalItem[] {
  const items: EvalItem[] = [];
  const issues: { path: string; message: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      issues.push({ path: `line ${i + 1}`, message: `not JSON: ${(err as Error).message}` });
      return;
    }
    const r = itemSchema.safeParse(raw);
    if (!r.success) {
      for (const is of r.error.issues) issues.push({ path: `line ${i + 1}${is.path.length ? `: ${is.path.join('.')}` : ''}`, message: is.message });
      return;
    }
    const d = r.data;
    items.push({ ...(d as unknown as EvalItem), id: String(d.id ?? `line-${i + 1}`) });
  });
  if (issues.length) throw new ConfigError(file, issues.slice(0, 20));
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) throw new ConfigError(file, [{ path: `id ${it.id}`, message: 'item ids must be unique (paired statistics match items by id)' }]);
    ids.add(it.id);
  }
  return items;
}

interface LoadedDataset {
  items: EvalItem[];
  /** tools offered with every item unless the item brings its own */
  tools?: ToolDefinition[];
}

export async function loadDataset(spec: DatasetSpec, opts: { baseDir: string; file: string; source?: DatasetSource }): Promise<LoadedDataset> {
  let items: EvalItem[];
  let tools: ToolDefinition[] | undefined;
  if (spec.jsonl !== undefined) {
    const path = isAbsolute(spec.jsonl) ? spec.jsonl : resolve(opts.baseDir, spec.jsonl);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ConfigError(opts.file, [{ path: 'dataset.jsonl', message: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }]);
    }
    items = parseJsonl(text, path);
  } else if (spec.builtin === 'tool-calling') {
    items = benchmarkCases();
    tools = benchmarkTools();
  } else {
    if (!opts.source) {
      throw new ConfigError(opts.file, [{ path: spec.stored !== undefined ? 'dataset.stored' : 'dataset.query', message: 'stored datasets and store queries need the store: run in-process (without --gateway-url) or export the dataset to JSONL' }]);
    }
    items = spec.stored !== undefined ? await opts.source.storedDataset(spec.stored, spec.limit) : await opts.source.queryInferences(spec.query!, spec.limit);
  }
  if (spec.limit !== undefined) items = items.slice(0, spec.limit);
  if (items.length === 0) throw new ConfigError(opts.file, [{ path: 'dataset', message: 'the dataset has no items' }]);
  return { items, tools };
}
