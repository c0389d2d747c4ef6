import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ProviderError, type ProviderFailureKind } from '../../src/core/errors.js';
import type { ChatRequest, ChatResponse, StreamChunk, ToolDefinition } from '../../src/core/types.js';
import type { CaseName, Harness, Scenario } from './scenarios.js';

// ONE suite for every adapter. A case states a normalized request and a scenario; the harness's
// upstream answers in its own wire format; the suite checks the normalized result and (for mock
// servers) the wire-format request the upstream received.

export const TOOLS: ToolDefinition[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: {
        type: 'object',
        properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
        required: ['location'],
        additionalProperties: false,
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'search_files',
      description: 'Search files by name',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    },
  },
];

export const WEATHER_SCHEMA = {
  type: 'object',
  properties: { city: { type: 'string' }, temp: { type: 'number' } },
  required: ['city', 'temp'],
  additionalProperties: false,
};

export const PNG_DATA = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function req(r: Partial<ChatRequest> & Pick<ChatRequest, 'messages'>): ChatRequest {
  return { model: 'conformance-model', ...r };
}

interface Streamed {
  chunks: StreamChunk[];
  content: string;
  reasoning: string;
  calls: { id?: string; name?: string; arguments: string }[];
  finishes: string[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

async function collect(stream: AsyncIterable<StreamChunk>): Promise<Streamed> {
  const out: Streamed = { chunks: [], content: '', reasoning: '', calls: [], finishes: [] };
  for await (const c of stream) {
    out.chunks.push(c);
    if (c.type === 'delta') {
      if (c.content) out.content += c.content;
      if (c.reasoning) out.reasoning += c.reasoning;
      for (const d of c.tool_calls ?? []) {
        const call = (out.calls[d.index] ??= { arguments: '' });
        if (d.id) call.id = d.id;
        if (d.name) call.name = d.name;
        if (d.arguments) call.arguments += d.arguments;
      }
    } else if (c.type === 'finish') out.finishes.push(c.finish_reason);
    else if (c.type === 'usage') out.usage = c.usage;
  }
  return out;
}

async function expectProviderError(p: Promise<unknown>, kind: ProviderFailureKind, h: Harness): Promise<ProviderError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof ProviderError, `expected ProviderError, got ${(err as Error)?.stack ?? String(err)}`);
    assert.equal(err.kind, kind, `kind: ${err.message}`);
    if (h.apiKey) assert.ok(!err.message.includes(h.apiKey), `the API key leaked into the error: ${err.message}`);
    return err;
  }
  assert.fail(`expected a ProviderError of kind ${kind}, but the call succeeded`);
}

export function conformanceSuite(name: string, makeHarness: () => Promise<Harness>): void {
  describe(`conformance: ${name}`, () => {
    let h: Harness;
    before(async () => {
      h = await makeHarness();
    });
    after(async () => {
      await h.close();
    });

    const signal = () => new AbortController().signal;

    /** Run one case: skip when the harness says so, check the wire format when the harness records it. */
    function wireCase(caseName: CaseName, scenario: Scenario, body: (h: Harness) => Promise<void>): void {
      test(caseName, async (t) => {
        const skip = h.skip?.[caseName] ?? h.setScenario(scenario);
        if (skip) return t.skip(skip);
        await body(h);
        if (h.lastRequest) {
          const check = h.wire?.[caseName];
          assert.ok(check, `${h.name} records requests, so it must check the wire format of "${caseName}"`);
          const rec = h.lastRequest();
          assert.ok(rec, 'the upstream received no request');
          check(rec);
        }
      });
    }

    function errorCase(caseName: string, scenario: Scenario, body: (h: Harness) => Promise<void>): void {
      test(caseName, async (t) => {
        const skip = h.skip?.[caseName] ?? h.setScenario(scenario);
        if (skip) return t.skip(skip);
        await body(h);
      });
    }

    wireCase('plain chat', { kind: 'reply', text: 'Hello there!', usage: { input: 12, output: 3 } }, async (h) => {
      const r = await h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'Say hello' }], max_tokens: 64, temperature: 0.2 }), { signal: signal() });
      assert.equal(r.message.role, 'assistant');
      assert.equal(r.finish_reason, 'stop');
      assert.equal(typeof r.model, 'string');
      assert.ok(r.usage && r.usage.prompt_tokens > 0 && r.usage.completion_tokens > 0);
      assert.equal(r.usage.total_tokens, r.usage.prompt_tokens + r.usage.completion_tokens);
      if (h.scripted) {
        assert.equal(r.message.content, 'Hello there!');
        assert.deepEqual(counts(r.usage), { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 });
      } else assert.ok(r.message.content);
      assert.equal(r.message.tool_calls, undefined);
    });

    wireCase('system prompt', { kind: 'reply', text: 'Hi.' }, async (h) => {
      const r = await h.adapter.chat(
        h.target(),
        req({ messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Hi' }] }),
        { signal: signal() },
      );
      assert.ok(r.message.content);
    });

    wireCase('multi-turn with tool results', { kind: 'reply', text: 'It is 18 degrees in Paris.' }, async (h) => {
      const r = await h.adapter.chat(
        h.target(),
        req({
          tools: TOOLS,
          messages: [
            { role: 'user', content: 'Weather in Paris?' },
            { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } }] },
            { role: 'tool', tool_call_id: 'call_1', content: '{"temp":18}' },
            { role: 'assistant', content: 'It is 18 degrees.' },
            { role: 'user', content: 'Thanks, and again?' },
          ],
        }),
        { signal: signal() },
      );
      assert.ok(r.message.content);
      assert.equal(r.finish_reason, 'stop');
    });

    const weatherCall = { id: 'call_w1', name: 'get_weather', args: { location: 'Oslo', unit: 'celsius' } };
    wireCase('tools + tool_choice', { kind: 'reply', calls: [weatherCall] }, async (h) => {
      const r = await h.adapter.chat(
        h.target(),
        req({ messages: [{ role: 'user', content: 'Weather in Oslo?' }], tools: TOOLS, tool_choice: { type: 'function', function: { name: 'get_weather' } } }),
        { signal: signal() },
      );
      assert.equal(r.finish_reason, 'tool_calls');
      assert.equal(r.message.tool_calls?.length, 1);
      const call = r.message.tool_calls![0];
      assert.equal(call.type, 'function');
      assert.equal(call.function.name, 'get_weather');
      assert.ok(call.id.length > 0);
      const args = JSON.parse(call.function.arguments) as Record<string, unknown>;
      if (h.scripted) {
        assert.deepEqual(args, weatherCall.args);
        assert.equal(call.id, 'call_w1');
      } else assert.equal(typeof args.location, 'string');
    });

    const twoCalls = [
      { id: 'call_a', name: 'get_weather', args: { location: 'Oslo' } },
      { id: 'call_b', name: 'search_files', args: { query: 'report.pdf' } },
    ];
    wireCase('parallel tool calls', { kind: 'reply', calls: twoCalls }, async (h) => {
      const r = await h.adapter.chat(
        h.target(),
        req({ messages: [{ role: 'user', content: 'Weather in Oslo, and find report.pdf' }], tools: TOOLS, tool_choice: 'required', parallel_tool_calls: true }),
        { signal: signal() },
      );
      assert.equal(r.finish_reason, 'tool_calls');
      assert.deepEqual(
        r.message.tool_calls?.map((c) => ({ id: c.id, name: c.function.name, args: JSON.parse(c.function.arguments) })),
        twoCalls,
      );
    });

    wireCase('image input', { kind: 'reply', text: 'A single pixel.' }, async (h) => {
      const r = await h.adapter.chat(
        h.target(),
        req({
          messages: [
            {
              role: 'user',
              content: [
                { type: 'text', text: 'What is in this image?' },
                { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_DATA}` } },
              ],
            },
          ],
        }),
        { signal: signal() },
      );
      assert.ok(r.message.content);
    });

    wireCase('reasoning text', { kind: 'reply', text: '42', reasoning: 'Six times seven.' }, async (h) => {
      const r = await h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'What is 6*7?' }] }), { signal: signal() });
      assert.equal(r.message.content, '42');
      assert.equal(r.message.reasoning, 'Six times seven.');
    });

    const longText = 'The quick brown fox jumps over the lazy dog, twice over.';
    wireCase('streaming text', { kind: 'reply', text: longText, reasoning: 'Recall the pangram.', usage: { input: 9, output: 14 } }, async (h) => {
      const s = await collect(await h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'Pangram please' }], stream: true }), { signal: signal() }));
      assert.deepEqual(s.finishes, ['stop'], 'exactly one finish chunk');
      const deltas = s.chunks.filter((c) => c.type === 'delta' && c.content);
      assert.ok(deltas.length > 1, 'the text arrives in several deltas');
      const finishAt = s.chunks.findIndex((c) => c.type === 'finish');
      assert.ok(s.chunks.findLastIndex((c) => c.type === 'delta') < finishAt, 'finish comes after every delta');
      if (h.scripted) {
        assert.equal(s.content, longText);
        assert.equal(s.reasoning, 'Recall the pangram.');
        assert.equal(s.chunks[0].type, 'meta');
      } else assert.ok(s.content.length > 0);
    });

    wireCase('streaming tool calls', { kind: 'reply', text: 'Checking.', calls: twoCalls }, async (h) => {
      const s = await collect(
        await h.adapter.stream(
          h.target(),
          req({ messages: [{ role: 'user', content: 'Weather in Oslo, and find report.pdf' }], tools: TOOLS, tool_choice: 'required', stream: true }),
          { signal: signal() },
        ),
      );
      assert.deepEqual(s.finishes, ['tool_calls']);
      for (const c of s.calls) {
        assert.ok(c.id && c.name, 'each streamed call has an id and a name');
        JSON.parse(c.arguments);
      }
      if (h.scripted) {
        const argDeltas = s.chunks.filter((c) => c.type === 'delta' && c.tool_calls?.some((d) => d.arguments));
        if (!h.wholeToolCalls) assert.ok(argDeltas.length > 2, 'arguments arrive split across chunks');
        else assert.equal(argDeltas.length, twoCalls.length, h.wholeToolCalls);
        assert.deepEqual(
          s.calls.map((c) => ({ id: c.id, name: c.name, args: JSON.parse(c.arguments) })),
          twoCalls,
        );
      } else assert.ok(s.calls.length >= 1);
    });

    wireCase('streamed usage', { kind: 'reply', text: 'Counting tokens here.', usage: { input: 20, output: 7 } }, async (h) => {
      const s = await collect(await h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'Count' }], stream: true }), { signal: signal() }));
      assert.ok(s.usage, 'a usage chunk arrives');
      assert.equal(s.chunks.at(-1)?.type, 'usage', 'usage is the last chunk');
      if (h.scripted) assert.deepEqual(counts(s.usage), { prompt_tokens: 20, completion_tokens: 7, total_tokens: 27 });
      else assert.ok(s.usage.total_tokens > 0);
    });

    wireCase('json_object', { kind: 'reply', text: '{"ok":true}' }, async (h) => {
      const r = await h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'Reply in JSON' }], response_format: { type: 'json_object' } }), { signal: signal() });
      const v = JSON.parse(r.message.content ?? '') as unknown;
      assert.equal(typeof v, 'object');
    });

    wireCase('json_schema', { kind: 'reply', text: '{"city":"Oslo","temp":3}' }, async (h) => {
      const r = await h.adapter.chat(
        h.target(),
        req({ messages: [{ role: 'user', content: 'Weather as JSON' }], response_format: { type: 'json_schema', json_schema: { name: 'weather', schema: WEATHER_SCHEMA, strict: true } } }),
        { signal: signal() },
      );
      const v = JSON.parse(r.message.content ?? '') as Record<string, unknown>;
      assert.equal(typeof v.city, 'string');
      assert.equal(typeof v.temp, 'number');
    });

    wireCase('extra fields pass through', { kind: 'reply', text: 'ok' }, async (h) => {
      await h.adapter.chat(
        h.target(),
        req({ messages: [{ role: 'user', content: 'hi' }], extra: { provider: { order: ['anthropic', 'openai'], allow_fallbacks: false }, top_k: 5 } }),
        { signal: signal() },
      );
    });

    wireCase('target params', { kind: 'reply', text: 'ok' }, async (h) => {
      const target = { ...h.target(), params: { temperature: 0.7 } };
      await h.adapter.chat(target, req({ messages: [{ role: 'user', content: 'hi' }], temperature: 0.1 }), { signal: signal() });
    });

    test('keep-alive: sequential calls and finished streams reuse one connection', async (t) => {
      if (!h.connections) return t.skip('no upstream connection to reuse');
      h.setScenario({ kind: 'reply', text: 'Reused socket reply text.' });
      const before = h.connections();
      for (let i = 0; i < 3; i++) {
        await h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() });
        await collect(await h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'hi' }], stream: true }), { signal: signal() }));
      }
      assert.ok(h.connections() - before <= 1, `6 calls opened ${h.connections() - before} connections`);
    });

    // ---- failures ----

    errorCase('429 with Retry-After seconds -> rate_limited', { kind: 'error', status: 429, error: 'rate_limited', retryAfter: '7' }, async (h) => {
      const e = await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'rate_limited', h);
      assert.equal(e.upstreamStatus, 429);
      if (h.scripted) assert.equal(e.retryAfterMs, 7000);
    });

    errorCase(
      '429 with Retry-After HTTP date -> rate_limited',
      { kind: 'error', status: 429, error: 'rate_limited', retryAfter: new Date(Date.now() + 3_600_000).toUTCString() },
      async (h) => {
        const e = await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'rate_limited', h);
        // The date has one-second resolution and was made before the call: about an hour ahead.
        assert.ok(e.retryAfterMs! > 3_500_000 && e.retryAfterMs! <= 3_600_000, `retryAfterMs ${e.retryAfterMs}`);
      },
    );

    errorCase('500 -> server_error', { kind: 'error', status: 500, error: 'server' }, async (h) => {
      const e = await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'server_error', h);
      assert.equal(e.upstreamStatus, 500);
    });

    errorCase('401 -> auth, key not in the message', { kind: 'error', status: 401, error: 'auth' }, async (h) => {
      const e = await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'auth', h);
      assert.equal(e.upstreamStatus, 401);
    });

    errorCase('400 context length -> context_length', { kind: 'error', status: 400, error: 'context_length' }, async (h) => {
      await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'very long' }] }), { signal: signal() }), 'context_length', h);
    });

    errorCase('400 other -> bad_request', { kind: 'error', status: 400, error: 'bad_request' }, async (h) => {
      await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'bad_request', h);
    });

    errorCase('malformed body -> malformed', { kind: 'malformed' }, async (h) => {
      await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'malformed', h);
    });

    errorCase('empty response -> empty', { kind: 'empty' }, async (h) => {
      await expectProviderError(h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'empty', h);
    });

    errorCase('empty stream -> empty', { kind: 'empty' }, async (h) => {
      const p = (async () => collect(await h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'hi' }], stream: true }), { signal: signal() })))();
      await expectProviderError(p, 'empty', h);
    });

    errorCase('connection refused -> connection', { kind: 'reply', text: 'unused' }, async (h) => {
      const t = await h.refusedTarget();
      if (typeof t === 'string') return;
      await expectProviderError(h.adapter.chat(t, req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: signal() }), 'connection', h);
    });

    errorCase('stream rejected before any chunk on 503 -> server_error', { kind: 'error', status: 503, error: 'server' }, async (h) => {
      await expectProviderError(h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'hi' }], stream: true }), { signal: signal() }), 'server_error', h);
    });

    errorCase('in-stream error event -> ProviderError', { kind: 'stream_error', text: 'Partial answer' }, async (h) => {
      const stream = await h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'hi' }], stream: true }), { signal: signal() });
      await assert.rejects(collect(stream), (err: unknown) => err instanceof ProviderError && err.kind === 'server_error');
    });

    errorCase('abort before the response -> aborted', { kind: 'hang' }, async (h) => {
      const ac = new AbortController();
      const p = h.adapter.chat(h.target(), req({ messages: [{ role: 'user', content: 'hi' }] }), { signal: ac.signal });
      setImmediate(() => ac.abort());
      await expectProviderError(p, 'aborted', h);
    });

    errorCase('abort mid-stream -> aborted', { kind: 'stall_stream', text: 'First words, then silence forever.' }, async (h) => {
      const ac = new AbortController();
      const stream = await h.adapter.stream(h.target(), req({ messages: [{ role: 'user', content: 'hi' }], stream: true }), { signal: ac.signal });
      const it = stream[Symbol.asyncIterator]();
      let sawContent = false;
      for (let i = 0; i < 10 && !sawContent; i++) {
        const n = await it.next();
        assert.ok(!n.done, 'the stream ended instead of stalling');
        if (n.value.type === 'delta' && n.value.content) sawContent = true;
      }
      assert.ok(sawContent);
      ac.abort();
      await expectProviderError(it.next(), 'aborted', h);
    });
  });
}

export type { ChatResponse };

/** The three counts every adapter reports (cache and reasoning details are optional). */
function counts(u: { prompt_tokens: number; completion_tokens: number; total_tokens: number }) {
  return { prompt_tokens: u.prompt_tokens, completion_tokens: u.completion_tokens, total_tokens: u.total_tokens };
}
