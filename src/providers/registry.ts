import type { ProviderConfig } from '../config/schema.js';
import type { ProviderAdapter } from './types.js';
import { SimulatedAdapter } from './simulated/index.js';
import { OpenAiAdapter } from './openai.js';
import { AnthropicAdapter } from './anthropic.js';
import { GeminiAdapter } from './gemini.js';

// One adapter instance per wire format; adapters hold connection pools, so they are shared.
export class ProviderRegistry {
  readonly #adapters: Record<ProviderConfig['type'], ProviderAdapter>;

  constructor() {
    this.#adapters = {
      simulated: new SimulatedAdapter(),
      openai: new OpenAiAdapter(),
      anthropic: new AnthropicAdapter(),
      gemini: new GeminiAdapter(),
    };
  }

  adapterFor(type: ProviderConfig['type']): ProviderAdapter {
    return this.#adapters[type];
  }
}
