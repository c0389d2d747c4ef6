import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { stableJson } from '../../core/stable-json.js';
import type { ChatRequest } from '../../core/types.js';
import type { ContenderSpec } from '../schema/eval-file.js';
import type { ContenderClient, ContenderResult } from '../types.js';

// Completed model calls, keyed by what determines the answer (route, forced variant, the exact
// request) plus the item id and repetition: two items with the same text are still two samples,
// and sharing one answer between them would fake agreement between contenders. Appended one line per call as it completes, so an interrupted run
// resumes where it stopped and a re-run makes no model calls at all.

export interface ResultCache {
  get(key: string): ContenderResult | undefined;
  put(key: string, value: ContenderResult): void;
  readonly size: number;
}

export function cacheKey(contender: ContenderSpec, request: ChatRequest, repetition: number, item = ''): string {
  const identity = { route: contender.route, variant: contender.variant ?? null, request, repetition, item };
  return createHash('sha256').update(stableJson(identity)).digest('hex');
}

export class MemoryCache implements ResultCache {
  protected readonly map = new Map<string, ContenderResult>();
  get(key: string) {
    return this.map.get(key);
  }
  put(key: string, value: ContenderResult) {
    this.map.set(key, value);
  }
  get size() {
    return this.map.size;
  }
}

export class JsonlCache extends MemoryCache {
  readonly #file: string;

  constructor(file: string) {
    super();
    this.#file = file;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const { key, value } = JSON.parse(line) as { key: string; value: ContenderResult };
        this.map.set(key, value);
      } catch {
        // A line cut short by a kill mid-write: that call simply runs again.
      }
    }
  }

  override put(key: string, value: ContenderResult): void {
    super.put(key, value);
    mkdirSync(dirname(this.#file), { recursive: true });
    appendFileSync(this.#file, `${JSON.stringify({ key, value })}\n`);
  }
}

/** Wraps a client so identical calls (e.g. a judge grading the same answer twice) are answered from the cache. */
export function cachingClient(client: ContenderClient, cache: ResultCache): ContenderClient {
  return {
    async complete(contender, request, signal) {
      const key = cacheKey(contender, request, 0);
      const hit = cache.get(key);
      if (hit) return hit;
      const r = await client.complete(contender, request, signal);
      cache.put(key, r);
      return r;
    },
  };
}
