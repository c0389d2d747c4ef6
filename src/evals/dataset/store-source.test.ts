import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { buildFromJsonl } from '../../datasets/build.js';
import { storageSchema } from '../../config/schema.js';
import { openStore } from '../../store/open.js';
import { executeEval } from '../execute.js';
import { parseEvalText } from '../schema/eval-file.js';
import type { ContenderClient } from '../types.js';
import { StoreDatasetSource } from './store-source.js';

const dir = mkdtempSync(join(tmpdir(), 'switchyard-eval-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a stored dataset (built by the session-data work) runs as an eval, outputs as expectations', async () => {
  const store = await openStore(storageSchema.parse({ kind: 'sqlite', path: join(dir, 's.db') }));
  try {
    const file = join(dir, 'dp.jsonl');
    const tools = [{ type: 'function', function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } }];
    writeFileSync(file, [
      JSON.stringify({ messages: [{ role: 'user', content: 'say hi' }], output: { role: 'assistant', content: 'hi' } }),
      JSON.stringify({ messages: [{ role: 'user', content: 'read a.txt' }], tools, output: { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'read_file', arguments: '{"path":"a.txt"}' } }] } }),
    ].join('\n'));
    await buildFromJsonl(store, 'golden', file);
    const client: ContenderClient = {
      async complete(_c, request) {
        const offered = request.tools?.length;
        return { response: { model: 'm', message: offered ? { role: 'assistant', content: null, tool_calls: [{ id: 'x', type: 'function', function: { name: 'read_file', arguments: '{}' } }] } : { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }, latencyMs: 1, costUsd: null };
      },
    };
    const evalFile = parseEvalText('name: golden\ndataset: { stored: golden }\ncontenders: [{ name: a, route: a }]\nevaluators: [{ type: exact_match }, { type: tool_call }]', 'e.yaml');
    const r = await executeEval({ evalFile, filePath: 'e.yaml', client, source: new StoreDatasetSource(store), cacheDir: null, runsDir: null });
    assert.equal(r.report.items, 2);
    const byItem = r.report.observations.map((o) => [o.scores.exact_match.pass, o.scores.tool_call.pass]);
    assert.deepEqual(byItem.sort(), [[false, true], [true, false]].sort());
    await assert.rejects(new StoreDatasetSource(store, 'e.yaml').queryInferences({ rute: 'x' }), ConfigError);
  } finally {
    await store.close();
  }
});
