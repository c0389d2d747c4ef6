import type { Config, ModelConfig, TargetConfig } from '../config/schema.js';
import { Secret, envRefName } from '../config/secret.js';
import type { ProviderTarget } from '../providers/types.js';

// Resolves config targets into what adapters need, once at start-up (nothing on the hot path
// parses config or reads the environment).

export interface RuntimeTarget {
  index: number;
  key: string; // provider/model, the breaker and metrics key
  config: TargetConfig;
  provider: ProviderTarget;
  /** Set when the credential's variable is missing: the target fails fast without a network call. */
  missingCredential?: string;
}

export interface RuntimeModel {
  name: string;
  config: ModelConfig;
  targets: RuntimeTarget[];
}

export function resolveModels(config: Config, env: NodeJS.ProcessEnv): Map<string, RuntimeModel> {
  const out = new Map<string, RuntimeModel>();
  for (const [name, model] of Object.entries(config.models)) {
    const targets = model.targets.map((t, index): RuntimeTarget => {
      const providerConfig = config.providers[t.provider];
      const ref = 'api_key' in providerConfig ? providerConfig.api_key : undefined;
      const varName = ref ? envRefName(ref) : undefined;
      const value = varName ? env[varName] : undefined;
      return {
        index,
        key: `${t.provider}/${t.model}`,
        config: t,
        provider: {
          providerName: t.provider,
          config: providerConfig,
          apiKey: varName && value ? new Secret(varName, value) : undefined,
          model: t.model,
          params: t.params,
        },
        missingCredential: varName && !value ? varName : undefined,
      };
    });
    out.set(name, { name, config: model, targets });
  }
  return out;
}
