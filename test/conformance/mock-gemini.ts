import type { ServerResponse } from 'node:http';
import assert from 'node:assert/strict';
import { GeminiAdapter } from '../../src/providers/gemini.js';
import { Secret } from '../../src/config/secret.js';
import type { ProviderTarget } from '../../src/providers/types.js';
import { pieces, refusedOrigin, sendJson, startMock, startSse, wantsStream } from './mock-server.js';
import type { Harness, RecordedRequest, Scenario } from './scenarios.js';
import { PNG_DATA } from './suite.js';

// A Gemini API server (generativelanguage v1beta), answering as the API reference describes:
// GenerateContentResponse objects with candidates[].content.parts (text, thought text,
// functionCall), finishReason and usageMetadata; streamGenerateContent?alt=sse sends one such
// object per `data:` event; errors are {error: {code, message, status}}.

export const GEMINI_MOCK_KEY = 'AIzaSyConformance0123456789abcdefghij';
const KEY = GEMINI_MOCK_KEY;

/** batchEmbedContents: one {values} per request, [index, text length, outputDimensionality or 0]. */
function embeddingsReply(rec: RecordedRequest, res: ServerResponse): void {
  const requests = rec.body.requests as { content: { parts: { text: string }[] }; outputDimensionality?: number }[];
  sendJson(res, 200, { embeddings: requests.map((r, i) => ({ values: [i, r.content.parts[0].text.length, r.outputDimensionality ?? 0] })) });
}

export function respondGemini(s: Scenario, rec: RecordedRequest, res: ServerResponse): void {
  if (rec.url.endsWith(':batchEmbedContents') && s.kind === 'reply') return embeddingsReply(rec, res);
  const modelVersion = 'gemini-2.5-flash-001';
  const responseId = 'resp-mock-1';
  const chunk = (o: Record<string, unknown>) => res.write(`data: ${JSON.stringify({ ...o, modelVersion, responseId })}\r\n\r\n`);
  switch (s.kind) {
    case 'error': {
      const errors = {
        rate_limited: { code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED' },
        server: { code: s.status, message: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting', status: s.status === 503 ? 'UNAVAILABLE' : 'INTERNAL' },
        auth: { code: 401, message: `API key not valid: ${KEY}. Please pass a valid API key.`, status: 'UNAUTHENTICATED' },
        context_length: { code: 400, message: 'The input token count (1234567) exceeds the maximum number of tokens allowed (1048576).', status: 'INVALID_ARGUMENT' },
        bad_request: { code: 400, message: '* GenerateContentRequest.contents: contents is not specified', status: 'INVALID_ARGUMENT' },
      };
      return sendJson(res, s.status, { error: errors[s.error] }, s.retryAfter ? { 'retry-after': s.retryAfter } : {});
    }
    case 'malformed':
      return sendJson(res, 200, 'Service Unavailable');
    case 'empty': {
      const body = { candidates: [{ content: { parts: [], role: 'model' }, finishReason: 'STOP', index: 0 }], usageMetadata: { promptTokenCount: 4, totalTokenCount: 4 } };
      if (wantsStream(rec)) {
        startSse(res);
        chunk(body);
        return void res.end();
      }
      return sendJson(res, 200, { ...body, modelVersion, responseId });
    }
    case 'stall_stream':
    case 'stream_error':
      startSse(res);
      chunk({ candidates: [{ content: { parts: [{ text: s.text.slice(0, 12) }], role: 'model' }, index: 0 }] });
      if (s.kind === 'stream_error') {
        chunk({ error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } });
        res.end();
      }
      return;
    case 'hang':
      return;
    case 'reply':
      break;
  }
  const usageMetadata = { promptTokenCount: s.usage?.input ?? 10, candidatesTokenCount: s.usage?.output ?? 5, totalTokenCount: (s.usage?.input ?? 10) + (s.usage?.output ?? 5) };
  const finishReason = s.finish === 'length' ? 'MAX_TOKENS' : 'STOP';
  const calls = (s.calls ?? []).map((c) => ({ functionCall: { name: c.name, args: c.args, id: c.id } }));
  if (!wantsStream(rec)) {
    const parts: Record<string, unknown>[] = [];
    if (s.reasoning) parts.push({ text: s.reasoning, thought: true });
    if (s.text) parts.push({ text: s.text });
    parts.push(...calls);
    return sendJson(res, 200, { candidates: [{ content: { parts, role: 'model' }, finishReason, index: 0 }], usageMetadata, modelVersion, responseId });
  }
  startSse(res);
  const partial = { promptTokenCount: usageMetadata.promptTokenCount, totalTokenCount: usageMetadata.promptTokenCount };
  if (s.reasoning) chunk({ candidates: [{ content: { parts: [{ text: s.reasoning, thought: true }], role: 'model' }, index: 0 }], usageMetadata: partial });
  if (s.text) for (const p of pieces(s.text, 8)) chunk({ candidates: [{ content: { parts: [{ text: p }], role: 'model' }, index: 0 }], usageMetadata: partial });
  for (const c of calls) chunk({ candidates: [{ content: { parts: [c], role: 'model' }, index: 0 }], usageMetadata: partial });
  chunk({ candidates: [{ content: { parts: [{ text: '' }], role: 'model' }, finishReason, index: 0 }], usageMetadata });
  res.end();
}

function common(rec: RecordedRequest, stream = false): void {
  assert.equal(rec.method, 'POST');
  assert.equal(rec.url, stream ? '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse' : '/v1beta/models/gemini-2.5-flash:generateContent');
  assert.equal(rec.headers['x-goog-api-key'], KEY);
  assert.ok(!rec.url.includes(KEY), 'the key is never in the URL');
  assert.equal(rec.body.model, undefined);
  assert.equal(rec.body.messages, undefined);
  for (const c of rec.body.contents as { role: string }[]) assert.ok(c.role === 'user' || c.role === 'model', `role ${c.role} on the wire`);
}

const GEMINI_TOOLS = [
  {
    functionDeclarations: [
      {
        name: 'get_weather',
        description: 'Current weather for a city',
        parameters: { type: 'object', properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } }, required: ['location'] },
      },
      { name: 'search_files', description: 'Search files by name', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } },
    ],
  },
];

export async function geminiHarness(): Promise<Harness> {
  const mock = await startMock(respondGemini);
  const target: ProviderTarget = {
    providerName: 'mock-gemini',
    config: { type: 'gemini', base_url: `${mock.origin}/v1beta`, api_key: 'env:MOCK_GEMINI_KEY' },
    apiKey: new Secret('MOCK_GEMINI_KEY', KEY),
    model: 'gemini-2.5-flash',
  };
  return {
    name: 'gemini',
    adapter: new GeminiAdapter(),
    target: () => target,
    apiKey: KEY,
    scripted: true,
    wholeToolCalls: 'Gemini streams each functionCall whole, one delta per call',
    setScenario(s) {
      mock.scenario = s;
      return undefined;
    },
    lastRequest: () => mock.requests.at(-1),
    connections: () => mock.connections,
    async refusedTarget() {
      return { ...target, config: { type: 'gemini', base_url: `${await refusedOrigin()}/v1beta` } };
    },
    close: () => mock.close(),
    skip: {
      'extra fields pass through': 'request.extra holds OpenAI-compatible fields; the Gemini wire format does not take them',
    },
    wire: {
      'plain chat': (r) => {
        common(r);
        assert.deepEqual(r.body.contents, [{ role: 'user', parts: [{ text: 'Say hello' }] }]);
        assert.deepEqual(r.body.generationConfig, { temperature: 0.2, maxOutputTokens: 64 });
        assert.equal(r.body.systemInstruction, undefined);
      },
      'system prompt': (r) => {
        common(r);
        assert.deepEqual(r.body.systemInstruction, { parts: [{ text: 'You are terse.' }] });
        assert.deepEqual(r.body.contents, [{ role: 'user', parts: [{ text: 'Hi' }] }]);
      },
      'multi-turn with tool results': (r) => {
        common(r);
        assert.deepEqual(r.body.contents, [
          { role: 'user', parts: [{ text: 'Weather in Paris?' }] },
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: { location: 'Paris' } } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { temp: 18 } } }] },
          { role: 'model', parts: [{ text: 'It is 18 degrees.' }] },
          { role: 'user', parts: [{ text: 'Thanks, and again?' }] },
        ]);
      },
      'tools + tool_choice': (r) => {
        common(r);
        assert.deepEqual(r.body.tools, GEMINI_TOOLS, 'JSON Schema turned into the OpenAPI subset (no additionalProperties)');
        assert.deepEqual(r.body.toolConfig, { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } });
      },
      'parallel tool calls': (r) => {
        common(r);
        assert.deepEqual(r.body.toolConfig, { functionCallingConfig: { mode: 'ANY' } });
      },
      'image input': (r) => {
        common(r);
        assert.deepEqual(r.body.contents, [{ role: 'user', parts: [{ text: 'What is in this image?' }, { inlineData: { mimeType: 'image/png', data: PNG_DATA } }] }]);
      },
      'reasoning text': (r) => common(r),
      'streaming text': (r) => common(r, true),
      'streaming tool calls': (r) => {
        common(r, true);
        assert.deepEqual(r.body.tools, GEMINI_TOOLS);
      },
      'streamed usage': (r) => common(r, true),
      json_object: (r) => {
        common(r);
        assert.deepEqual(r.body.generationConfig, { responseMimeType: 'application/json' });
      },
      json_schema: (r) => {
        common(r);
        assert.deepEqual(r.body.generationConfig, {
          responseMimeType: 'application/json',
          responseSchema: { type: 'object', properties: { city: { type: 'string' }, temp: { type: 'number' } }, required: ['city', 'temp'] },
        });
      },
      'target params': (r) => {
        common(r);
        assert.equal((r.body.generationConfig as Record<string, unknown>).temperature, 0.7);
      },
    },
  };
}
