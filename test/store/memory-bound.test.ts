import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../src/core/ids.js';
import { openStore } from '../../src/store/open.js';
import { storageSchema } from '../../src/config/schema.js';
import { attempt, inference } from './contract.js';

// storage.kind memory keeps its newest memory_max_inferences inferences: older ones go with their
// attempts and feedback (and old firewall traces beyond the same count), so a long-running
// memory-store gateway stays within bounds.

test('the memory store keeps only its newest inferences, with their attempts and feedback, and bounded traces', async () => {
  const store = await openStore(storageSchema.parse({ kind: 'memory', memory_max_inferences: 50 }));
  try {
    const rows = Array.from({ length: 200 }, () => inference());
    for (const r of rows) {
      store.recordInference(r, [attempt(r, 0)]);
      store.firewall.queueTrace({
        id: newId(), created_at: r.created_at, session_id: null, tool_name: 'shell', input: {}, assessment: {}, risk_score: 0, decision: 'allow',
        approval_id: null, approval_outcome: null, duration_us: 1,
      });
      await store.flush();
    }
    assert.equal(await store.getInference(rows[0].id), null);
    assert.equal((await store.getInference(rows[160].id))?.id, rows[160].id);
    for (const r of [rows[160], rows[199]]) {
      await store.feedback.add({ id: newId(), created_at: r.created_at, metric_name: 'ok', target_type: 'inference', target_id: r.id, value: 1, raw: true, idempotency_key: null, tags: null });
    }
    // 80 more push all of those out.
    const more = Array.from({ length: 80 }, () => inference());
    for (const r of more) store.recordInference(r, [attempt(r, 0)]);
    await store.flush();

    const kept = (await store.queryInferences({ limit: 1000 })).items;
    assert.ok(kept.length >= 50 && kept.length <= 55, `kept ${kept.length}`);
    assert.equal(kept.some((r) => r.id === more[79].id), true, 'the newest stays');
    assert.equal(await store.getInference(rows[160].id), null);
    assert.deepEqual(await store.listAttempts(rows[160].id), []);
    assert.deepEqual(await store.feedback.listForTarget('inference', rows[160].id), []);
    assert.ok((await store.listAttempts(more[79].id)).length === 1);
    const traces = await store.firewall.listTraces({ limit: 1000 });
    assert.ok(traces.length <= 60, `traces ${traces.length}`);
  } finally {
    await store.close();
  }
});
