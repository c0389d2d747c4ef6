import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentUnit } from '../src/routing/assignment.js';
import { startGateway } from './helpers/gateway.js';
import { canaryConfig, evaluate, sendSessions, variantsBySession } from './canary-helpers.js';

// The rollout policy end to end: simulated control and candidate behind a real gateway, traffic
// through the official SDK in sticky sessions, the controller evaluating on demand over HTTP.

const BATCH = 20; // sessions between evaluations
const MAX_SESSIONS = 4000;

test('a candidate with 3x the error rate is rolled back automatically, and new sessions go to control', async () => {
  const gw = await startGateway(canaryConfig({
    control: { failureRate: 0.1, seed: 1 },
    candidate: { failureRate: 0.3, seed: 2 },
    rollout: '{ candidate: candidate, control: control, steps: [0.2, 0.5, 1], min_step_duration_ms: 0, min_sessions_per_arm: 100000, evaluate_every_ms: 0 }',
  }));
  try {
    let sessions = 0;
    let report = await evaluate(gw);
    assert.equal(report.status, 'running');
    while (report.status === 'running' && sessions < MAX_SESSIONS) {
      await sendSessions(gw, Array.from({ length: BATCH }, (_, i) => `bad-${sessions + i}`));
      sessions += BATCH;
      report = await evaluate(gw);
    }
    console.log(`3x error candidate at 20%: rolled back after ${sessions} sessions (${report.analysis.arms.candidate.sessions} on the candidate); ${report.events[0].reason}`);
    assert.equal(report.status, 'rolled_back');
    // The stated bound: at 20% weight, 2 requests per session, 10% vs 30% errors. Seeded simulation
    // of the same analysis (1-2 requests per session) gives median 660, worst of 200 runs 1540.
    assert.ok(sessions <= 2000, `rolled back only after ${sessions} sessions`);
    assert.equal(report.candidate_weight, 0);
    assert.equal(report.weights.candidate, 0);
    const event = report.events[0];
    assert.equal(event.action, 'rolled_back');
    assert.equal(event.actor, 'auto');
    assert.match(event.reason, /guardrail breached: error rate/);
    // Rolled back: every session, old candidate ones included, is now served by control.
    const movedBack = [...variantsBySession(gw).entries()].filter(([, v]) => v.includes('candidate')).map(([id]) => id).slice(0, 10);
    assert.ok(movedBack.length > 0);
    await sendSessions(gw, [...movedBack, 'new-1', 'new-2'], 1);
    for (const id of [...movedBack, 'new-1', 'new-2']) assert.equal(variantsBySession(gw).get(id)!.at(-1), 'control', id);
  } finally {
    await gw.close();
  }
});

test('an identical candidate is promoted through every step to 100%', async () => {
  // Latency guardrail at 2x: on a loaded test machine event-loop stalls add noise to both arms,
  // and this test is about the promotion path, not latency precision (the analysis tests cover that).
  const gw = await startGateway(canaryConfig({
    control: { failureRate: 0, seed: 3, latencyMs: 15 },
    candidate: { failureRate: 0, seed: 4, latencyMs: 15 },
    rollout: '{ candidate: candidate, control: control, steps: [0.3, 0.6, 1], min_step_duration_ms: 0, min_sessions_per_arm: 150, error_rate_tolerance: 0.02, max_latency_ratio: 2, evaluate_every_ms: 0 }',
  }));
  try {
    let sessions = 0;
    let report = await evaluate(gw);
    while (report.status === 'running' && sessions < MAX_SESSIONS) {
      await sendSessions(gw, Array.from({ length: BATCH }, (_, i) => `same-${sessions + i}`));
      sessions += BATCH;
      report = await evaluate(gw);
    }
    console.log(`identical candidate: completed after ${sessions} sessions; ${report.events.map((e) => `${e.action}@${e.candidate_weight}`).reverse().join(' -> ')}`);
    assert.equal(report.status, 'completed', report.events[0]?.reason);
    assert.deepEqual(report.events.map((e) => [e.action, e.candidate_weight]).reverse(), [['started', 0.3], ['promoted', 0.6], ['completed', 1]]);
    assert.deepEqual(report.weights, { shadowed: 0, candidate: 1, control: 0 });
    await sendSessions(gw, ['after-1', 'after-2', 'after-3'], 1);
    for (const id of ['after-1', 'after-2', 'after-3']) assert.deepEqual(variantsBySession(gw).get(id), ['candidate']);
  } finally {
    await gw.close();
  }
});

test('a sample-ratio mismatch holds the rollout for a person', async () => {
  const gw = await startGateway(canaryConfig({
    control: { failureRate: 0, seed: 5 },
    candidate: { failureRate: 0, seed: 6 },
    rollout: '{ candidate: candidate, control: control, steps: [0.3, 1], min_step_duration_ms: 0, min_sessions_per_arm: 100000, evaluate_every_ms: 0 }',
  }));
  try {
    // A client that mostly reuses session ids the hash puts on control: the observed split drifts
    // far below the configured 30%, exactly what broken assignment or lost logs look like.
    const skewed: string[] = [];
    for (let i = 0; skewed.length < 600 && i < 100_000; i++) {
      const id = `skew-${i}`;
      if (assignmentUnit('agent-main', id) >= 0.3 || i % 20 === 0) skewed.push(id);
    }
    let sent = 0;
    let report = await evaluate(gw);
    while (report.status === 'running' && sent < skewed.length) {
      await sendSessions(gw, skewed.slice(sent, sent + BATCH), 1);
      sent += BATCH;
      report = await evaluate(gw);
    }
    console.log(`sample-ratio mismatch held after ${sent} sessions: ${report.analysis.srm.summary}`);
    assert.equal(report.status, 'held');
    assert.equal(report.events[0].action, 'held');
    assert.match(report.events[0].reason, /sample-ratio mismatch/);
    assert.equal(report.candidate_weight, 0.3, 'a hold keeps the weights');
  } finally {
    await gw.close();
  }
});
