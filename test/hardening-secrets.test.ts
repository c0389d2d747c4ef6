import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayProcess, type GatewayProcess } from './helpers/cli.js';
import { waitFor } from './helpers/wait-for.js';

// Distinct secrets planted in every input channel of a real gateway process (logging at debug):
// the gateway key header, provider and webhook credentials from the environment, prompt text,
// request metadata, tool arguments (a token in a gated `git push` URL), feedback comments and an
// unknown model name that error messages quote. Then grep the database files, the logs, the
// webhook bodies and every API answer that returns stored data or an error: 0 may be found.

const rand = (n: number) => randomBytes(n).toString('base64url').replace(/[-_]/g, 'x').slice(0, n);
const S = {
  gatewayKey: `gw-key-${rand(24)}`,
  providerKey: `prov-key-${rand(24)}`,
  readerKey: `reader-${rand(24)}`,
  approverKey: `approver-${rand(24)}`,
  webhookPath: `hookpath${rand(24)}`,
  prompt: `sk-proj-${rand(32)}`,
  metadata: `ghp_${rand(36)}`,
  toolArg: rand(28),
  feedback: rand(20),
  modelName: `sk-ant-${rand(30)}`,
};

let upstreamHook: Server;
const hookBodies: string[] = [];
let gw: GatewayProcess;
let dir: string;
const answers: string[] = [];

before(async () => {
  upstreamHook = createServer((req, res) => {
    let b = '';
    req.on('data', (c) => (b += c));
    req.on('end', () => {
      hookBodies.push(b);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => upstreamHook.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(upstreamHook.address() as AddressInfo).port}/${S.webhookPath}`;
  dir = mkdtempSync(join(tmpdir(), 'sy-secrets-'));
  writeFileSync(
    join(dir, 'switchyard.yaml'),
    `
server:
  api_keys: [env:SY_KEY]
  reader_tokens: [env:SY_READER]
  approver_tokens: [env:SY_APPROVER]
storage: { path: ${join(dir, 'state', 'switchyard.db')}, batch_flush_ms: 5 }
providers:
  sim: { type: simulated, seed: 2, reply: "fine" }
  unused: { type: openai, base_url: "http://127.0.0.1:9/v1", api_key: env:SY_PROVIDER }
models: { m: { targets: [{ provider: sim, model: s }] } }
routes: { r: { model: m } }
firewall:
  mode: enforce
  notify: [{ url: env:SY_HOOK, format: generic }, { url: env:SY_HOOK, format: slack }]
`,
  );
  gw = await startGatewayProcess(['--config', join(dir, 'switchyard.yaml')], {
    SWITCHYARD_LOG_LEVEL: 'debug',
    SY_KEY: S.gatewayKey,
    SY_READER: S.readerKey,
    SY_APPROVER: S.approverKey,
    SY_PROVIDER: S.providerKey,
    SY_HOOK: hookUrl,
  });
});
after(async () => {
  await gw?.stop();
  upstreamHook?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${gw.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  answers.push(`${method} ${path} -> ${res.status} ${text}`);
  return { status: res.status, text, json: () => JSON.parse(text), headers: res.headers };
}

describe('secrets planted in every channel never come out', () => {
  test('0 planted secrets in the database files, debug logs, webhook bodies and API answers', async () => {
    const chat = await call('POST', '/v1/chat/completions', S.gatewayKey, {
      model: 'r',
      messages: [{ role: 'user', content: `deploy with ${S.prompt} please` }],
      metadata: { session_id: 'sess-1', deploy_token: S.metadata, note: `uses ${S.metadata}` },
    });
    assert.equal(chat.status, 200);
    const inferenceId = chat.headers.get('x-switchyard-inference-id')!;
    const gated = await call('POST', '/v1/firewall/assess', S.gatewayKey, {
      tool: 'terminal',
      args: { command: `git push --force https://deploy:${S.toolArg}@github.com/acme/prod.git main` },
      context: { session_id: 'sess-1' },
    });
    assert.equal(gated.json().status, 'pending');
    const fb = await call('POST', '/v1/feedback', S.gatewayKey, { metric_name: 'comment', inference_id: inferenceId, value: `reset it with password=${S.feedback}` });
    assert.equal(fb.status, 200, fb.text);
    await call('POST', '/v1/chat/completions', S.gatewayKey, { model: S.modelName, messages: [{ role: 'user', content: 'x' }] });
    await call('POST', '/v1/chat/completions', S.gatewayKey, { model: 'r', messages: 'not a list', note: S.prompt });

    // Reads of everything stored (reader and approver scopes).
    await call('GET', '/v1/inferences?limit=100', S.readerKey);
    await call('GET', `/v1/inferences/${inferenceId}`, S.readerKey);
    await call('GET', '/v1/episodes/sess-1', S.readerKey);
    await call('GET', `/v1/feedback/${fb.json().feedback_id}`, S.readerKey);
    await call('GET', '/v1/approvals', S.approverKey);
    await call('GET', `/v1/approvals/${gated.json().approval_id}`, S.approverKey);
    await call('GET', `/v1/firewall/traces/${gated.json().trace_id}`, S.approverKey);
    await call('GET', '/v1/inferences', S.gatewayKey); // refused: the agent key has no read scope

    // Both webhooks have been called (event: the bodies arrive), then let the writer flush.
    await waitFor('both webhooks to be notified', () => hookBodies.length >= 2);
    assert.equal(hookBodies.length, 2);
    await call('GET', `/v1/inferences/${inferenceId}`, S.readerKey);
    const dbFiles = () => ['switchyard.db', 'switchyard.db-wal', 'switchyard.db-shm', 'switchyard.db.spill.jsonl'].map((f) => join(dir, 'state', f)).filter(existsSync);
    const live = Object.fromEntries(dbFiles().map((f) => [`${f} (running)`, readFileSync(f).toString('latin1')]));
    for (const f of dbFiles()) assert.equal((statSync(f).mode & 0o777).toString(8), '600', `${f} is 0600`);
    assert.equal(await gw.stop(), 0);

    const places: Record<string, string> = {
      logs: gw.stderr(),
      webhooks: hookBodies.join('\n'),
      answers: answers.join('\n'),
      ...live,
      ...Object.fromEntries(dbFiles().map((f) => [`${f} (stopped)`, readFileSync(f).toString('latin1')])),
    };
    assert.ok(places.logs.includes('"level":20') || places.logs.length > 0, 'debug logging was on');
    const found: string[] = [];
    for (const [where, text] of Object.entries(places)) for (const [name, secret] of Object.entries(S)) if (text.includes(secret)) found.push(`${name} in ${where}`);
    process.stdout.write(`# secrets: ${Object.keys(S).length} planted, searched ${Object.keys(places).length} places (${Object.keys(places).join(', ')}), found ${found.length}\n`);
    assert.deepEqual(found, []);
    // The stored rows still hold the request, just without the secret.
    assert.match(places.answers, /deploy with \[REDACTED\] please/);
    assert.equal((statSync(join(dir, 'state')).mode & 0o777).toString(8), '700');
  });
});
