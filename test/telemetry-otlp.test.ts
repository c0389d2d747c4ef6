import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, pendingFor, TERMINAL_TOOL } from './helpers/firewall-inline.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './helpers/otlp-receiver.js';

// OpenTelemetry export against a real OTLP/HTTP receiver on 127.0.0.1: one trace per inference
// continuing the client's traceparent, attempt spans under it (a failed target, then the fallback),
// firewall assessment and approval-wait spans, GenAI attributes, and the configured export headers.

const yaml = (endpoint: string) => `
providers:
  sim: { type: simulated, seed: 9 }
  broken: { type: simulated, failure_rate: 1, failure_statuses: [503] }
models:
  flaky:
    targets:
      - { provider: broken, model: sim-broken, max_retries: 0 }
      - { provider: sim, model: sim-1 }
routes:
  agent-main: { model: flaky, firewall: 'off' }
  agent-guarded: { model: flaky, firewall: enforce }
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
telemetry:
  otlp_endpoint: ${endpoint}
  service_name: switchyard-test
  headers: { x-honeycomb-team: env:SY_OTLP_KEY }
`;

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

describe('OpenTelemetry traces over OTLP/HTTP', { timeout: 120_000 }, () => {
  let rx: OtlpReceiver;
  let gw: TestGateway;
  let client: OpenAI;
  const flush = () => (gw.runtime.ctx.services.telemetry as { forceFlush(): Promise<void> }).forceFlush();
  const inferenceSpan = (spans: ReceivedSpan[], id: string) => spans.find((s) => s.attributes['switchyard.inference_id'] === id);
  const childrenOf = (spans: ReceivedSpan[], parent: ReceivedSpan) => spans.filter((s) => s.parentSpanId === parent.spanId && s.traceId === parent.traceId);

  before(async () => {
    rx = await startOtlpReceiver();
    gw = await startGateway(yaml(rx.url), { ...FW_ENV, SY_OTLP_KEY: 'otlp-secret-key' });
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await rx?.close();
  });

  test('the client traceparent is continued; attempts are children; gen_ai attributes are set', async () => {
    const { data } = await client.chat.completions
      .create({ model: 'agent-main', messages: [{ role: 'user', content: 'hello traces' }], temperature: 0.2, max_tokens: 50 }, { headers: { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` } })
      .withResponse();
    await flush();
    const spans = await rx.waitFor((s) => !!inferenceSpan(s, data.id) && childrenOf(s, inferenceSpan(s, data.id)!).length >= 2);
    const root = inferenceSpan(spans, data.id)!;
    assert.equal(root.traceId, TRACE_ID);
    assert.equal(root.parentSpanId, PARENT_ID);
    assert.equal(root.name, 'chat sim-1');
    assert.equal(root.resource['service.name'], 'switchyard-test');
    const a = root.attributes;
    assert.equal(a['gen_ai.operation.name'], 'chat');
    assert.equal(a['gen_ai.system'], 'switchyard.simulated');
    assert.equal(a['gen_ai.provider.name'], 'switchyard.simulated');
    assert.equal(a['gen_ai.request.model'], 'sim-1');
    assert.equal(a['gen_ai.response.model'], data.model);
    assert.equal(a['gen_ai.request.temperature'], 0.2);
    assert.equal(a['gen_ai.request.max_tokens'], 50);
    assert.equal(a['gen_ai.usage.input_tokens'], data.usage!.prompt_tokens);
    assert.equal(a['gen_ai.usage.output_tokens'], data.usage!.completion_tokens);
    assert.deepEqual(a['gen_ai.response.finish_reasons'], ['stop']);
    assert.equal(a['switchyard.route'], 'agent-main');
    assert.equal(a['switchyard.attempts'], 2);
    assert.ok(!JSON.stringify(a).includes('hello traces'), 'no prompt text on spans');

    const attempts = childrenOf(spans, root).sort((x, y) => Number(x.start - y.start));
    assert.deepEqual(attempts.map((s) => s.attributes['gen_ai.request.model']), ['sim-broken', 'sim-1']);
    assert.equal(attempts[0].attributes['switchyard.outcome'], 'error');
    assert.equal(attempts[0].attributes['http.response.status_code'], 503);
    assert.equal(attempts[0].status?.code, 2);
    assert.equal(attempts[1].attributes['switchyard.outcome'], 'ok');
    for (const s of attempts) assert.ok(s.start >= root.start && s.end <= root.end, 'attempts fall inside the inference span');
    assert.equal(rx.headers.at(-1)?.['x-honeycomb-team'], 'otlp-secret-key');
  });

  test('a request without traceparent starts its own trace; streams are traced too', async () => {
    const stream = await client.chat.completions.create({ model: 'agent-main', stream: true, messages: [{ role: 'user', content: 'stream it' }] }).withResponse();
    const id = stream.response.headers.get('x-switchyard-inference-id')!;
    for await (const _ of stream.data);
    await flush();
    const spans = await rx.waitFor((s) => !!inferenceSpan(s, id));
    const root = inferenceSpan(spans, id)!;
    assert.notEqual(root.traceId, TRACE_ID);
    assert.equal(root.parentSpanId, undefined);
    assert.equal(root.attributes['switchyard.stream'], true);
    assert.ok(typeof root.attributes['switchyard.ttft_ms'] === 'number');
  });

  test('firewall assessment and approval wait are children of the inference span, inside it', async () => {
    const pending = client.chat.completions
      .create({ model: 'agent-guarded', messages: [{ role: 'user', content: 'please run `rm -rf ~/projects`' }], tools: [TERMINAL_TOOL], tool_choice: 'required' }, { headers: { 'x-switchyard-session-id': 'otel-1' } })
      .withResponse();
    const approval = await pendingFor(gw.url, 'otel-1');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, { scope: 'once' })).status, 200);
    const { data } = await pending;
    assert.equal((data as unknown as { switchyard: { firewall: { calls: { outcome: string }[] } } }).switchyard.firewall.calls[0].outcome, 'approved');
    await flush();
    const spans = await rx.waitFor((s) => {
      const root = inferenceSpan(s, data.id);
      return !!root && childrenOf(s, root).some((c) => c.name === 'switchyard.firewall.approval_wait');
    });
    const root = inferenceSpan(spans, data.id)!;
    const kids = childrenOf(spans, root);
    const assess = kids.find((c) => c.name === 'switchyard.firewall.assess')!;
    const wait = kids.find((c) => c.name === 'switchyard.firewall.approval_wait')!;
    assert.equal(assess.attributes['gen_ai.tool.name'], 'terminal');
    assert.equal(wait.attributes['switchyard.approval_id'], approval.id);
    assert.ok(wait.end >= wait.start && wait.end <= root.end, 'the inference span lasts until the reply, after the approval');
    assert.deepEqual(root.attributes['gen_ai.response.finish_reasons'], ['tool_calls']);
  });
});
