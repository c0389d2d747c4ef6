import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { envRefName } from '../config/secret.js';
import { ConfigError } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { MemoryBackend, RedisBackend, StoreBackend, type CacheBackend } from './backends.js';
import { ResponseCache } from './response-cache.js';

/** The response cache on the backend `cache.store` names; costs nothing per request until a route or header uses it. */
export function openResponseCache(config: Config, store: Store, env: NodeJS.ProcessEnv, logger?: Logger): ResponseCache {
  const c = config.cache;
  const onError = (err: unknown) => logger?.warn({ err }, `response cache: ${c.store} backend error`);
  let backend: CacheBackend;
  if (c.store === 'redis') {
    const ref = envRefName(c.redis_url!);
    const url = ref ? env[ref] : c.redis_url;
    if (!url) throw new ConfigError('(config)', [{ path: 'cache.redis_url', message: `environment variable ${ref} is not set` }]);
    backend = new RedisBackend(url, c.key_prefix, onError);
  } else if (c.store === 'store' && store.cache) {
    backend = new StoreBackend(store.cache, c.sweep_interval_s * 1000, onError);
  } else {
    backend = new MemoryBackend();
  }
  return new ResponseCache(config, backend, logger);
}
