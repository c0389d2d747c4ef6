import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText } from '../config/load.js';
import { newId } from '../core/ids.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { InferenceRecord } from '../store/types.js';
import { ExperimentController } from './controller.js';
import { waitFor } from '../../test/helpers/wait-for.js';

const yaml = (candidateModel: string, every: number) => `
providers:
  sim: { type: simulated }
models:
  a: { targets: [{ provider: sim, model: a }] }
  b: { targets: [{ provider: sim, model: b }] }
routes:
  agent-main:
    variants:
      control: { weight: 0.9, model: a }
      candidate: { weight: 0.1, model: ${candidateModel} }
    rollout: { candidate: candidate, control: control, steps: [0.5, 1], min_step_duration_ms: 0, min_sessions_per_arm: 1000, evaluate_every_ms: ${every} }
`;

function record(variant: string, session: string, status: 'ok' | 'error'): InferenceRecord {
  return {
    id: newId(), created_at: new Date().toISOString(), session_id: session, route: 'agent-main', model: variant === 'candidate' ? 'b' : 'a', variant,
    provider: 'sim', upstream_model: 'x', stream: false, status, error: status === 'error' ? 'boom' : null, request: { model: 'agent-main', messages: [] },
    response: null, usage: null, latency_ms: 10, ttft_ms: null, attempts_count: 1, routing: { variant }, tags: null, cost_usd: null,
  };
}

test('the controller rolls back on its own timer, and a config change starts a new run', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const { config } = parseConfigText(yaml('b', 50), 'test.yaml', {});
  const controller = new ExperimentController({ config, store });
  try {
    await controller.init();
    assert.deepEqual(controller.weightsFor('agent-main'), { candidate: 0.5, control: 0.5 });
    assert.equal(controller.weightsFor('other'), undefined);
    // Half the candidate's requests fail, none of control's.
    for (let s = 0; s < 60; s++) {
      for (let i = 0; i < 2; i++) {
        store.recordInference(record('candidate', `c${s}`, i === 0 ? 'error' : 'ok'), []);
        store.recordInference(record('control', `o${s}`, 'ok'), []);
      }
    }
    await store.flush();
    controller.start();
    const state = await waitFor('the controller to decide', async () => {
      const st = (await store.experiments.getState('agent-main'))!;
      return st.status !== 'running' && st;
    });
    assert.equal(state.status, 'rolled_back');
    assert.deepEqual(controller.weightsFor('agent-main'), { candidate: 0, control: 1 });
    controller.stop();

    // Same config after a restart: the rolled-back run continues. A new candidate model: a new run.
    const same = new ExperimentController({ config: parseConfigText(yaml('b', 0), 'test.yaml', {}).config, store });
    await same.init();
    assert.equal((await same.report('agent-main')).status, 'rolled_back');
    const changed = new ExperimentController({ config: parseConfigText(yaml('a', 0), 'test.yaml', {}).config, store });
    await changed.init();
    const report = await changed.report('agent-main');
    assert.equal(report.status, 'running');
    assert.equal(report.candidate_weight, 0.5);
    assert.deepEqual(report.events.map((e) => e.action), ['started', 'rolled_back', 'started']);
  } finally {
    controller.stop();
    await store.close();
  }
});

test('reconfigure (config reload): an unchanged rollout keeps its state and weights; a changed one starts a new run', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const controller = new ExperimentController({ config: parseConfigText(yaml('b', 0), 'test.yaml', {}).config, store });
  try {
    await controller.init();
    await controller.act('agent-main', 'promote', 'tester', 'step up');
    assert.deepEqual(controller.weightsFor('agent-main'), { candidate: 1, control: 0 });

    // The same rollout in a reloaded file (another route added around it) keeps its progress.
    const withExtra = `${yaml('b', 0)}  extra: { model: a }\n`;
    await controller.reconfigure(parseConfigText(withExtra, 'test.yaml', {}).config);
    assert.deepEqual(controller.weightsFor('agent-main'), { candidate: 1, control: 0 });
    assert.equal((await controller.report('agent-main')).step, 2);

    // A different candidate model is a new experiment run, from the first step.
    await controller.reconfigure(parseConfigText(yaml('a', 0), 'test.yaml', {}).config);
    assert.deepEqual(controller.weightsFor('agent-main'), { candidate: 0.5, control: 0.5 });
    // A route without a rollout any more: its weights are no longer overridden.
    await controller.reconfigure(parseConfigText('providers: { sim: { type: simulated } }\nmodels: { a: { targets: [ { provider: sim, model: a } ] } }\n', 'test.yaml', {}).config);
    assert.equal(controller.weightsFor('agent-main'), undefined);
    assert.deepEqual(controller.names, []);
  } finally {
    controller.stop();
    await store.close();
  }
});
