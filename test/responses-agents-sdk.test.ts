import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { Agent, run, setDefaultOpenAIClient, setTracingDisabled, tool } from '@openai/agents';
import { z } from 'zod';
import { SIM_CONFIG, startGateway, type TestGateway, getJson } from './helpers/gateway.js';

// The OpenAI Agents SDK (@openai/agents 0.20) in its default mode (Responses API): an Agent with
// a function tool run to completion, JSON and streamed, against the simulated provider.

describe('OpenAI Agents SDK against the gateway', () => {
  let gw: TestGateway;
  const executed: string[] = [];
  const readFile = tool({
    name: 'read_file',
    description: 'read a file',
    parameters: z.object({ path: z.string() }),
    execute: async ({ path }) => {
      executed.push(path);
      return `contents of ${path}: 42`;
    },
  });

  before(async () => {
    gw = await startGateway(SIM_CONFIG);
    setTracingDisabled(true);
    setDefaultOpenAIClient(new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 }));
  });
  after(async () => gw?.close());

  test('run: the agent calls its tool and answers with the result', async () => {
    const agent = new Agent({ name: 'reader', instructions: 'Use tools to read files.', model: 'agent-main', tools: [readFile] });
    const result = await run(agent, 'read the file /tmp/agent.txt');
    assert.equal(result.finalOutput, 'Done. The tool returned: contents of /tmp/agent.txt: 42');
    assert.deepEqual(executed, ['/tmp/agent.txt']);
    const calls = result.newItems.filter((i) => i.type === 'tool_call_item');
    assert.equal(calls.length, 1);
  });

  test('run streamed: text deltas and the same tool loop', async () => {
    const agent = new Agent({ name: 'reader', instructions: 'Use tools to read files.', model: 'agent-main', tools: [readFile] });
    const result = await run(agent, 'read the file /tmp/streamed.txt', { stream: true });
    let text = '';
    for await (const ev of result.toTextStream()) text += ev;
    await result.completed;
    assert.equal(result.finalOutput, 'Done. The tool returned: contents of /tmp/streamed.txt: 42');
    assert.equal(text, result.finalOutput);
    assert.ok(executed.includes('/tmp/streamed.txt'));
  });

  test('run without tools; instructions reach the model as the system message', async () => {
    const agent = new Agent({ name: 'plain', instructions: 'You are plain.', model: 'agent-main' });
    const result = await run(agent, 'hello agent');
    assert.equal(result.finalOutput, 'Simulated reply to: hello agent');
    await gw.runtime.store.flush();
    const page = await getJson(`${gw.baseURL}/inferences?limit=1`);
    assert.deepEqual(page.data[0].request.messages[0], { role: 'system', content: 'You are plain.' });
  });
});
