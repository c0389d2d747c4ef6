import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { textOf, type Usage } from '../../core/types.js';
import type { Evaluator } from '../evaluators/index.js';
import type { ContenderSpec, EvalFile } from '../schema/eval-file.js';
import type { ContenderClient, ContenderResult, EvalItem, Score } from '../types.js';
import type { ToolDefinition } from '../../core/types.js';
import { cacheKey, type ResultCache } from './cache.js';
import { buildRequest } from './request.js';

// Runs every (item, contender, repetition) once, with bounded concurrency and retries, scoring
// each response with every evaluator. Abort stops dispatching new calls and returns what finished.

export interface Observation {
  item: string;
  category?: string;
  contender: string;
  repetition: number;
  ok: boolean;
  error?: string;
  cached: boolean;
  latencyMs: number | null;
  usage: Usage | null;
  costUsd: number | null;
  scores: Record<string, Score>;
}

interface RunInput {
  file: EvalFile;
  items: EvalItem[];
  tools?: ToolDefinition[];
  contenders: ContenderSpec[];
  evaluators: Evaluator[];
  client: ContenderClient;
  cache?: ResultCache;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** base delay between retries (ms) */
  retryBaseMs?: number;
}

export interface RawRun {
  id: string;
  startedAt: string;
  finishedAt: string;
  interrupted: boolean;
  total: number;
  observations: Observation[];
}

export async function runEval(input: RunInput): Promise<RawRun> {
  const { file, items, contenders, evaluators, client, cache, signal } = input;
  const startedAt = new Date().toISOString();
  // Repetition-major, then item, then contender: an interrupted run leaves paired, balanced data.
  const tasks: Array<{ item: EvalItem; contender: ContenderSpec; repetition: number }> = [];
  for (let repetition = 0; repetition < file.repetitions; repetition++) {
    for (const item of items) for (const contender of contenders) tasks.push({ item, contender, repetition });
  }
  const observations: Observation[] = [];
  let next = 0;
  let done = 0;
  input.onProgress?.(0, tasks.length);

  const worker = async () => {
    while (next < tasks.length && !signal?.aborted) {
      const task = tasks[next++];
      const obs = await runOne(task.item, task.contender, task.repetition);
      if (obs) observations.push(obs);
      input.onProgress?.(++done, tasks.length);
    }
  };

  const runOne = async (item: EvalItem, contender: ContenderSpec, repetition: number): Promise<Observation | null> => {
    const base = { item: item.id, category: item.category, contender: contender.name, repetition };
    let request;
    try {
      request = buildRequest(contender, item, input.tools);
    } catch (err) {
      return failed(base, `cannot build the request: ${(err as Error).message}`, evaluators);
    }
    const key = cacheKey(contender, request, repetition, item.id);
    let result: ContenderResult | undefined = cache?.get(key);
    const cached = result !== undefined;
    let lastError = '';
    for (let attempt = 0; !result && attempt <= file.retries; attempt++) {
      if (signal?.aborted) return null;
      if (attempt > 0) await sleep((input.retryBaseMs ?? 200) * 2 ** (attempt - 1), undefined, { signal }).catch(() => undefined);
      try {
        result = await client.complete(contender, request, signal);
      } catch (err) {
        if (signal?.aborted) return null;
        lastError = (err as Error).message;
        // Bad requests will not get better by asking again.
        if (err instanceof ProviderError && (err.kind === 'bad_request' || err.kind === 'auth')) break;
      }
    }
    if (!result) return failed(base, lastError, evaluators);
    if (!cached) cache?.put(key, result);
    const ctx = { item, response: result.response, text: textOf(result.response.message.content), toolCalls: result.response.message.tool_calls ?? [] };
    const scores: Record<string, Score> = {};
    for (const ev of evaluators) {
      try {
        scores[ev.name] = await ev.evaluate(ctx, signal);
      } catch (err) {
        if (signal?.aborted) return null;
        scores[ev.name] = { pass: ev.binary ? false : undefined, score: 0, explanation: `evaluator error: ${(err as Error).message}` };
      }
    }
    return { ...base, ok: true, cached, latencyMs: result.latencyMs, usage: result.usage ?? result.response.usage ?? null, costUsd: result.costUsd, scores };
  };

  await Promise.all(Array.from({ length: Math.min(file.concurrency, Math.max(1, tasks.length)) }, worker));
  return { id: newId(), startedAt, finishedAt: new Date().toISOString(), interrupted: !!signal?.aborted && done < tasks.length, total: tasks.length, observations };
}

/** A call that failed after its retries scores 0 everywhere: a gateway that errors has failed the item. */
function failed(base: Omit<Observation, 'ok' | 'cached' | 'latencyMs' | 'usage' | 'costUsd' | 'scores'>, error: string, evaluators: Evaluator[]): Observation {
  const scores: Record<string, Score> = {};
  for (const ev of evaluators) scores[ev.name] = { pass: ev.binary ? false : undefined, score: 0, explanation: `contender error: ${error}` };
  return { ...base, ok: false, error, cached: false, latencyMs: null, usage: null, costUsd: null, scores };
}
