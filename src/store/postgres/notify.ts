import pg from 'pg';
import type { Logger } from 'pino';
import { pgTypes } from './db.js';

// LISTEN/NOTIFY on one dedicated connection (a pooled one could be handed to someone else and
// lose its LISTENs). Reconnects after a drop and listens again, so replicas keep hearing each other.

export type NotifyHandler = (payload: string) => void;

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgNotifier {
  readonly #url: string;
  readonly #prefix: string;
  readonly #logger?: Logger;
  readonly #handlers = new Map<string, Set<NotifyHandler>>();
  #client: pg.Client | undefined;
  #connecting: Promise<pg.Client> | undefined;
  #closed = false;
  #retry: NodeJS.Timeout | undefined;

  constructor(url: string, opts: { prefix?: string; logger?: Logger } = {}) {
    this.#url = url;
    this.#prefix = opts.prefix ?? '';
    this.#logger = opts.logger;
  }

  /** The real channel name: prefixed with the schema so deployments sharing a database stay apart. */
  channelName(channel: string): string {
    const full = `${this.#prefix}${channel}`;
    if (!CHANNEL.test(full)) throw new Error(`invalid notification channel "${channel}" (lowercase letters, digits, _; at most 63 with the schema prefix)`);
    return full;
  }

  async subscribe(channel: string, handler: NotifyHandler): Promise<() => Promise<void>> {
    const name = this.channelName(channel);
    let set = this.#handlers.get(name);
    const fresh = !set;
    if (!set) this.#handlers.set(name, (set = new Set()));
    set.add(handler);
    if (fresh) {
      const c = await this.#connect();
      await c.query(`LISTEN ${name}`);
    }
    return async () => {
      const s = this.#handlers.get(name);
      if (!s?.delete(handler) || s.size > 0) return;
      this.#handlers.delete(name);
      if (this.#client) await this.#client.query(`UNLISTEN ${name}`).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retry) clearTimeout(this.#retry);
    const c = this.#client;
    this.#client = undefined;
    if (c) await c.end().catch(() => undefined);
  }

  #connect(): Promise<pg.Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= (async () => {
      const c = new pg.Client({ connectionString: this.#url, types: pgTypes() });
      c.on('notification', (m) => {
        for (const h of this.#handlers.get(m.channel) ?? []) {
          try {
            h(m.payload ?? '');
          } catch (err) {
            this.#logger?.error({ err, channel: m.channel }, 'notification handler failed');
          }
        }
      });
      c.on('error', (err) => this.#lost(c, err));
      c.on('end', () => this.#lost(c));
      try {
        await c.connect();
      } finally {
        this.#connecting = undefined;
      }
      this.#client = c;
      return c;
    })();
    return this.#connecting;
  }

  #lost(c: pg.Client, err?: unknown): void {
    if (this.#client !== c) return;
    this.#client = undefined;
    if (this.#closed) return;
    this.#logger?.warn({ err }, 'postgres notification connection lost; reconnecting');
    const again = () => {
      this.#retry = undefined;
      if (this.#closed || this.#handlers.size === 0) return;
      this.#connect()
        .then(async (nc) => {
          for (const name of this.#handlers.keys()) await nc.query(`LISTEN ${name}`);
        })
        .catch(() => {
          this.#retry = setTimeout(again, 1000);
        });
    };
    this.#retry = setTimeout(again, 200);
  }
}
