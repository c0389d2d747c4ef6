import { configSchema, type Config, type RawConfig } from './schema.js';

// The config used when no file is given: the simulated provider always (so the gateway works with
// no keys and no network), plus each real provider whose key is in the environment.

interface KnownProvider {
  env: string;
  provider: RawConfig['providers'] extends Record<string, infer P> | undefined ? P : never;
  models: string[];
}

const KNOWN: Record<string, KnownProvider> = {
  openai: { env: 'OPENAI_API_KEY', provider: { type: 'openai', preset: 'openai', api_key: 'env:OPENAI_API_KEY' }, models: ['gpt-4o-mini', 'gpt-4o'] },
  anthropic: { env: 'ANTHROPIC_API_KEY', provider: { type: 'anthropic', api_key: 'env:ANTHROPIC_API_KEY' }, models: ['claude-haiku-4-5', 'claude-sonnet-4-5'] },
  gemini: { env: 'GEMINI_API_KEY', provider: { type: 'gemini', api_key: 'env:GEMINI_API_KEY' }, models: ['gemini-2.5-flash', 'gemini-2.5-pro'] },
  openrouter: { env: 'OPENROUTER_API_KEY', provider: { type: 'openai', preset: 'openrouter', api_key: 'env:OPENROUTER_API_KEY' }, models: ['openrouter/auto'] },
};

// The model names agents and SDKs send when nobody configured one: Claude Code (claude-opus-*,
// claude-sonnet-*, claude-haiku-* and their dated ids), Codex (gpt-5*, gpt-5-codex*, codex-mini*,
// o3, o4-mini) and the OpenAI and Anthropic SDK docs (gpt-4o, gpt-4.1...). Haiku-class models do
// Claude Code's small background jobs, so they go to the auxiliary route; the rest to agent-main.
const DEFAULT_MODEL_ALIASES: Record<string, string> = {
  'claude-haiku-*': 'auxiliary',
  'claude-3-haiku*': 'auxiliary',
  'claude-3-5-haiku*': 'auxiliary',
  'claude-*': 'agent-main',
  'gpt-5*': 'agent-main',
  'codex-*': 'agent-main',
  'o1*': 'agent-main',
  'o3*': 'agent-main',
  'o4-mini*': 'agent-main',
  'gpt-4*': 'agent-main',
  'gpt-3.5-turbo*': 'agent-main',
  'gemini-*': 'agent-main',
};

export function defaultConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: RawConfig = {
    providers: { simulated: { type: 'simulated', seed: 42 } },
    models: { simulated: { targets: [{ provider: 'simulated', model: 'switchyard-sim-1' }] } },
    routes: {},
  };
  const real: string[] = [];
  for (const [name, known] of Object.entries(KNOWN)) {
    if (!env[known.env]) continue;
    raw.providers![name] = known.provider;
    for (const model of known.models) {
      raw.models![model] = { targets: [{ provider: name, model: model === 'openrouter/auto' ? 'openrouter/auto' : model }] };
      real.push(model);
    }
  }
  if (env.SWITCHYARD_OPENAI_BASE_URL) {
    // A local OpenAI-compatible server (vLLM, Ollama, llama.cpp): served as model "local".
    raw.providers!.local = { type: 'openai', preset: 'custom', base_url: env.SWITCHYARD_OPENAI_BASE_URL, ...(env.SWITCHYARD_OPENAI_API_KEY ? { api_key: 'env:SWITCHYARD_OPENAI_API_KEY' } : {}) };
    raw.models!.local = { targets: [{ provider: 'local', model: env.SWITCHYARD_OPENAI_MODEL ?? 'default' }] };
    real.push('local');
  }
  const main = real[0] ?? 'simulated';
  for (const route of ['agent-main', 'auxiliary', 'delegate', 'cron']) raw.routes![route] = { model: main, description: `default ${route} route` };
  // Embeddings work with no key too: deterministic vectors (text-embedding-3-small's 1536 dimensions)
  // under the name the OpenAI SDKs and most RAG libraries ask for by default.
  raw.models!.embedding = { targets: [{ provider: 'simulated', model: 'switchyard-embed-1' }] };
  raw.routes!['text-embedding-3-small'] = { model: 'embedding', description: 'default embeddings (simulated, deterministic)' };
  // Names a real model of this config already serves exactly are not aliased (exact names win anyway).
  raw.model_aliases = { ...DEFAULT_MODEL_ALIASES };
  return configSchema.parse(raw);
}
