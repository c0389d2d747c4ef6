import type { Logger } from 'pino';
import type { Gateway } from '../../routing/gateway.js';
import type { Store } from '../../store/types.js';
import { ExampleService, type ExampleServiceOptions } from './service.js';

// Gives a gateway its example pools when its config has variants with `examples` (the HTTP
// runtime and the in-process eval client both call this). Without such variants it does nothing.

export function attachExamples(gateway: Gateway, store: Store, opts: { logger?: Logger; refreshMs?: number } & Partial<ExampleServiceOptions> = {}): ExampleService | undefined {
  const service = new ExampleService({ gateway, store, config: gateway.config, ...opts });
  if (service.pools.length === 0) return undefined;
  gateway.retrieveShots = service.retrieve;
  void service.warm();
  if (opts.refreshMs !== 0) service.start(opts.refreshMs);
  return service;
}
