import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startGatewayProcess } from './helpers/cli.js';
import { waitFor } from './helpers/wait-for.js';

// SIGTERM while tool calls are held for approval (enforce mode, approvals that would expire in
// 10 minutes): the held calls are released fail-closed at once, the process exits well inside the
// deadline, every acknowledged inference is in the database and the approvals are abandoned
// (no longer approvable). Waits for events (pending approvals listed, responses, exit), no sleeps.

const dir = mkdtempSync(join(tmpdir(), 'sy-shutdown-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const env = { SY_APPROVER: 'approver-token-shutdown-0123', SY_ADMIN: 'admin-token-shutdown-0123' };

describe('shutdown with held approvals', () => {
  test('SIGTERM releases held calls, exits inside the deadline, loses 0 rows', async (t) => {
    const db = join(dir, 'state', 'switchyard.db');
    writeFileSync(
      join(dir, 'switchyard.yaml'),
      `
server: { approver_tokens: [env:SY_APPROVER], admin_tokens: [env:SY_ADMIN], shutdown_timeout_ms: 8000 }
storage: { path: ${db} }
providers: { sim: { type: simulated, seed: 4 } }
models: { m: { targets: [{ provider: sim, model: s }] } }
routes: { r: { model: m } }
firewall: { mode: enforce, approvals: { expire_after_ms: 600000 } }
`,
    );
    const gw = await startGatewayProcess(['--config', join(dir, 'switchyard.yaml')], env);
    // A failed assertion before the SIGTERM below must not leave the gateway running (the suite waits on it).
    t.after(() => gw.stop('SIGKILL'));
    const post = (body: unknown) =>
      fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-switchyard-session-id': 'shut' }, body: JSON.stringify(body) });
    // An unknown tool with side effects asks a person: these requests are held. (Rotating a key
    // does not: it is credential care, src/firewall/rules/credential-care.ts; nor does clearing a
    // cache of copies, src/firewall/profiles/ephemeral.ts.)
    const tools = (name: string) => [{ type: 'function', function: { name, parameters: { type: 'object', properties: { target: { type: 'string' } } } } }];
    const held = ['delete_archive', 'purge_backups', 'page_oncall'].map((name) => post({ model: 'r', messages: [{ role: 'user', content: `do ${name}` }], tools: tools(name) }));
    const plain = await Promise.all(Array.from({ length: 30 }, (_, i) => post({ model: 'r', messages: [{ role: 'user', content: `plain ${i}` }] })));
    const acknowledged = plain.map((r) => r.headers.get('x-switchyard-inference-id')!);
    assert.ok(plain.every((r) => r.status === 200));

    // Event: all three calls are pending approval.
    const pending = await waitFor('three calls held for approval', async () => {
      const res = await fetch(`${gw.url}/v1/approvals`, { headers: { authorization: `Bearer ${env.SY_APPROVER}` } });
      const data = ((await res.json()) as { data: { id: string }[] }).data;
      return data.length >= 3 && data;
    }, { everyMs: 50 });
    assert.equal(pending.length, 3);

    const t0 = performance.now();
    const exited = gw.stop('SIGTERM');
    const released = await Promise.all(held);
    const code = await exited;
    const exitMs = performance.now() - t0;
    process.stdout.write(gw.stderr().split("\n").filter((l) => /shutdown|SIGTERM/.test(l)).map((l) => `# ${l}\n`).join(""));
    process.stdout.write(`# shutdown: exit ${code} after ${Math.round(exitMs)} ms with 3 held calls (deadline 8000 ms)\n`);
    assert.equal(code, 0);
    assert.ok(exitMs < 8_000, `exited in ${Math.round(exitMs)} ms`);

    for (const res of released) {
      assert.equal(res.status, 200);
      const body = (await res.json()) as { choices: { message: { content: string; tool_calls?: unknown[] } }[] };
      assert.equal(body.choices[0].message.tool_calls, undefined, 'a released call is never handed to the agent');
      assert.match(body.choices[0].message.content, /gateway restarting, not run/);
      acknowledged.push(res.headers.get('x-switchyard-inference-id')!);
    }

    const rows = new Database(db, { readonly: true });
    const has = rows.prepare('SELECT 1 FROM inferences WHERE id = ?');
    const missing = acknowledged.filter((id) => !has.get(id));
    const approvals = rows.prepare('SELECT status, decided_by FROM firewall_approvals').all() as { status: string; decided_by: string }[];
    rows.close();
    process.stdout.write(`# shutdown: ${acknowledged.length} acknowledged, ${missing.length} missing\n`);
    assert.deepEqual(missing, []);
    assert.deepEqual(approvals.map((a) => a.status), ['abandoned', 'abandoned', 'abandoned']);
    assert.ok(approvals.every((a) => a.decided_by === 'system:gateway restarting'));
  });
});
