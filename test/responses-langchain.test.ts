import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage, ToolMessage, type AIMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { SIM_CONFIG, startGateway, type TestGateway, getJson } from './helpers/gateway.js';

// LangChain's ChatOpenAI with useResponsesApi: true (@langchain/openai 1.6): invoke, stream and a
// bindTools loop against the simulated provider.

describe('LangChain ChatOpenAI (Responses API) against the gateway', () => {
  let gw: TestGateway;
  let model: ChatOpenAI;
  before(async () => {
    gw = await startGateway(SIM_CONFIG);
    model = new ChatOpenAI({ model: 'agent-main', useResponsesApi: true, apiKey: 'unused', maxRetries: 0, configuration: { baseURL: gw.baseURL } });
  });
  after(async () => gw?.close());

  test('invoke', async () => {
    const r = await model.invoke('say hello');
    assert.equal(r.text, 'Simulated reply to: say hello');
    assert.ok((r.usage_metadata?.total_tokens ?? 0) > 0);
    assert.match(String(r.id ?? r.response_metadata?.id), /^(resp|msg)_/);
  });

  test('stream', async () => {
    let text = '';
    let chunks = 0;
    for await (const c of await model.stream('stream this')) {
      text += c.text;
      chunks++;
    }
    assert.equal(text, 'Simulated reply to: stream this');
    assert.ok(chunks > 1);
  });

  test('bindTools: tool call, ToolMessage, final answer', async () => {
    const readFile = tool(async ({ path }: { path: string }) => `contents of ${path}: 42`, {
      name: 'read_file',
      description: 'read a file',
      schema: z.object({ path: z.string() }),
    });
    const withTools = model.bindTools([readFile]);
    const messages: BaseMessage[] = [new HumanMessage('read the file /tmp/lc.txt')];
    const first = (await withTools.invoke(messages)) as AIMessage;
    assert.equal(first.tool_calls?.length, 1);
    assert.equal(first.tool_calls![0].name, 'read_file');
    assert.deepEqual(first.tool_calls![0].args, { path: '/tmp/lc.txt' });
    messages.push(first, new ToolMessage({ tool_call_id: first.tool_calls![0].id!, content: await readFile.invoke(first.tool_calls![0].args as { path: string }) }));
    const second = await withTools.invoke(messages);
    assert.equal(second.text, 'Done. The tool returned: contents of /tmp/lc.txt: 42');

    // Streamed, the tool call arrives in chunks and concatenates to the same call.
    let gathered: AIMessageChunk | undefined;
    for await (const c of await withTools.stream([new HumanMessage('read the file /tmp/lc2.txt')])) gathered = gathered ? gathered.concat(c) : c;
    assert.deepEqual(gathered?.tool_calls?.[0]?.args, { path: '/tmp/lc2.txt' });

    await gw.runtime.store.flush();
    const page = await getJson(`${gw.baseURL}/inferences?limit=10`);
    const turn2 = page.data.find((d: { request: { messages: { role: string }[] } }) => d.request.messages.some((m) => m.role === 'tool'));
    assert.deepEqual(turn2.request.messages.map((m: { role: string }) => m.role), ['user', 'assistant', 'tool']);
  });
});
