import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { runCli, startGatewayProcess } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'switchyard-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('config check: exit 0 for a valid file, 1 with file, path and suggestion for a bad one', () => {
  const good = join(dir, 'good.yaml');
  writeFileSync(good, 'providers:\n  sim: { type: simulated }\nmodels:\n  m: { targets: [ { provider: sim, model: s } ] }\n');
  const ok = runCli(['config', 'check', good]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /valid \(1 providers, 1 models, 0 routes\)/);

  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'providers:\n  sim: { type: simulated, sed: 3 }\n');
  const r = runCli(['config', 'check', bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`invalid config ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.match(r.stderr, /providers\.sim\.sed \(line 2\): unknown key "sed" \(did you mean "seed"\?/);
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');

  const missing = runCli(['config', 'check', join(dir, 'nope.yaml')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read file: ENOENT/);
});

test('config schema prints JSON Schema', () => {
  const r = runCli(['config', 'schema']);
  assert.equal(r.status, 0);
  const schema = JSON.parse(r.stdout);
  assert.equal(schema.title, 'Switchyard configuration');
  assert.ok(schema.properties.routes);
});

test('start with SWITCHYARD_CONFIG; SIGTERM flushes every acknowledged inference to SQLite', async () => {
  const db = join(dir, 'flush.db');
  const cfg = join(dir, 'flush.yaml');
  // A long flush interval: rows acknowledged to clients are still only in memory when SIGTERM lands.
  writeFileSync(cfg, `storage: { kind: sqlite, path: ${db}, batch_flush_ms: 600000, batch_max_rows: 100000 }\nproviders:\n  sim: { type: simulated }\nmodels:\n  m: { targets: [ { provider: sim, model: s } ] }\n`);
  const gw = await startGatewayProcess([], { SWITCHYARD_CONFIG: cfg });
  const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'x', maxRetries: 0 });
  const ids = await Promise.all(Array.from({ length: 25 }, (_, i) => client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: `n${i}` }] }).then((r) => r.id)));
  assert.equal(await gw.stop('SIGTERM'), 0);
  const conn = new Database(db, { readonly: true });
  try {
    const n = conn.prepare(`SELECT count(*) AS n FROM inferences WHERE id IN (${ids.map(() => '?').join(',')})`).get(...ids) as { n: number };
    assert.equal(n.n, 25);
  } finally {
    conn.close();
  }
});

test('a config error at start exits 1 with the message, not a stack trace', () => {
  const cfg = join(dir, 'broken.yaml');
  writeFileSync(cfg, 'routes:\n  a: { model: missing }\n');
  const r = runCli(['start', '--config', cfg, '--port', '0']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /routes\.a\.model: unknown model "missing"/);
});
