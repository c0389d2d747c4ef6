import { startScriptedOpenAi } from './scripted-openai.js';

// A config with cached routes of every kind, and an OpenAI-format upstream that numbers its answers
// (so a hit is told from a fresh call by its text) and counts its calls.

export type Up = Awaited<ReturnType<typeof startScriptedOpenAi>>;

export function cacheYaml(upstream: string, storage = ''): string {
  return `
providers:
  up: { type: openai, preset: custom, base_url: "${upstream}", api_key: env:UP_KEY }
models:
  m: { targets: [{ provider: up, model: gpt-up, usd_per_1m_input_tokens: 1, usd_per_1m_output_tokens: 2 }] }
routes:
  cached: { model: m, cache: { ttl_s: 600 } }
  hot: { model: m, cache: { ttl_s: 600, allow_nondeterministic: true } }
  ro: { model: m, cache: { mode: read_only } }
  never: { model: m, cache: { mode: 'off' } }
  plain: { model: m }
${storage}`;
}

export async function startCountingUpstream(): Promise<Up> {
  let n = 0;
  return startScriptedOpenAi((body) => {
    n++;
    const last = (body.messages as { content: string }[]).at(-1)?.content ?? '';
    if (String(last).includes('use a tool')) return { kind: 'reply', calls: [{ id: 'call_1', name: 'lookup', args: { q: 'x' } }] };
    return { kind: 'reply', text: `answer #${n} to ${String(last).slice(0, 40)}`, usage: { input: 11, output: 7 } };
  });
}

