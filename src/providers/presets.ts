import type { openAiPresets } from '../config/schema.js';

// Known OpenAI-compatible servers: where they live, which variable usually holds their key, and
// headers they like. A config's own base_url and headers always win over the preset.

type OpenAiPreset = (typeof openAiPresets)[number];

interface PresetInfo {
  baseUrl?: string;
  /** The environment variable people usually keep this server's key in (for docs and defaults). */
  apiKeyEnv?: string;
  headers?: Record<string, string>;
  /** Whether the server understands the `developer` role (others get `system`). */
  developerRole?: boolean;
}

export const PRESETS: Record<OpenAiPreset, PresetInfo> = {
  openai: { baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY', developerRole: true },
  // OpenRouter attributes traffic to apps by the optional X-Title and HTTP-Referer headers; set
  // HTTP-Referer to your app's URL in the provider's `headers` if you want it ranked.
  openrouter: { baseUrl: 'https://openrouter.ai/api/v1', apiKeyEnv: 'OPENROUTER_API_KEY', headers: { 'X-Title': 'Switchyard' } },
  nous: { baseUrl: 'https://inference-api.nousresearch.com/v1', apiKeyEnv: 'NOUS_API_KEY' },
  vllm: { baseUrl: 'http://127.0.0.1:8000/v1', apiKeyEnv: 'VLLM_API_KEY' },
  ollama: { baseUrl: 'http://127.0.0.1:11434/v1' },
  llamacpp: { baseUrl: 'http://127.0.0.1:8080/v1' },
  together: { baseUrl: 'https://api.together.xyz/v1', apiKeyEnv: 'TOGETHER_API_KEY' },
  groq: { baseUrl: 'https://api.groq.com/openai/v1', apiKeyEnv: 'GROQ_API_KEY' },
  deepseek: { baseUrl: 'https://api.deepseek.com/v1', apiKeyEnv: 'DEEPSEEK_API_KEY' },
  custom: {},
};

export function presetInfo(preset: OpenAiPreset | undefined): PresetInfo {
  return PRESETS[preset ?? 'openai'];
}
