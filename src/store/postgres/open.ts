import type { Logger } from 'pino';
import type { StorageConfig } from '../../config/schema.js';
import { envRefName } from '../../config/secret.js';
import { ConfigError } from '../../core/errors.js';
import type { Redactor } from '../redact.js';
import type { PiiRedactor } from '../redact-pii.js';
import { PostgresStore } from './store.js';
import { durabilityOf } from '../durability.js';
import { StoreOpenError } from '../errors.js';

/** Opens (and migrates) the PostgreSQL store; `storage.url` may be an env:VAR reference. */
export async function openPostgres(storage: StorageConfig, deps: { redactor?: Redactor; pii?: PiiRedactor; logger?: Logger; env?: NodeJS.ProcessEnv }): Promise<PostgresStore> {
  const env = deps.env ?? process.env;
  const ref = storage.url ? envRefName(storage.url) : undefined;
  const url = ref ? env[ref] : storage.url;
  if (!url) throw new ConfigError('(config)', [{ path: 'storage.url', message: ref ? `environment variable ${ref} is not set` : 'postgres storage needs url' }]);
  const store = new PostgresStore({
    url,
    // The config key wins; the environment variable stays as a fallback for older deployments.
    schema: storage.schema ?? (env.SWITCHYARD_PG_SCHEMA || undefined),
    pii: deps.pii,
    poolSize: storage.pool_size,
    batchMaxRows: storage.batch_max_rows,
    batchFlushMs: storage.batch_flush_ms,
    batchFlushMaxMs: storage.batch_flush_max_ms,
    redactor: deps.redactor,
    logger: deps.logger,
    statementTimeoutMs: storage.statement_timeout_ms,
    durability: durabilityOf(storage),
  });
  try {
    await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    // The URL may carry a password: name the host only.
    const host = (() => { try { return new URL(url).host; } catch { return 'the configured server'; } })();
    throw new StoreOpenError(`storage: cannot open postgres store at ${host}: ${(err as Error).message}; check storage.url and that the server accepts connections`);
  }
  return store;
}
