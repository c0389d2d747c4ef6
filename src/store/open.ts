import type { Logger } from 'pino';
import type { StorageConfig } from '../config/schema.js';
import type { Redactor } from './redact.js';
import { durabilityOf } from './durability.js';
import { PiiRedactor } from './redact-pii.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';
import { openPostgres } from './postgres/open.js';

/** Opens the store the config asks for. */
export async function openStore(storage: StorageConfig, deps: { redactor?: Redactor; logger?: Logger; env?: NodeJS.ProcessEnv } = {}): Promise<Store> {
  const pii = new PiiRedactor({ custom: storage.redact });
  switch (storage.kind) {
    case 'sqlite':
    case 'memory': {
      const store = new SqliteStore({
        path: storage.kind === 'memory' ? ':memory:' : storage.path,
        batchMaxRows: storage.batch_max_rows,
        batchFlushMs: storage.batch_flush_ms,
        batchFlushMaxMs: storage.batch_flush_max_ms,
        redactor: deps.redactor,
        pii,
        logger: deps.logger,
        durability: durabilityOf(storage),
        maxInferences: storage.memory_max_inferences,
      });
      await store.init();
      return store;
    }
    case 'postgres':
      return openPostgres(storage, { ...deps, pii });
  }
}
