import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText } from '../config/load.js';
import { ProviderRegistry } from '../providers/registry.js';
import { openStore } from '../store/open.js';
import { Gateway } from './gateway.js';

const yaml = `
storage: { kind: memory }
providers: { s: { type: simulated } }
models: { m: { targets: [ { provider: s, model: x } ] } }
`;

test('streams: every request gets chunks from one shared generator, recorded at the end with the streamed text', async () => {
  const { config } = parseConfigText(yaml, 't', {});
  const store = await openStore(config.storage);
  try {
    const gw = new Gateway({ config, store, providers: new ProviderRegistry(), env: {} });
    const streams = [];
    for (const text of ['first question', 'second question']) {
      streams.push(await gw.stream({ model: 'm', stream: true, messages: [{ role: 'user', content: text }] }));
    }
    // A generator function declared per request would give each stream's generator its own
    // prototype (and V8 a new old-generation Map per stream that kept the request alive through
    // scavenges: src/routing/live-stream.ts).
    assert.equal(Object.getPrototypeOf(streams[0].chunks), Object.getPrototypeOf(streams[1].chunks));
    for (const s of streams) {
      let text = '';
      for await (const c of s.chunks) if (c.type === 'delta') text += c.content ?? '';
      assert.ok(text.length > 0);
      await store.flush();
      const row = await store.getInference(s.inferenceId);
      assert.equal(row?.status, 'ok');
      assert.equal(row?.stream, true);
      assert.equal((row?.response as { message: { content: string } }).message.content, text);
      assert.equal(row?.attempts_count, 1);
    }
  } finally {
    await store.close();
  }
});
