import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import pg from 'pg';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { dropSchema, PG_URL, uniqueSchema } from './store/pg-harness.js';

// storage.content per route on the real stores: personal data planted in requests (and echoed
// back by the simulated model) must not be found in any stored row of a `redacted` or
// `metadata_only` route, and must be found in a `full` one (so the check can fail).

const routes = `
providers:
  sim: { type: simulated, seed: 3, usd_per_1k_tokens: 0.5 }
models:
  m: { targets: [{ provider: sim, model: sim-1 }] }
routes:
  open: { model: m }
  private: { model: m, storage_content: redacted }
  meta: { model: m, storage_content: metadata_only }
`;
const redactKey = `  redact:\n    - { name: employee_id, pattern: 'EMP-\\d{6}' }\n`;

const PLANTED = {
  email: 'jane.doe@example.com',
  card: '4111 1111 1111 1111',
  iban: 'GB82 WEST 1234 5698 7654 32',
  ssn: '123-45-6789',
  phone: '+1 415 555 2671',
  custom: 'EMP-123456',
};
const prompt = `I am ${PLANTED.email}, card ${PLANTED.card}, IBAN ${PLANTED.iban}, SSN ${PLANTED.ssn}, phone ${PLANTED.phone}, badge ${PLANTED.custom}`;

async function traffic(gw: TestGateway): Promise<void> {
  const client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'x', maxRetries: 0 });
  for (const model of ['open', 'private', 'meta']) {
    const r = await client.chat.completions.create({ model, messages: [{ role: 'user', content: prompt }] });
    assert.ok(r.choices[0].message.content?.includes(PLANTED.email), 'the client still gets the full reply');
    const stream = await client.chat.completions.create({ model, stream: true, messages: [{ role: 'system', content: `contact ${PLANTED.email}` }, { role: 'user', content: prompt }] });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta?.content ?? '';
    assert.ok(text.includes(PLANTED.card));
  }
  await gw.runtime.store.flush();
}

type Row = { route: string; text: string; request: unknown; response: unknown; usage: unknown; cost_usd: number | null; latency_ms: number; status: string };

function assertPrivacy(rows: Row[]): void {
  assert.equal(rows.length, 6);
  const leaks = (r: Row) => Object.entries(PLANTED).filter(([, v]) => r.text.includes(v)).map(([k]) => k);
  for (const r of rows.filter((x) => x.route === 'open')) assert.deepEqual(leaks(r), Object.keys(PLANTED), 'full keeps content');
  for (const r of rows.filter((x) => x.route !== 'open')) assert.deepEqual(leaks(r), [], `${r.route} leaked`);
  for (const r of rows.filter((x) => x.route === 'private')) {
    for (const token of ['[REDACTED:email]', '[REDACTED:card]', '[REDACTED:iban]', '[REDACTED:ssn]', '[REDACTED:phone]', '[REDACTED:employee_id]']) assert.ok(r.text.includes(token), token);
  }
  for (const r of rows.filter((x) => x.route === 'meta')) {
    const req = r.request as { messages: unknown[]; content_omitted: boolean; message_count: number };
    assert.deepEqual(req.messages, []);
    assert.equal(req.content_omitted, true);
    assert.ok(req.message_count >= 1);
    const res = r.response as { message: { content: unknown }; finish_reason: string };
    assert.equal(res.message.content, null);
    assert.equal(res.finish_reason, 'stop');
    assert.ok(r.usage && (r.usage as { total_tokens: number }).total_tokens > 0, 'usage kept');
    assert.ok(r.cost_usd! > 0, 'cost kept');
    assert.ok(r.latency_ms >= 0 && r.status === 'ok');
    assert.doesNotMatch(r.text, /Simulated reply/);
  }
}

describe('privacy controls on SQLite', () => {
  let gw: TestGateway;
  after(() => gw?.close());
  test('redacted and metadata_only rows hold none of the planted personal data', async () => {
    gw = await startGateway(`${routes}storage:\n  kind: sqlite\n${redactKey}`);
    await traffic(gw);
    const db = new Database(gw.dbPath, { readonly: true });
    try {
      const rows = (db.prepare('SELECT * FROM inferences').all() as Record<string, string>[]).map((r) => ({
        ...(r as unknown as Row),
        text: JSON.stringify(r),
        request: JSON.parse(r.request),
        response: JSON.parse(r.response),
        usage: JSON.parse(r.usage),
      }));
      assertPrivacy(rows);
    } finally {
      db.close();
    }
  });
});

describe('privacy controls on PostgreSQL, schema from storage.schema', () => {
  const schema = uniqueSchema('sy_priv');
  let gw: TestGateway;
  after(async () => {
    await gw?.close();
    await dropSchema(schema);
  });
  test('rows land in the configured schema and hold none of the planted personal data', async () => {
    gw = await startGateway(`${routes}storage:\n  kind: postgres\n  url: env:SY_PG\n  schema: ${schema}\n  batch_flush_ms: 5\n${redactKey}`, { SY_PG: PG_URL });
    await traffic(gw);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const tables = await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('inferences', 'response_cache')", [schema]);
      assert.equal(tables.rowCount, 2);
      const res = await c.query(`SELECT route, request, response, usage, cost_usd, latency_ms, status, row_to_json(i)::text AS text FROM ${schema}.inferences i`);
      assertPrivacy(res.rows as Row[]);
      const attempts = await c.query(`SELECT row_to_json(a)::text AS t FROM ${schema}.attempts a`);
      assert.ok(attempts.rowCount! > 0);
    } finally {
      await c.end();
    }
  });
});
