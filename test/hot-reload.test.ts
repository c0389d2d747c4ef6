import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { getJson } from './helpers/gateway.js';
import { startLoggedGateway, type LoggedGateway } from './helpers/logged-gateway.js';

// Hot reload on a real gateway process: SIGHUP, a file edit, and POST /v1/admin/reload. Every
// reload is awaited through its log line.

const env = { AGENT_KEY: 'sk-reload-agent-01', ADMIN: 'admin-reload-02' };
const OLD_REPLY = 'old '.repeat(20).trim();

const yaml = (o: { agentModel: string; otherModel?: string; downSeed?: number; flushMs?: number; extra?: string }, dir: string) => `
server: { api_keys: [env:AGENT_KEY], admin_tokens: [env:ADMIN] }
storage: { kind: sqlite, path: ${join(dir, 'gw.db')}, batch_flush_ms: ${o.flushMs ?? 50} }
providers:
  sim-old: { type: simulated, reply: "${OLD_REPLY}", stream_chunk_chars: 4, stream_interval_ms: 40 }
  sim-new: { type: simulated, reply: new }
  down: { type: simulated, failure_rate: 1, failure_statuses: [503], seed: ${o.downSeed ?? 1} }
models:
  old-model: { targets: [ { provider: sim-old, model: o } ] }
  new-model: { targets: [ { provider: sim-new, model: n } ] }
  flaky: { targets: [ { provider: down, model: d, max_retries: 0 } ], breaker: { failure_threshold: 1, cooldown_ms: 600000 } }
routes:
  agent-main: { model: ${o.agentModel} }
  other: { model: ${o.otherModel ?? 'old-model'} }
  flaky-route: { model: flaky }
${o.extra ?? ''}`;

const ask = (client: OpenAI, model = 'agent-main') => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }).then((r) => r.choices[0].message.content);

describe('hot reload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-reload-'));
  const file = join(dir, 'switchyard.yaml');
  let gw: LoggedGateway;
  let client: OpenAI;
  const admin = { authorization: `Bearer ${env.ADMIN}` };

  before(async () => {
    writeFileSync(file, yaml({ agentModel: 'old-model' }, dir));
    gw = await startLoggedGateway(['--config', file, '--no-watch'], env);
    client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: env.AGENT_KEY, maxRetries: 0 });
  });
  after(async () => {
    await gw?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('SIGHUP swaps in an edited route; metric and log name the serving version', async () => {
    const start = await gw.waitForLog(/^config version \w+ serving \(start\)/);
    assert.equal(await ask(client), OLD_REPLY);
    writeFileSync(file, yaml({ agentModel: 'new-model' }, dir));
    const from = gw.logs.length;
    gw.child.kill('SIGHUP');
    const line = await gw.waitForLog(/serving \(SIGHUP/, from);
    assert.match(line.msg, /^config version (\w{12}) serving \(SIGHUP: routes \+0 -0 ~1\)$/);
    assert.notEqual(line.version, start.version);
    assert.equal(await ask(client), 'new');
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    assert.match(metrics, new RegExp(`switchyard_config_version_info\\{version="${line.version}"\\} 1`));
    assert.doesNotMatch(metrics, new RegExp(`switchyard_config_version_info\\{version="${start.version}"\\}`));
    assert.match(metrics, /switchyard_config_reloads_total\{result="ok",trigger="SIGHUP"\} 1/);
  });

  test('an invalid edit is rejected with the config-check error; the old config serves on', async () => {
    writeFileSync(file, yaml({ agentModel: 'new-model', extra: 'limits: { rules: [ { name: r, requests_per_minut: 5 } ] }' }, dir));
    const from = gw.logs.length;
    gw.child.kill('SIGHUP');
    const line = await gw.waitForLog(/config reload rejected/, from);
    assert.ok(line.msg.includes(`invalid config ${file}`), line.msg);
    assert.match(line.msg, /limits\.rules\[0\]\.requests_per_minut \(line \d+\): unknown key "requests_per_minut" \(did you mean "requests_per_minute"\?/);
    assert.match(line.msg, /keeps serving/);
    assert.equal(await ask(client), 'new');

    // The admin endpoint answers the same error as JSON; a gateway key is refused.
    const refused = await fetch(`${gw.url}/v1/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${env.AGENT_KEY}` } });
    assert.equal(refused.status, 403);
    const res = await fetch(`${gw.url}/v1/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${env.ADMIN}` } });
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: { code: string; file: string; issues: { path: string }[] } };
    assert.equal(body.error.code, 'invalid_config');
    assert.equal(body.error.file, file);
    assert.match(body.error.issues[0].path, /^limits\.rules\[0\]\.requests_per_minut \(line \d+\)$/);
    assert.equal(await ask(client), 'new');
  });

  test('in-flight streams finish on the old config while POST /v1/admin/reload swaps; the answer lists what changed', async () => {
    const stream = await client.chat.completions.create({ model: 'other', messages: [{ role: 'user', content: 'hi' }], stream: true });
    const it = stream[Symbol.asyncIterator]();
    let text = '';
    const first = await it.next(); // the stream is running on old-model
    text += first.value?.choices[0]?.delta?.content ?? '';

    writeFileSync(file, yaml({ agentModel: 'new-model', otherModel: 'new-model', flushMs: 75 }, dir));
    const res = await getJson(`${gw.url}/v1/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${env.ADMIN}` } });
    assert.equal(res.changed, true);
    assert.deepEqual(res.routes, { added: [], removed: [], changed: ['other'] });
    assert.deepEqual(res.models, { added: [], removed: [], changed: [] });
    assert.deepEqual(res.needs_restart, ['storage.batch_flush_ms']);
    assert.equal(await ask(client, 'other'), 'new');

    for (let next = await it.next(); !next.done; next = await it.next()) text += next.value.choices[0]?.delta?.content ?? '';
    assert.equal(text, OLD_REPLY, 'the stream that started before the reload completed on the old model');
  });

  test('a breaker opened before a reload of an unrelated route is still open after; a changed provider starts fresh', async () => {
    const failed = await ask(client, 'flaky-route').catch((e) => e);
    assert.ok(failed instanceof OpenAI.APIError);
    const breakerOf = async () => {
      const status = await getJson(`${gw.url}/v1/status`, { headers: { authorization: `Bearer ${env.AGENT_KEY}` } });
      return (status.breakers as { target: string; state: string }[]).find((b) => b.target === 'down/d')?.state;
    };
    assert.equal(await breakerOf(), 'open');

    writeFileSync(file, yaml({ agentModel: 'old-model', otherModel: 'new-model', flushMs: 75 }, dir));
    const res = await getJson(`${gw.url}/v1/admin/reload`, { method: 'POST', headers: admin });
    assert.deepEqual(res.routes.changed, ['agent-main']);
    assert.equal(await breakerOf(), 'open');
    const fast = await ask(client, 'flaky-route').catch((e) => e);
    assert.match(fast.message, /circuit open for down\/d/);

    // Changing the provider behind the target is a different upstream: its breaker starts closed.
    writeFileSync(file, yaml({ agentModel: 'old-model', otherModel: 'new-model', flushMs: 75, downSeed: 2 }, dir));
    const res2 = await getJson(`${gw.url}/v1/admin/reload`, { method: 'POST', headers: admin });
    assert.deepEqual(res2.providers.changed, ['down']);
    assert.equal(await breakerOf(), undefined);
    const again = await ask(client, 'flaky-route').catch((e) => e);
    assert.doesNotMatch(again.message, /circuit open/);
  });
});

describe('hot reload on a file change', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-watch-'));
  const file = join(dir, 'switchyard.yaml');
  let gw: LoggedGateway;

  before(async () => {
    writeFileSync(file, yaml({ agentModel: 'old-model' }, dir));
    gw = await startLoggedGateway(['--config', file], env);
  });
  after(async () => {
    await gw?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an editor-style save (write a temp file, rename it over) is picked up', async () => {
    const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: env.AGENT_KEY, maxRetries: 0 });
    assert.equal(await ask(client), OLD_REPLY);
    const from = gw.logs.length;
    const tmp = join(dir, '.switchyard.yaml.swp');
    writeFileSync(tmp, yaml({ agentModel: 'new-model' }, dir));
    renameSync(tmp, file);
    await gw.waitForLog(/serving \(file change: routes \+0 -0 ~1\)/, from);
    assert.equal(await ask(client), 'new');

    // A second save after the rename is still seen (the watch survived the replaced inode).
    const from2 = gw.logs.length;
    writeFileSync(file, yaml({ agentModel: 'old-model' }, dir));
    await gw.waitForLog(/serving \(file change: routes \+0 -0 ~1\)/, from2);
    assert.equal(await ask(client), OLD_REPLY);
  });
});
