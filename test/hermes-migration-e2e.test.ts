import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { parse, stringify } from 'yaml';
import { migrateHermesConfig } from '../src/integrations/hermes/migrate.js';
import { hermesChoosesCheap, SAMPLE_TURNS, type HermesSmartRouting } from '../src/integrations/hermes/smart-routing-rule.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';

// Migrated Hermes configs served by a real gateway: every provider is pointed at one fake
// OpenAI-compatible upstream on 127.0.0.1 that records which upstream model each call asked for
// and fails the models listed in `down`, so the test sees both the cheap-vs-strong choice and the
// fallback order exactly as Hermes would make them.

const fixture = (n: string) => readFileSync(new URL(`../src/integrations/hermes/fixtures/${n}`, import.meta.url), 'utf8');

interface Upstream {
  url: string;
  seen: string[];
  down: Set<string>;
  close(): Promise<void>;
}

async function startUpstream(): Promise<Upstream> {
  const seen: string[] = [];
  const down = new Set<string>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const { model } = JSON.parse(raw) as { model: string };
      seen.push(model);
      res.writeHead(down.has(model) ? 503 : 200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          down.has(model)
            ? { error: { message: 'down', type: 'server_error' } }
            : { id: 'x', object: 'chat.completion', created: 1, model, choices: [{ index: 0, message: { role: 'assistant', content: `from ${model}` }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } },
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen, down, close: () => new Promise((r) => server.close(() => r())) };
}

/** The migrated config with every provider aimed at the fake upstream (names and order untouched). */
function aimAt(yamlText: string, url: string): string {
  const c = parse(yamlText) as { providers: Record<string, unknown>; models: Record<string, { targets: Record<string, unknown>[] }> };
  for (const name of Object.keys(c.providers)) c.providers[name] = { type: 'openai', preset: 'custom', base_url: url, api_key: 'env:HERMES_E2E_KEY' };
  for (const m of Object.values(c.models)) for (const t of m.targets) Object.assign(t, { max_retries: 0, provider_preferences: undefined });
  return stringify(c);
}

let upstream: Upstream;
before(async () => {
  upstream = await startUpstream();
});
after(() => upstream.close());

async function withGateway(hermesYaml: string, fn: (client: OpenAI, gw: TestGateway) => Promise<void>): Promise<void> {
  const yaml = aimAt(migrateHermesConfig(hermesYaml).yaml, upstream.url);
  const gw = await startGateway(yaml, { HERMES_E2E_KEY: 'test-key' });
  try {
    await fn(new OpenAI({ baseURL: gw.baseURL, apiKey: 'none', maxRetries: 0 }), gw);
  } finally {
    await gw.close();
  }
}

async function ask(client: OpenAI, model: string, text: string): Promise<string[]> {
  const from = upstream.seen.length;
  await client.chat.completions.create({ model, messages: [{ role: 'user', content: text }] });
  return upstream.seen.slice(from);
}

describe('migrated Hermes configs route like Hermes through a running gateway', () => {
  test('smart routing: every sample turn reaches the model Hermes would pick, on the main and cron routes', async () => {
    const hermes = fixture('config-smart-routing.yaml');
    const smr = (parse(hermes) as { smart_model_routing: HermesSmartRouting }).smart_model_routing;
    await withGateway(hermes, async (client) => {
      let cheap = 0;
      for (const route of ['hermes', 'hermes-cron']) {
        for (const turn of SAMPLE_TURNS.filter((t) => t.trim())) {
          const expected = hermesChoosesCheap(turn, smr) ? 'google/gemini-2.5-flash' : 'openai/gpt-5';
          if (expected !== 'openai/gpt-5') cheap++;
          assert.deepEqual(await ask(client, route, turn), [expected], `${route}: ${JSON.stringify(turn.slice(0, 40))}`);
        }
      }
      assert.ok(cheap >= 6, 'the sample exercises both outcomes');
    });
  });

  test('fallback order: the primary, then fallback_providers in Hermes order', async () => {
    await withGateway(fixture('config-fallbacks.yaml'), async (client) => {
      assert.deepEqual(await ask(client, 'hermes', 'hello'), ['nousresearch/hermes-4-405b']);
      upstream.down.add('nousresearch/hermes-4-405b');
      assert.deepEqual(await ask(client, 'hermes', 'hello'), ['nousresearch/hermes-4-405b', 'anthropic/claude-sonnet-4']);
      upstream.down.add('anthropic/claude-sonnet-4');
      assert.deepEqual(await ask(client, 'hermes', 'hello'), ['nousresearch/hermes-4-405b', 'anthropic/claude-sonnet-4', 'qwen3-32b']);
      upstream.down.clear();
    });
  });

  test('legacy fallback_model and the cheap model\'s own fallback', async () => {
    await withGateway(fixture('config-legacy.yaml'), async (client) => {
      upstream.down.add('hermes-4-70b');
      assert.deepEqual(await ask(client, 'hermes', 'hi'), ['hermes-4-70b', 'meta-llama/llama-4-maverick']);
      upstream.down.clear();
    });
    await withGateway(fixture('config-smart-routing.yaml'), async (client) => {
      upstream.down.add('google/gemini-2.5-flash');
      assert.deepEqual(await ask(client, 'hermes', 'hi'), ['google/gemini-2.5-flash', 'claude-sonnet-4-5']);
      upstream.down.clear();
      assert.deepEqual(await ask(client, 'hermes-aux-vision', 'describe'), ['google/gemini-2.5-flash']);
      assert.deepEqual(await ask(client, 'hermes-delegate', 'hi'), ['anthropic/claude-haiku-4.5']);
    });
  });
});
