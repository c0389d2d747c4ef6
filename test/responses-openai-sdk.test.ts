import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { SIM_CONFIG, startGateway, type TestGateway, getJson } from './helpers/gateway.js';

// POST /v1/responses through the official openai SDK (JSON, stream, stream helper, tool loop,
// previous_response_id, retrieve/delete/input_items) against a gateway on the simulated provider.

const READ_FILE: OpenAI.Responses.FunctionTool = {
  type: 'function',
  name: 'read_file',
  description: 'read a file',
  parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'], additionalProperties: false },
  strict: true,
};

describe('Responses API through the official openai SDK', () => {
  let gw: TestGateway;
  let client: OpenAI;
  before(async () => {
    gw = await startGateway(SIM_CONFIG);
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
  });
  after(async () => gw?.close());

  test('create (JSON): a Response object, stored and retrievable, recorded as an inference', async () => {
    const { data: res, response } = await client.responses
      .create({ model: 'agent-main', instructions: 'Be terse.', input: 'say hello', metadata: { team: 'infra' } })
      .withResponse();
    assert.equal(res.object, 'response');
    assert.match(res.id, /^resp_[0-9a-f]{32}$/);
    assert.equal(res.status, 'completed');
    assert.equal(res.output_text, 'Simulated reply to: say hello');
    assert.equal(res.output[0].type, 'message');
    assert.equal(res.instructions, 'Be terse.');
    assert.deepEqual(res.metadata, { team: 'infra' });
    assert.ok(res.usage && res.usage.total_tokens === res.usage.input_tokens + res.usage.output_tokens);
    assert.equal(res.usage.input_tokens_details.cached_tokens, 0);
    assert.equal(response.headers.get('x-switchyard-dropped-fields'), null);

    const got = await client.responses.retrieve(res.id);
    assert.equal(got.id, res.id);
    assert.equal(got.output_text, res.output_text);

    const inferenceId = response.headers.get('x-switchyard-inference-id')!;
    await gw.runtime.store.flush();
    const stored = await getJson(`${gw.baseURL}/inferences/${inferenceId}`);
    assert.equal(stored.route, 'agent-main');
    assert.equal(stored.session_id, res.id, 'a first stored turn starts its own episode');
    assert.deepEqual(stored.request.messages, [{ role: 'system', content: 'Be terse.' }, { role: 'user', content: 'say hello' }]);
    assert.deepEqual(stored.tags, { team: 'infra' });
  });

  test('create (stream: true): typed events with increasing sequence numbers', async () => {
    const stream = await client.responses.create({ model: 'agent-main', input: 'stream a reply please', stream: true });
    const types: string[] = [];
    let seq = -1;
    let text = '';
    let completed: OpenAI.Responses.Response | undefined;
    for await (const ev of stream) {
      types.push(ev.type);
      assert.equal(ev.sequence_number, seq + 1);
      seq = ev.sequence_number;
      if (ev.type === 'response.output_text.delta') text += ev.delta;
      if (ev.type === 'response.completed') completed = ev.response;
    }
    assert.deepEqual(types.slice(0, 4), ['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added']);
    assert.deepEqual(types.slice(-4), ['response.output_text.done', 'response.content_part.done', 'response.output_item.done', 'response.completed']);
    assert.equal(text, 'Simulated reply to: stream a reply please');
    assert.ok(completed?.usage && completed.usage.output_tokens > 0);
    assert.equal((completed!.output[0] as OpenAI.Responses.ResponseOutputMessage).content[0].type, 'output_text');
  });

  test('responses.stream helper: finalResponse and text events', async () => {
    const stream = client.responses.stream({ model: 'agent-main', input: 'helper stream' });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => (deltas += e.delta));
    const final = await stream.finalResponse();
    assert.equal(final.output_text, 'Simulated reply to: helper stream');
    assert.equal(deltas, final.output_text);
  });

  test('tool loop with function_call_output, the full input resent (as Codex does), JSON and streamed', async () => {
    for (const stream of [false, true]) {
      const input: OpenAI.Responses.ResponseInput = [{ role: 'user', content: 'read the file /tmp/x.txt' }];
      const first = stream
        ? await client.responses.stream({ model: 'agent-main', input, tools: [READ_FILE], store: false }).finalResponse()
        : await client.responses.create({ model: 'agent-main', input, tools: [READ_FILE], store: false });
      const call = first.output.find((o) => o.type === 'function_call');
      assert.ok(call && call.type === 'function_call', `stream=${stream}`);
      assert.equal(call.name, 'read_file');
      assert.deepEqual(JSON.parse(call.arguments), { path: '/tmp/x.txt' });
      input.push(...(first.output as OpenAI.Responses.ResponseInputItem[]), { type: 'function_call_output', call_id: call.call_id, output: 'FILE CONTENTS 42' });
      const second = stream
        ? await client.responses.stream({ model: 'agent-main', input, tools: [READ_FILE], store: false }).finalResponse()
        : await client.responses.create({ model: 'agent-main', input, tools: [READ_FILE], store: false });
      assert.equal(second.output_text, 'Done. The tool returned: FILE CONTENTS 42');
      await assert.rejects(client.responses.retrieve(first.id), (e: unknown) => e instanceof OpenAI.NotFoundError);
    }
  });

  test('previous_response_id: the stored conversation is rebuilt; the chain is one episode', async () => {
    const first = await client.responses.create({ model: 'agent-main', input: 'read the file /tmp/chain.txt', tools: [READ_FILE] });
    const call = first.output.find((o) => o.type === 'function_call');
    assert.ok(call && call.type === 'function_call');
    const { data: second, response } = await client.responses
      .create({ model: 'agent-main', previous_response_id: first.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: 'chained contents' }], tools: [READ_FILE] })
      .withResponse();
    assert.equal(second.previous_response_id, first.id);
    assert.equal(second.output_text, 'Done. The tool returned: chained contents');
    const third = await client.responses.stream({ model: 'agent-main', previous_response_id: second.id, input: 'thanks, and now?' }).finalResponse();
    assert.equal(third.output_text, 'Simulated reply to: thanks, and now?');

    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${response.headers.get('x-switchyard-inference-id')}`);
    assert.deepEqual(
      rec.request.messages.map((m: { role: string }) => m.role),
      ['user', 'assistant', 'tool'],
    );
    assert.equal(rec.request.messages[1].tool_calls[0].id, call.call_id);
    assert.equal(rec.session_id, first.id);
    const episode = await getJson(`${gw.baseURL}/inferences?session_id=${first.id}`);
    assert.equal(episode.data.length, 3);

    const items = await client.responses.inputItems.list(second.id);
    assert.deepEqual(items.data.map((i) => i.type), ['function_call_output']);
  });

  test('delete: then retrieve is 404 and chaining onto it is a 400 naming previous_response_id', async () => {
    const r = await client.responses.create({ model: 'agent-main', input: 'to be deleted' });
    assert.deepEqual(await client.responses.delete(r.id), { id: r.id, object: 'response', deleted: true });
    await assert.rejects(client.responses.retrieve(r.id), (e: unknown) => e instanceof OpenAI.NotFoundError);
    await assert.rejects(client.responses.create({ model: 'agent-main', previous_response_id: r.id, input: 'more' }), (e: unknown) => {
      assert.ok(e instanceof OpenAI.BadRequestError);
      assert.equal(e.param, 'previous_response_id');
      return true;
    });
    const r2 = await client.responses.create({ model: 'agent-main', input: 'delete over http' });
    const body = await getJson(`${gw.baseURL}/responses/${r2.id}`, { method: 'DELETE' });
    assert.deepEqual(body, { id: r2.id, object: 'response', deleted: true });
  });

  test('text.format json_schema: the output is JSON of the schema', async () => {
    const res = await client.responses.create({
      model: 'agent-main',
      input: 'weather in Paris',
      text: { format: { type: 'json_schema', name: 'weather', strict: true, schema: { type: 'object', properties: { city: { type: 'string' }, temp: { type: 'number' } }, required: ['city', 'temp'], additionalProperties: false } } },
    });
    const v = JSON.parse(res.output_text);
    assert.equal(typeof v.city, 'string');
    assert.equal(typeof v.temp, 'number');
    const parsed = await client.responses.parse({ model: 'agent-main', input: 'json please', text: { format: { type: 'json_object' } } });
    assert.equal(typeof JSON.parse(parsed.output_text), 'object');
  });

  test('max_output_tokens cut short: status incomplete with the reason', async () => {
    const res = await client.responses.create({ model: 'agent-main', input: 'a long question '.repeat(10), max_output_tokens: 2 });
    assert.equal(res.status, 'incomplete');
    assert.deepEqual(res.incomplete_details, { reason: 'max_output_tokens' });
    const final = await client.responses.stream({ model: 'agent-main', input: 'a long question '.repeat(10), max_output_tokens: 2 }).finalResponse();
    assert.equal(final.status, 'incomplete');
  });

  test('bad input: 400s name the field; hosted tools are dropped and listed unless forced', async () => {
    const bad = async (body: Record<string, unknown>, param: string) =>
      assert.rejects(client.responses.create(body as never), (e: unknown) => {
        assert.ok(e instanceof OpenAI.BadRequestError, String(e));
        assert.equal(e.param, param);
        return true;
      });
    await bad({ model: 'agent-main', input: [{ type: 'function_call_output', output: 'x' }] }, 'input[0].call_id');
    await bad({ model: 'agent-main', input: [{ role: 'robot', content: 'x' }] }, 'input[0].role');
    await bad({ model: 'agent-main', input: 'x', tools: [{ type: 'web_search' }], tool_choice: { type: 'web_search' } }, 'tool_choice');
    await bad({ model: 'agent-main', input: 'x', tools: [{ type: 'function', name: 'bad name!' }] }, 'tools[0].name');
    await bad({ model: 'agent-main', input: [{ role: 'user', content: [{ type: 'input_file', file_id: 'file-1' }] }] }, 'input[0].content[0]');
    await bad({ model: 'agent-main', input: 'x', background: true }, 'background');
    await bad({ model: 'agent-main', input: 'x', temperature: 3 }, 'temperature');
    await assert.rejects(client.responses.create({ model: 'nope', input: 'x' }), (e: unknown) => e instanceof OpenAI.NotFoundError);

    const { data, response } = await client.responses.create({ model: 'agent-main', input: 'search the web', tools: [{ type: 'web_search' }, READ_FILE] }).withResponse();
    assert.equal(data.status, 'completed');
    assert.equal(response.headers.get('x-switchyard-dropped-fields'), 'tools[0]=web_search');
    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${response.headers.get('x-switchyard-inference-id')}`);
    assert.deepEqual(rec.dropped, ['tools[0]=web_search']);
    assert.deepEqual(rec.request.tools.map((t: { function: { name: string } }) => t.function.name), ['read_file']);
  });
});
