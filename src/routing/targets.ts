import { createHash } from 'node:crypto';
import type { Config, ModelConfig, TargetConfig } from '../config/schema.js';
import { Secret, envRefName } from '../config/secret.js';
import type { ProviderTarget } from '../providers/types.js';

// Resolves config targets into what adapters need, once at start-up (nothing on the hot path
// parses config or reads the environment).

export interface RuntimeTarget {
  index: number;
  key: string; // provider/model, the metrics key
  /** key + a hash of the provider's config: breaker state survives a reload only while this stays the same. */
  identity: string;
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
  const providerHash = new Map(
    Object.entries(config.providers).map(([name, p]) => [name, createHash('sha256').update(JSON.stringify(p)).digest('hex').slice(0, 12)]),
  );
  for (const [name, model] of Object.entries(config.models)) {
    const targets = model.targets.map((t, index): RuntimeTarget => {
      const providerConfig = config.providers[t.provider];
      const ref = 'api_key' in providerConfig ? providerConfig.api_key : undefined;
      const varName = ref ? envRefName(ref) : undefined;
      const value = varName ? env[varName] : undefined;
      return {
        index,
        key: `${t.provider}/${t.model}`,
        identity: `${t.provider}/${t.model}@${providerHash.get(t.provider)}`,
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
