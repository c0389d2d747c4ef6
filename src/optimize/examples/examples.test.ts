import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText } from '../../config/load.js';
import { parseShots, type Shot } from '../../core/examples.js';
import { newId } from '../../core/ids.js';
import { ProviderRegistry } from '../../providers/registry.js';
import { Gateway } from '../../routing/gateway.js';
import { requestForTarget } from '../../routing/prepare.js';
import { openStore } from '../../store/open.js';
import { attachExamples } from './attach.js';
import { LexicalIndex } from './lexical.js';

const shot = (input: string, tool: string): Shot => ({ input, output: { tool_calls: [{ id: 'c', type: 'function', function: { name: tool, arguments: '{}' } }] } });

test('examples go after the variant system prompt, and the simulated model reads them back', () => {
  const { config } = parseConfigText('providers: { s: { type: simulated } }\nmodels: { m: { targets: [ { provider: s, model: x } ] } }\n', 't', {});
  const gw = new Gateway({ config, store: {} as never, providers: new ProviderRegistry(), env: {} });
  const model = gw.models.get('m')!;
  for (const as of ['system', 'messages'] as const) {
    const plan = { route: 'r', variant: 'v', model, systemPrompt: 'Be brief.', routing: {}, shots: [shot('read a.txt', 'read_file')], examples: { as } as never };
    const out = requestForTarget({ model: 'r', messages: [{ role: 'user', content: 'read b.txt' }] }, plan, model.targets[0]);
    assert.deepEqual(out.messages[0], { role: 'system', content: 'Be brief.' }, as);
    assert.equal(out.messages.at(-1)!.content, 'read b.txt');
    assert.deepEqual(parseShots(out.messages), [{ input: 'read a.txt', tool: 'read_file' }], as);
  }
});

test('BM25 ranks the closest texts first, skips discarded and excluded ones, and copes with common words', () => {
  const ix = new LexicalIndex();
  const docs = ['the quick brown fox', 'the lazy dog sleeps', 'a quick brown dog', 'the the the', 'brown fox jumps high'];
  docs.forEach((d, i) => ix.add(i + 1, d));
  assert.deepEqual(ix.nearest('quick brown fox', 3), [1, 3, 5]);
  ix.discard(1);
  assert.deepEqual(ix.nearest('quick brown fox', 2), [3, 5]);
  assert.deepEqual(ix.nearest('quick brown fox', 1, (id) => id === 3), [5]);
  assert.deepEqual(ix.nearest('nothing matches', 3), []);
  assert.equal(ix.size, 4);
});

test('embedding similarity: pool vectors come from the configured model, an identical request finds its example first', async () => {
  const yaml = `
storage: { kind: memory }
metrics: { ok: { type: boolean } }
providers: { s: { type: simulated, embedding_dimensions: 64 } }
models: { m: { targets: [ { provider: s, model: x } ] } }
routes:
  r: { variants: { v: { weight: 1, model: m, examples: { source: { metric: ok }, k: 2, similarity: embeddings, embedding_model: m } } } }
`;
  const { config } = parseConfigText(yaml, 't', {});
  const store = await openStore(config.storage);
  try {
    const gw = new Gateway({ config, store, providers: new ProviderRegistry(), env: {} });
    const ids: string[] = [];
    for (const text of ['read notes.txt', 'search the web for cats', 'run ls']) {
      const r = await gw.complete({ model: 'r', messages: [{ role: 'user', content: text }] }, { forceVariant: 'v' });
      ids.push(r.inferenceId);
    }
    await store.flush();
    for (const id of ids) await store.feedback.add({ id: newId(), created_at: new Date().toISOString(), metric_name: 'ok', target_type: 'inference', target_id: id, value: 1, raw: true, idempotency_key: null, tags: null });
    const service = attachExamples(gw, store, { refreshMs: 0 })!;
    await service.warm();
    assert.equal(service.pools[0].size, 3);
    const r = await gw.complete({ model: 'r', messages: [{ role: 'user', content: 'search the web for cats' }] });
    assert.equal((r.plan.routing.examples as string[])[0], ids[1]);
    const stored = await store.optimize.listExamples(service.pools[0].key, 0, 10);
    assert.equal(stored[0].embedding!.length, 64, 'vectors are kept in the store');
    service.stop();
  } finally {
    await store.close();
  }
});
