import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredResponse } from '../../store/response-types.js';
import { nativeForTarget } from '../../routing/prepare.js';
import type { Plan } from '../../routing/resolve.js';
import type { RuntimeTarget } from '../../routing/targets.js';
import { forwardedHistory, NativeStreamStamper, nativeBody } from './native.js';
import { inputItems } from './items.js';

const row = (input: unknown[], output: unknown[], native: boolean): StoredResponse => ({
  id: 'resp_x', created_at: '', previous_response_id: null, session_id: null, inference_id: null, input, output,
  response: native ? { switchyard: { passthrough: true } } : {},
});

test('forwardedHistory: ids Switchyard assigned are removed, upstream items stay verbatim, translated output is made acceptable', () => {
  const [user] = inputItems('hi');
  const clientItem = { type: 'reasoning', id: 'rs_client', summary: [], encrypted_content: 'e0' };
  const upstream = [{ id: 'rs_up', type: 'reasoning', summary: [], encrypted_content: 'e1' }, { id: 'ws_up', type: 'web_search_call', status: 'completed' }];
  const translated = [
    { id: 'rs_0123', type: 'reasoning', summary: [{ type: 'summary_text', text: 'other model' }] },
    { id: 'msg_1', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'ok', annotations: [] }] },
    { id: 'fc_call_1', type: 'function_call', status: 'completed', call_id: 'call_1', name: 'f', arguments: '{}' },
  ];
  assert.deepEqual(forwardedHistory([row([user, clientItem], upstream, true), row([], translated, false)]), [
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    clientItem,
    ...upstream,
    { type: 'message', role: 'assistant', content: translated[1].content },
    { type: 'function_call', status: 'completed', call_id: 'call_1', name: 'f', arguments: '{}' },
  ]);
});

test('nativeBody: unchanged without history; with it, previous_response_id goes and the chain leads the input', () => {
  const body = { model: 'm', input: 'next', previous_response_id: 'resp_1', store: false };
  assert.equal(nativeBody(body, undefined), body);
  assert.deepEqual(nativeBody(body, [{ type: 'message', role: 'user', content: 'first' }]), {
    model: 'm', input: [{ type: 'message', role: 'user', content: 'first' }, { role: 'user', content: 'next' }], store: false,
  });
});

test('NativeStreamStamper: only events carrying the Response change; the terminal one is kept', () => {
  const s = new NativeStreamStamper('resp_own', 'resp_prev');
  const delta = 'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":3,"delta":"resp_up"}\n\n';
  assert.equal(s.stamp(delta), delta);
  const done = s.stamp('event: response.completed\ndata: {"type":"response.completed","sequence_number":4,"response":{"id":"resp_up","previous_response_id":null,"output":[]}}\n\n');
  assert.equal(done, 'event: response.completed\ndata: {"type":"response.completed","sequence_number":4,"response":{"id":"resp_own","previous_response_id":"resp_prev","output":[]}}\n\n');
  assert.deepEqual(s.final, { id: 'resp_own', previous_response_id: 'resp_prev', output: [] });
  assert.equal(JSON.parse(s.error('server_error', 'x').split('data: ')[1]).sequence_number, 5);
});

test('NativeStreamStamper: a lifecycle event keeps its bytes but for the id, beside other events in one text; a chained turn is re-serialized', () => {
  const s = new NativeStreamStamper('resp_own', undefined);
  const delta = 'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":1,"delta":"h\\u00e9"}\n\n';
  const created = (id: string) => `event: response.created\ndata: {"type":"response.created","sequence_number":0,"response":{"id":"${id}","instructions":"caf\\u00e9 {\\"id\\": 1}","previous_response_id":null}}\n\n`;
  assert.equal(s.stamp(created('resp_up') + delta), created('resp_own') + delta);
  const done = (id: string) => `data: {"type":"response.completed","sequence_number":2,"response":{"id":"${id}","output":[{"type":"message","id":"msg_\\u0031"}]}}\n\n`;
  assert.equal(s.stamp(done('resp_up')), done('resp_own'));
  assert.deepEqual(s.final, { id: 'resp_own', output: [{ type: 'message', id: 'msg_1' }] });
  const chained = new NativeStreamStamper('resp_own', 'resp_prev').stamp(created('resp_up'));
  assert.equal(chained, 'event: response.created\ndata: {"type":"response.created","sequence_number":0,"response":{"id":"resp_own","instructions":"café {\\"id\\": 1}","previous_response_id":"resp_prev"}}\n\n');
  const spaced = 'data: {"type": "response.created", "response": {"id": "resp_up"}}\n\n';
  assert.equal(new NativeStreamStamper('resp_own', undefined).stamp(spaced), 'data: {"type":"response.created","response":{"id":"resp_own"}}\n\n');
});

test('nativeForTarget: a variant\'s system prompt fills instructions, its max_tokens becomes max_output_tokens', () => {
  const native = { format: 'openai-responses' as const, body: { model: 'r', input: 'hi' }, headers: {} };
  const plan = { systemPrompt: 'Be brief.', params: { max_tokens: 50, temperature: 0.2 } } as unknown as Plan;
  const target = { provider: { config: { type: 'openai' } }, config: {} } as unknown as RuntimeTarget;
  assert.deepEqual(nativeForTarget(native, plan, target).body, { model: 'r', input: 'hi', instructions: 'Be brief.', temperature: 0.2, max_output_tokens: 50 });
  const own = { ...native, body: { ...native.body, instructions: 'Mine.' } };
  assert.equal(nativeForTarget(own, plan, target).body.instructions, 'Mine.');
});
