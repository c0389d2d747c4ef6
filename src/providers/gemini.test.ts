import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGeminiBody, parseGeminiResponse } from './gemini.js';
import { toGeminiSchema } from './gemini-schema.js';
import type { ProviderTarget } from './types.js';

const target: ProviderTarget = { providerName: 'g', config: { type: 'gemini' }, model: 'gemini-2.5-flash' };

test('JSON Schema -> Gemini schema: refs, nullable type arrays, const, anyOf null, unsupported keys dropped', () => {
  const out = toGeminiSchema({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    properties: {
      when: { type: ['string', 'null'], format: 'date-time' },
      kind: { const: 'a' },
      n: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
      item: { $ref: '#/$defs/Item' },
    },
    $defs: { Item: { type: 'object', properties: { id: { type: 'string' } }, additionalProperties: false } },
  });
  assert.deepEqual(out, {
    type: 'object',
    properties: {
      when: { type: 'string', nullable: true, format: 'date-time' },
      kind: { type: 'string', enum: ['a'] },
      n: { nullable: true, type: 'integer' },
      item: { type: 'object', properties: { id: { type: 'string' } } },
    },
  });
});

test('parallel function responses share one turn and are named after their calls; signatures round-trip', () => {
  const seen = new Map<string, string>();
  const r = parseGeminiResponse(
    {
      candidates: [
        {
          content: { role: 'model', parts: [{ functionCall: { name: 'a', args: {} }, thoughtSignature: 'SIG' }, { functionCall: { name: 'b', args: { q: 1 } } }] },
          finishReason: 'STOP',
        },
      ],
    },
    target,
    200,
    (id, sig) => seen.set(id, sig),
  );
  assert.equal(r.finish_reason, 'tool_calls');
  const [c1, c2] = r.message.tool_calls!;
  assert.equal(seen.get(c1.id), 'SIG');
  const body = buildGeminiBody(
    target,
    {
      model: 'x',
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', content: null, tool_calls: r.message.tool_calls },
        { role: 'tool', tool_call_id: c1.id, content: 'plain text' },
        { role: 'tool', tool_call_id: c2.id, content: '[1,2]' },
      ],
    },
    seen,
  );
  assert.deepEqual(body.contents, [
    { role: 'user', parts: [{ text: 'go' }] },
    { role: 'model', parts: [{ functionCall: { name: 'a', args: {} }, thoughtSignature: 'SIG' }, { functionCall: { name: 'b', args: { q: 1 } } }] },
    { role: 'user', parts: [{ functionResponse: { name: 'a', response: { result: 'plain text' } } }, { functionResponse: { name: 'b', response: { result: [1, 2] } } }] },
  ]);
});

test('blocked prompts, safety stops and usage with thinking tokens', () => {
  assert.throws(() => parseGeminiResponse({ promptFeedback: { blockReason: 'SAFETY' } }, target, 200, () => {}), (e: Error & { kind?: string }) => e.kind === 'bad_request');
  const r = parseGeminiResponse(
    { candidates: [{ content: { parts: [{ text: 'x' }] }, finishReason: 'SAFETY' }], usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 2, thoughtsTokenCount: 10, cachedContentTokenCount: 3 } },
    target,
    200,
    () => {},
  );
  assert.equal(r.finish_reason, 'content_filter');
  assert.deepEqual(r.usage, { prompt_tokens: 5, completion_tokens: 12, total_tokens: 17, cached_input_tokens: 3, reasoning_tokens: 10 });
});

test("Gemini's 400 API_KEY_INVALID is an auth failure, and the key stays out of the URL and the error", async () => {
  const { createServer } = await import('node:http');
  const { GeminiAdapter } = await import('./gemini.js');
  const { Secret } = await import('../config/secret.js');
  let url = '';
  const server = createServer((req, res) => {
    url = req.url ?? '';
    req.resume();
    req.on('end', () => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as import('node:net').AddressInfo).port;
    const t: ProviderTarget = { ...target, config: { type: 'gemini', base_url: `http://127.0.0.1:${port}` }, apiKey: new Secret('G', 'AIzaSyTheRealKey0123456789') };
    await assert.rejects(
      new GeminiAdapter().chat(t, { model: 'x', messages: [{ role: 'user', content: 'hi' }] }, { signal: new AbortController().signal }),
      (e: Error & { kind?: string }) => e.kind === 'auth' && !e.message.includes('AIzaSyTheRealKey'),
    );
    assert.equal(url, '/v1beta/models/gemini-2.5-flash:generateContent');
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
});
