import type { ProviderConfig } from '../config/schema.js';
import type { ProviderAdapter } from './types.js';
import { SimulatedAdapter } from './simulated/index.js';
import { OpenAiAdapter } from './openai.js';

// One adapter instance per wire format; adapters hold connection pools, so they are shared.
export class ProviderRegistry {
  readonly #adapters: Record<ProviderConfig['type'], ProviderAdapter | undefined>;

  constructor() {
    this.#adapters = {
      simulated: new SimulatedAdapter(),
      openai: new OpenAiAdapter(),
      anthropic: undefined,
      gemini: undefined,
    };
  }

  adapterFor(type: ProviderConfig['type']): ProviderAdapter {
    const adapter = this.#adapters[type];
    if (!adapter) throw new Error(`no adapter for provider type ${type}`);
    return adapter;
  }
}
