// Hermes provider names -> Switchyard provider definitions. Facts from the Hermes source:
// hermes_cli/auth.py (PROVIDER_REGISTRY: inference_base_url, api_key_env_vars; resolve_provider's
// alias table) and hermes_cli/runtime_provider.py (openrouter/custom handling, api modes).

export type ProviderShape =
  | { type: 'openai'; preset?: 'openai' | 'openrouter' | 'nous' | 'vllm' | 'ollama' | 'llamacpp' | 'together' | 'groq' | 'deepseek' | 'custom'; base_url?: string }
  | { type: 'anthropic'; base_url?: string }
  | { type: 'gemini'; base_url?: string };

interface KnownProvider {
  id: string;
  shape: ProviderShape;
  /** Environment variables Hermes reads the key from, in priority order (first becomes env:VAR). */
  envVars: string[];
  /** Set when Switchyard can only approximate what Hermes does with this provider. */
  caveat?: string;
  /** The base_url is required (Hermes reads it from config). */
  needsBaseUrl?: boolean;
}

const oa = (base_url: string): ProviderShape => ({ type: 'openai', preset: 'custom', base_url });

export const KNOWN_PROVIDERS: Record<string, KnownProvider> = {
  openrouter: { id: 'openrouter', shape: { type: 'openai', preset: 'openrouter' }, envVars: ['OPENROUTER_API_KEY'] },
  nous: {
    id: 'nous',
    shape: { type: 'openai', preset: 'nous' },
    envVars: ['NOUS_API_KEY'],
    caveat: 'Hermes signs in to Nous Portal with an OAuth device code and mints an agent key; Switchyard needs that key in NOUS_API_KEY',
  },
  'openai-codex': {
    id: 'openai-codex',
    shape: { type: 'openai', preset: 'openai' },
    envVars: ['OPENAI_API_KEY'],
    caveat: 'Hermes uses a ChatGPT OAuth login against chatgpt.com/backend-api/codex (Responses API); Switchyard uses the OpenAI API with OPENAI_API_KEY instead',
  },
  openai: { id: 'openai', shape: { type: 'openai', preset: 'openai' }, envVars: ['OPENAI_API_KEY'] },
  anthropic: { id: 'anthropic', shape: { type: 'anthropic' }, envVars: ['ANTHROPIC_API_KEY', 'ANTHROPIC_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN'] },
  gemini: { id: 'gemini', shape: { type: 'gemini' }, envVars: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'] },
  zai: { id: 'zai', shape: oa('https://api.z.ai/api/paas/v4'), envVars: ['GLM_API_KEY', 'ZAI_API_KEY', 'Z_AI_API_KEY'] },
  'kimi-coding': { id: 'kimi-coding', shape: oa('https://api.moonshot.ai/v1'), envVars: ['KIMI_API_KEY', 'KIMI_CODING_API_KEY'] },
  'kimi-coding-cn': { id: 'kimi-coding-cn', shape: oa('https://api.moonshot.cn/v1'), envVars: ['KIMI_CN_API_KEY'] },
  minimax: { id: 'minimax', shape: { type: 'anthropic', base_url: 'https://api.minimax.io/anthropic' }, envVars: ['MINIMAX_API_KEY'] },
  'minimax-cn': { id: 'minimax-cn', shape: { type: 'anthropic', base_url: 'https://api.minimaxi.com/anthropic' }, envVars: ['MINIMAX_CN_API_KEY'] },
  deepseek: { id: 'deepseek', shape: { type: 'openai', preset: 'deepseek' }, envVars: ['DEEPSEEK_API_KEY'] },
  xai: { id: 'xai', shape: oa('https://api.x.ai/v1'), envVars: ['XAI_API_KEY'], caveat: 'Hermes talks to xAI with the Responses API; Switchyard uses its chat-completions endpoint' },
  alibaba: { id: 'alibaba', shape: oa('https://dashscope-intl.aliyuncs.com/compatible-mode/v1'), envVars: ['DASHSCOPE_API_KEY'] },
  huggingface: { id: 'huggingface', shape: oa('https://router.huggingface.co/v1'), envVars: ['HF_TOKEN'] },
  nvidia: { id: 'nvidia', shape: oa('https://integrate.api.nvidia.com/v1'), envVars: ['NVIDIA_API_KEY'] },
  arcee: { id: 'arcee', shape: oa('https://api.arcee.ai/api/v1'), envVars: ['ARCEEAI_API_KEY'] },
  xiaomi: { id: 'xiaomi', shape: oa('https://api.xiaomimimo.com/v1'), envVars: ['XIAOMI_API_KEY'] },
  kilocode: { id: 'kilocode', shape: oa('https://api.kilo.ai/api/gateway'), envVars: ['KILOCODE_API_KEY'] },
  'opencode-zen': { id: 'opencode-zen', shape: oa('https://opencode.ai/zen/v1'), envVars: ['OPENCODE_ZEN_API_KEY'] },
  'opencode-go': { id: 'opencode-go', shape: oa('https://opencode.ai/zen/go/v1'), envVars: ['OPENCODE_GO_API_KEY'] },
  'ai-gateway': { id: 'ai-gateway', shape: oa('https://ai-gateway.vercel.sh/v1'), envVars: ['AI_GATEWAY_API_KEY'] },
  groq: { id: 'groq', shape: { type: 'openai', preset: 'groq' }, envVars: ['GROQ_API_KEY'] },
  together: { id: 'together', shape: { type: 'openai', preset: 'together' }, envVars: ['TOGETHER_API_KEY'] },
  lmstudio: { id: 'lmstudio', shape: oa('http://127.0.0.1:1234/v1'), envVars: ['LM_API_KEY'] },
  ollama: { id: 'ollama', shape: { type: 'openai', preset: 'ollama' }, envVars: [] },
  vllm: { id: 'vllm', shape: { type: 'openai', preset: 'vllm' }, envVars: [] },
  llamacpp: { id: 'llamacpp', shape: { type: 'openai', preset: 'llamacpp' }, envVars: [] },
  // Hermes's "custom" is any OpenAI-compatible endpoint; its key falls back to OPENAI_API_KEY.
  custom: { id: 'custom', shape: { type: 'openai', preset: 'custom' }, envVars: ['OPENAI_API_KEY'], needsBaseUrl: true },
};

/** Providers Hermes supports that Switchyard cannot call, and why. */
export const UNMAPPABLE_PROVIDERS: Record<string, string> = {
  copilot: 'GitHub Copilot needs a token exchange Switchyard does not implement',
  'copilot-acp': 'Copilot ACP runs an external agent process, not an HTTP model API',
  'qwen-oauth': 'Qwen OAuth needs a browser login Switchyard does not implement',
  'google-gemini-cli': 'Gemini CLI OAuth (Cloud Code Assist) is not an API-key endpoint',
  'xai-oauth': 'xAI OAuth login is not supported; use provider xai with XAI_API_KEY',
  'minimax-oauth': 'MiniMax OAuth login is not supported; use provider minimax with MINIMAX_API_KEY',
  bedrock: 'AWS Bedrock (SigV4 signing) has no Switchyard adapter',
  'azure-foundry': 'Azure Foundry needs its endpoint; use provider custom with base_url instead',
};

// resolve_provider's alias table (hermes_cli/auth.py) plus the local-server names Hermes maps to custom.
const PROVIDER_ALIASES: Record<string, string> = {
  glm: 'zai', 'z-ai': 'zai', 'z.ai': 'zai', zhipu: 'zai',
  google: 'gemini', 'google-gemini': 'gemini', 'google-ai-studio': 'gemini',
  'x-ai': 'xai', 'x.ai': 'xai', grok: 'xai',
  kimi: 'kimi-coding', 'kimi-for-coding': 'kimi-coding', moonshot: 'kimi-coding',
  'kimi-cn': 'kimi-coding-cn', 'moonshot-cn': 'kimi-coding-cn',
  'minimax-china': 'minimax-cn', minimax_cn: 'minimax-cn',
  'minimax-portal': 'minimax-oauth', 'minimax-global': 'minimax-oauth', minimax_oauth: 'minimax-oauth',
  claude: 'anthropic', 'claude-code': 'anthropic',
  github: 'copilot', 'github-copilot': 'copilot', 'github-models': 'copilot', 'github-model': 'copilot',
  'github-copilot-acp': 'copilot-acp', 'copilot-acp-agent': 'copilot-acp',
  aigateway: 'ai-gateway', vercel: 'ai-gateway', 'vercel-ai-gateway': 'ai-gateway',
  opencode: 'opencode-zen', zen: 'opencode-zen', go: 'opencode-go', 'opencode-go-sub': 'opencode-go',
  kilo: 'kilocode', 'kilo-code': 'kilocode', 'kilo-gateway': 'kilocode',
  hf: 'huggingface', 'hugging-face': 'huggingface', 'huggingface-hub': 'huggingface',
  dashscope: 'alibaba', aliyun: 'alibaba', qwen: 'alibaba',
  mimo: 'xiaomi', 'openai-api': 'openai', 'arcee-ai': 'arcee', arceeai: 'arcee',
  'lm-studio': 'lmstudio', 'llama.cpp': 'llamacpp', 'llama-cpp': 'llamacpp',
  'qwen-portal': 'qwen-oauth', 'qwen-cli': 'qwen-oauth', 'gemini-cli': 'google-gemini-cli', 'gemini-oauth': 'google-gemini-cli',
  'grok-oauth': 'xai-oauth', 'x-ai-oauth': 'xai-oauth',
};

export function canonicalProvider(name: string): string {
  const n = name.trim().toLowerCase();
  return PROVIDER_ALIASES[n] ?? n;
}

/** The Switchyard shape for an explicit base_url, from its host (as Hermes's runtime resolution does). */
export function shapeForBaseUrl(baseUrl: string): { shape: ProviderShape; envVars: string[] } {
  let host = '';
  let path = '';
  try {
    const u = new URL(baseUrl);
    host = u.hostname.toLowerCase();
    path = u.pathname.replace(/\/+$/, '');
  } catch {
    /* validated elsewhere */
  }
  if (host === 'openrouter.ai' || host.endsWith('.openrouter.ai')) return { shape: { type: 'openai', preset: 'openrouter', base_url: baseUrl }, envVars: ['OPENROUTER_API_KEY'] };
  if (host === 'api.anthropic.com' || path.endsWith('/anthropic') || path.endsWith('/anthropic/v1')) {
    return { shape: { type: 'anthropic', base_url: baseUrl }, envVars: host === 'api.anthropic.com' ? ['ANTHROPIC_API_KEY'] : [] };
  }
  return { shape: { type: 'openai', preset: 'custom', base_url: baseUrl }, envVars: [] };
}
