import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firewallConfigSchema } from '../config/firewall-schema.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { FirewallService } from './approvals.js';

const dir = mkdtempSync(join(tmpdir(), 'sy-fw-'));
const store = new SqliteStore({ path: join(dir, 'fw.db'), batchMaxRows: 100, batchFlushMs: 10 });
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const config = firewallConfigSchema.parse({});
let clock = new Date('2026-01-01T00:00:00Z');
const svc = new FirewallService(store.firewall, config, { expireAfterMs: 60_000, now: () => clock });
const danger = { tool: 'terminal', args: { command: 'git push --force origin main' } };

describe('FirewallService', () => {
  test('allowed calls leave a trace and no approval', async () => {
    const r = await svc.gate({ tool: 'terminal', args: { command: 'git status' } }, { session_id: 's1' });
    assert.equal(r.status, 'allow');
    assert.equal(r.approval, null);
    const t = await svc.getTrace(r.trace_id);
    assert.equal(t.decision, 'allow');
    assert.equal(t.tool_name, 'terminal');
  });

  test('traces are redacted', async () => {
    const r = await svc.gate({ tool: 'terminal', args: { command: 'curl -H "Authorization: Bearer sk-abcdefghijklmnopqrstuvwx" https://x.io' } }, { session_id: 's1' });
    const t = await svc.getTrace(r.trace_id);
    assert.ok(!JSON.stringify(t.input).includes('sk-abcdefghijklmnopqrstuvwx'));
  });

  test('approve once releases the waiter and records who and when', async () => {
    const r = await svc.gate(danger, { session_id: 's1' });
    assert.equal(r.status, 'pending');
    const waiting = svc.waitForDecision(r.approval!.id);
    await svc.decide(r.approval!.id, 'once', 'approver:alice');
    const done = await waiting;
    assert.equal(done.status, 'approved');
    assert.equal(done.decided_by, 'approver:alice');
    assert.equal(done.decided_at, clock.toISOString());
    assert.equal((await svc.getTrace(r.trace_id)).approval_outcome, 'approved_once');
    // once is once: the same call asks again
    assert.equal((await svc.gate(danger, { session_id: 's1' })).status, 'pending');
  });

  test('approve for session is scoped to that session', async () => {
    const call = { tool: 'terminal', args: { command: 'git reset --hard HEAD~1' } };
    const r = await svc.gate(call, { session_id: 's2' });
    await svc.decide(r.approval!.id, 'session', 'approver:bob');
    assert.equal((await svc.gate(call, { session_id: 's2' })).status, 'allow');
    assert.equal((await svc.gate(call, { session_id: 's3' })).status, 'pending');
  });

  test('approve always persists a listable, revocable rule', async () => {
    const call = { tool: 'terminal', args: { command: 'git clean -fdx' } };
    const r = await svc.gate(call, { session_id: 's4' });
    await svc.decide(r.approval!.id, 'always', 'approver:carol');
    const again = await svc.gate(call, { session_id: 'other' });
    assert.equal(again.status, 'allow');
    const rule = (await svc.listRules()).find((x) => x.id === again.rule_id)!;
    assert.equal(rule.session_id, null);
    assert.equal(rule.created_by, 'approver:carol');
    await svc.revokeRule(rule.id, 'approver:carol');
    assert.equal((await svc.gate(call, { session_id: 'other' })).status, 'pending');
  });

  test('deny, double answers and expiry', async () => {
    const r = await svc.gate(danger, { session_id: 's5' });
    const denied = await svc.decide(r.approval!.id, 'deny', 'approver:dan');
    assert.equal(denied.status, 'denied');
    await assert.rejects(svc.decide(r.approval!.id, 'once', 'approver:eve'), /already denied/);

    const r2 = await svc.gate(danger, { session_id: 's5' });
    const ac = new AbortController();
    const waiting = svc.waitForDecision(r2.approval!.id, ac.signal);
    clock = new Date(clock.getTime() + 61_000);
    assert.ok((await svc.expireDue()) >= 1);
    const expired = await waiting;
    assert.equal(expired.status, 'expired');
    await assert.rejects(svc.decide(r2.approval!.id, 'once', 'approver:eve'), /already expired/);
  });

  test('crisis gates cannot become standing rules', async () => {
    const r = await svc.gate({ tool: 'send_message', args: { message: 'ok' } }, { user_message: 'I want to kill myself', session_id: 's6' });
    assert.equal(r.status, 'pending');
    await assert.rejects(svc.decide(r.approval!.id, 'always', 'approver:x'), /only be approved once/);
  });

  test('an answer written by another process releases the waiter', async () => {
    const other = new FirewallService(store.firewall, config, { expireAfterMs: 60_000, now: () => clock, pollMs: 20 });
    const r = await other.gate(danger, { session_id: 's8' });
    const waiting = other.waitForDecision(r.approval!.id);
    // `svc` stands in for another replica: its event never reaches `other`.
    await svc.decide(r.approval!.id, 'deny', 'approver:far-away');
    assert.equal((await waiting).status, 'denied');
  });

  test('waitForDecision rejects on abort', async () => {
    const r = await svc.gate(danger, { session_id: 's7' });
    const ac = new AbortController();
    const p = svc.waitForDecision(r.approval!.id, ac.signal);
    ac.abort(new Error('client went away'));
    await assert.rejects(p, /client went away/);
  });
});
