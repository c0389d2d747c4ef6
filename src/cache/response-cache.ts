import type { Logger } from 'pino';
import type { CacheConfig, CacheDirective } from '../config/cache-schema.js';
import type { Config } from '../config/schema.js';
import type { ChatRequest, ChatResponse } from '../core/types.js';
import type { Plan } from '../routing/resolve.js';
import type { RuntimeTarget } from '../routing/targets.js';
import type { CacheBackend } from './backends.js';
import { cacheKey } from './key.js';
import { Lru } from './lru.js';
import { cachePolicy } from './policy.js';

// The exact-match response cache the gateway consults between planning and the provider call.
// `begin` decides synchronously (no I/O) whether the request may use the cache; a ticket then
// reads (LRU first, then the backend) and writes after a successful response, off the reply path.

export interface CacheEntry {
  response: ChatResponse;
  /** provider/model of the target that produced the response. */
  target: string;
  created_at: string;
  /** Epoch milliseconds; the in-process LRU keeps a backend entry no longer than this. */
  expires_at: number;
}

export type CacheTicket =
  | { outcome: 'bypass' }
  | { outcome: 'miss'; key: string; read(): Promise<CacheEntry | null>; write(response: ChatResponse, target: RuntimeTarget): void };

export class ResponseCache {
  readonly #config: Config;
  readonly #settings: CacheConfig;
  readonly #backend: CacheBackend;
  readonly #lru: Lru<string>;
  readonly #logger?: Logger;
  #lastWarn = 0;

  constructor(config: Config, backend: CacheBackend, logger?: Logger) {
    this.#config = config;
    this.#settings = config.cache;
    this.#backend = backend;
    this.#logger = logger;
    this.#lru = new Lru(backend.name === 'memory' ? Math.max(this.#settings.memory_entries, 1) : this.#settings.memory_entries);
  }

  get backend(): string {
    return this.#backend.name;
  }

  /**
   * undefined: the request does not involve the cache at all (no route setting, no header).
   * `config` is the gateway's live one, so a hot reload's route cache settings apply at once
   * (the backend and `cache` section stay as started).
   */
  begin(request: ChatRequest, plan: Plan, directive: CacheDirective | undefined, config: Config = this.#config): CacheTicket | undefined {
    const policy = cachePolicy(config, plan, request, directive);
    if (!policy) return undefined;
    if (policy.outcome === 'bypass') return { outcome: 'bypass' };
    const key = cacheKey(request, plan);
    return {
      outcome: 'miss',
      key,
      read: () => (policy.read ? this.#read(key) : Promise.resolve(null)),
      write: (response, target) => {
        if (policy.write) this.#write(key, response, target, policy.ttlMs);
      },
    };
  }

  async #read(key: string): Promise<CacheEntry | null> {
    const local = this.#lru.get(key);
    // Parsed per hit, so each hit gets its own copy: the firewall may rewrite the response it is given.
    if (local !== undefined) return JSON.parse(local) as CacheEntry;
    let text: string | null;
    try {
      text = await this.#backend.get(key);
    } catch (err) {
      this.#warn(err, 'read');
      return null;
    }
    if (text === null) return null;
    const entry = JSON.parse(text) as CacheEntry;
    this.#lru.set(key, text, entry.expires_at);
    return entry;
  }

  #write(key: string, response: ChatResponse, target: RuntimeTarget, ttlMs: number): void {
    const now = Date.now();
    const entry: CacheEntry = { response, target: target.key, created_at: new Date(now).toISOString(), expires_at: now + ttlMs };
    // Serialized now, before anything downstream (the firewall) can change the response.
    const text = JSON.stringify(entry);
    if (Buffer.byteLength(text) > this.#settings.max_entry_bytes) return;
    this.#lru.set(key, text, entry.expires_at);
    this.#backend.set(key, text, ttlMs).catch((err) => this.#warn(err, 'write'));
  }

  #warn(err: unknown, op: string): void {
    const now = Date.now();
    if (now - this.#lastWarn < 10_000) return;
    this.#lastWarn = now;
    this.#logger?.warn({ err }, `response cache: ${op} failed on the ${this.#backend.name} backend; serving without the cache`);
  }

  close(): Promise<void> {
    return this.#backend.close();
  }
}
