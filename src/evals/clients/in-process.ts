import type { Config } from '../../config/schema.js';
import { ProviderRegistry } from '../../providers/registry.js';
import { Gateway } from '../../routing/gateway.js';
import { openStore } from '../../store/open.js';
import { GatewayContenderClient } from './gateway-client.js';
import type { ContenderClient } from '../types.js';
import type { Store } from '../../store/types.js';
import { attachExamples } from '../../optimize/examples/attach.js';

/** A gateway built from the config inside this process, its store included (closed by close()). */
export async function openInProcessClient(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<ContenderClient & { gateway: Gateway; store: Store }> {
  const store = await openStore(config.storage, { env });
  const gateway = new Gateway({ config, store, providers: new ProviderRegistry(), env });
  const examples = attachExamples(gateway, store, { refreshMs: 0 });
  await examples?.warm();
  const client = new GatewayContenderClient(gateway);
  return {
    gateway,
    store,
    complete: (c, r, s) => client.complete(c, r, s),
    close: () => store.close(),
  };
}
