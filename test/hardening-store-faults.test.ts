import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseConfigText } from '../src/config/load.js';
import { createRuntime, type Runtime } from '../src/server/runtime.js';
import type { SqliteStore } from '../src/store/sqlite/store.js';

// Real faults under a real SQLite file: a small tmpfs filled to the last byte (disk full) and the
// same tmpfs remounted read-only. Every inference the gateway acknowledged must be in the database
// once the fault clears, or the client must have been refused (503); none may be lost silently.
// Mounting needs root (CAP_SYS_ADMIN); elsewhere the suite is skipped and says why.

const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'sy-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();
const skip = canMount ? false : 'needs root to mount a tmpfs (disk-full and read-only faults are real file-system states here, not simulated)';

const mounts: string[] = [];
function tmpfs(sizeMb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sy-fault-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}
after(() => {
  for (const m of mounts) {
    try {
      execFileSync('umount', ['-l', m]);
      rmSync(m, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
});

const TOKENS = { A: 'admin-token-for-faults', B: 'approver-token-for-faults' };
async function start(dir: string, extra = ''): Promise<{ rt: Runtime; url: string }> {
  const { config } = parseConfigText(
    `
providers: { sim: { type: simulated, seed: 1 } }
models: { m: { targets: [{ provider: sim, model: s }] } }
routes: { r: { model: m } }
server: { admin_tokens: [env:A], approver_tokens: [env:B] }
storage:
  path: ${join(dir, 'state', 'switchyard.db')}
  batch_flush_ms: 5
${extra}
`,
    'faults.yaml',
    TOKENS,
  );
  const rt = await createRuntime({ config, env: TOKENS, logger: pino({ level: 'silent' }) });
  const url = await rt.app.listen({ port: 0, host: '127.0.0.1' });
  return { rt, url };
}

async function infer(url: string, n: number): Promise<{ acknowledged: string[]; refused: number; other: number[] }> {
  const acknowledged: string[] = [];
  let refused = 0;
  const other: number[] = [];
  for (let i = 0; i < n; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, n - i) }, async (_, j) => {
        const res = await fetch(`${url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'r', stream: (i + j) % 3 === 0, messages: [{ role: 'user', content: `row ${i + j} ${'x'.repeat(2000)}` }] }),
        });
        const text = await res.text();
        if (res.status === 200) acknowledged.push(res.headers.get('x-switchyard-inference-id')!);
        else if (res.status === 503 && text.includes('store_unavailable')) refused++;
        else other.push(res.status);
      }),
    );
  }
  return { acknowledged, refused, other };
}

/** Waits (by polling the writer's own state) until `ok()` or the deadline; returns ok(). */
async function until(ok: () => boolean, ms = 30_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return ok();
}

function stored(rt: Runtime, ids: string[]): number {
  const db = (rt.store as SqliteStore).db;
  const q = db.prepare('SELECT 1 FROM inferences WHERE id = ?');
  return ids.filter((id) => q.get(id)).length;
}

function fill(dir: string): string {
  const path = join(dir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeFileSync(path, chunk, { flag: 'a' });
  } catch (err) {
    assert.equal((err as { code?: string }).code, 'ENOSPC');
  }
  return path;
}

describe('store faults: disk full and read-only', { skip }, () => {
  test('disk full (serve): every acknowledged inference is stored once space is back; /health says degraded meanwhile', async () => {
    const dir = tmpfs(6);
    const { rt, url } = await start(dir);
    const filler = fill(dir);
    const during = await infer(url, 400);
    assert.deepEqual(during.other, []);
    assert.ok(await until(() => !rt.store.writeHealth().writable || rt.store.writeHealth().pending === 0));
    const h = rt.store.writeHealth();
    const health = (await (await fetch(`${url}/health`)).json()) as { status: string; storage: { writable: boolean; last_error: string | null } };
    process.stdout.write(`# disk full: ${during.acknowledged.length} acknowledged, writable=${h.writable}, pending=${h.pending}, last_error=${h.last_error}\n`);
    assert.equal(h.writable, false, 'the full disk must make writes fail (else the test proves nothing)');
    assert.equal(health.status, 'degraded');
    assert.ok(health.storage.last_error);
    const metrics = await (await fetch(`${url}/metrics`, { headers: {} })).text();
    assert.match(metrics, /switchyard_store_rows_total\{event="retried"\} [1-9]/);
    assert.match(metrics, /switchyard_store_writable 0/);

    rmSync(filler);
    assert.ok(await until(() => rt.store.writeHealth().pending === 0 && rt.store.writeHealth().writable), 'the queue drains once space is back');
    assert.equal(stored(rt, during.acknowledged), during.acknowledged.length, 'every acknowledged inference is stored');
    assert.equal(rt.store.writeHealth().counters.dropped, 0);
    await rt.close();
  });

  test('disk full (reject): clients are refused with 503 in their wire format; what was acknowledged is stored', async () => {
    const dir = tmpfs(6);
    const { rt, url } = await start(dir, '  on_write_failure: reject');
    const filler = fill(dir);
    const during = await infer(url, 300);
    assert.deepEqual(during.other, []);
    assert.ok(during.refused > 0, 'once writes fail, new inferences are refused');
    const anthropic = await fetch(`${url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'r', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    });
    assert.equal(anthropic.status, 503);
    assert.equal(((await anthropic.json()) as { type: string }).type, 'error', 'Anthropic clients get an Anthropic-shaped error');
    assert.equal((await fetch(`${url}/health`)).status, 503);
    rmSync(filler);
    assert.ok(await until(() => rt.store.writeHealth().pending === 0 && rt.store.writeHealth().writable));
    process.stdout.write(`# disk full (reject): ${during.acknowledged.length} acknowledged, ${during.refused} refused\n`);
    assert.equal(stored(rt, during.acknowledged), during.acknowledged.length);
    assert.equal((await infer(url, 5)).acknowledged.length, 5, 'serving again after recovery');
    await rt.close();
  });

  test('disk full with a small memory queue: rows spill to a file elsewhere (0600) and are replayed', async () => {
    const dir = tmpfs(6);
    const spillDir = mkdtempSync(join(tmpdir(), 'sy-spill-'));
    const spill = join(spillDir, 'spill.jsonl');
    const { rt, url } = await start(dir, `  max_queue_rows: 20\n  spill_path: ${spill}`);
    try {
      const filler = fill(dir);
      const during = await infer(url, 200);
      assert.deepEqual(during.other, []);
      assert.ok(await until(() => rt.store.writeHealth().spilled > 0));
      const h = rt.store.writeHealth();
      process.stdout.write(`# disk full, spill: ${during.acknowledged.length} acknowledged, ${h.spilled} spilled, pending ${h.pending}\n`);
      assert.equal(h.writable, false);
      assert.ok(h.pending - h.spilled <= 20, 'memory stays bounded by max_queue_rows');
      assert.equal((statSync(spill).mode & 0o777).toString(8), '600');
      rmSync(filler);
      assert.ok(await until(() => rt.store.writeHealth().pending === 0 && rt.store.writeHealth().writable));
      assert.equal(stored(rt, during.acknowledged), during.acknowledged.length, 'spilled rows were replayed');
      assert.ok(rt.store.writeHealth().counters.replayed > 0);
      assert.equal(rt.store.writeHealth().counters.dropped, 0);
    } finally {
      await rt.close();
      rmSync(spillDir, { recursive: true, force: true });
    }
  });

  test('a read-only database at start-up is one line naming the file and the fix', async () => {
    const dir = tmpfs(4);
    const { rt } = await start(dir);
    await rt.close();
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    await assert.rejects(start(dir), (err: Error) => {
      assert.match(err.message, /switchyard\.db/);
      assert.match(err.message, /writable|read-only/);
      assert.doesNotMatch(err.message, /\n/);
      return true;
    });
    execFileSync('mount', ['-o', 'remount,rw', dir]);
  });

  test('a file that is not a database at start-up is one line naming the file and the fix', async () => {
    const dir = tmpfs(1);
    mkdirSync(join(dir, 'state'));
    writeFileSync(join(dir, 'state', 'switchyard.db'), 'not a database '.repeat(200));
    await assert.rejects(start(dir), /switchyard\.db is not a valid SQLite database.*move it aside/);
  });
});
