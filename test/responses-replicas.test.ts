import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { startGatewayProcess, type GatewayProcess } from './helpers/cli.js';
import { dropSchema, PG_URL, uniqueSchema } from './store/pg-harness.js';

// previous_response_id across replicas: two gateway processes on one PostgreSQL. A turn served by
// A continues on B at once (the conversation state is written before the response completes).

const yaml = `
storage:
  kind: postgres
  url: env:SY_TEST_PG
providers:
  sim: { type: simulated, seed: 5 }
models:
  sim-model: { targets: [{ provider: sim, model: sim-1 }] }
routes:
  agent-main: { model: sim-model }
`;

describe('Responses conversation state on two replicas', () => {
  const schema = uniqueSchema('sy_resp');
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-resp-replicas-'));
  let a: GatewayProcess;
  let b: GatewayProcess;
  before(async () => {
    const cfg = join(dir, 'switchyard.yaml');
    writeFileSync(cfg, yaml);
    const env = { SY_TEST_PG: PG_URL, SWITCHYARD_PG_SCHEMA: schema };
    a = await startGatewayProcess(['--config', cfg], env);
    b = await startGatewayProcess(['--config', cfg], env);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a chain alternates replicas; retrieve and delete work on either', async () => {
    const onA = new OpenAI({ baseURL: `${a.url}/v1`, apiKey: 'x', maxRetries: 0 });
    const onB = new OpenAI({ baseURL: `${b.url}/v1`, apiKey: 'x', maxRetries: 0 });
    const tools: OpenAI.Responses.Tool[] = [{ type: 'function', name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } }, strict: false }];
    const first = await onA.responses.create({ model: 'agent-main', input: 'read the file /tmp/r.txt', tools });
    const call = first.output.find((o) => o.type === 'function_call');
    assert.ok(call && call.type === 'function_call');
    const second = await onB.responses.stream({ model: 'agent-main', previous_response_id: first.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: 'from replica A' }], tools }).finalResponse();
    assert.equal(second.output_text, 'Done. The tool returned: from replica A');
    const third = await onA.responses.create({ model: 'agent-main', previous_response_id: second.id, input: 'and again' });
    assert.equal(third.output_text, 'Simulated reply to: and again');
    assert.equal((await onB.responses.retrieve(third.id)).output_text, third.output_text);
    await onB.responses.delete(first.id);
    await assert.rejects(onA.responses.create({ model: 'agent-main', previous_response_id: third.id, input: 'x' }), (e: unknown) => e instanceof OpenAI.BadRequestError && /was deleted/.test(e.message));
  });
});
