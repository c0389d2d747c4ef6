import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/default.js';
import { startWithConfig, type TestGateway, getJson } from './helpers/gateway.js';

// Replays the request the real Codex CLI 0.171.0 sent (captured on 127.0.0.1, long texts trimmed:
// test/fixtures/wire/responses/) against the built-in default config (simulated provider, no keys):
// the fixture is the spec for what the surface must accept.

const fixture = JSON.parse(readFileSync('test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', 'utf8'));

describe('Codex CLI request fixture', () => {
  let gw: TestGateway;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-test-'));
    gw = await startWithConfig(defaultConfig({}), dir, join(dir, 'switchyard.db'), {});
  });
  after(async () => gw?.close());

  test('accepted as sent, streamed, with what could not be carried listed', async () => {
    const headers = { ...fixture.headers, authorization: 'Bearer unused' };
    const res = await fetch(`${gw.url}${fixture.url}`, { method: 'POST', headers, body: JSON.stringify(fixture.body) });
    assert.equal(res.status, 200, await res.clone().text());
    assert.match(res.headers.get('content-type')!, /text\/event-stream/);
    const dropped = res.headers.get('x-switchyard-dropped-fields')!.split(', ');
    assert.deepEqual(dropped.sort(), ['client_metadata', `tools[${fixture.body.tools.findIndex((t: { type: string }) => t.type === 'web_search')}]=web_search`].sort());
    const text = await res.text();
    const events = text.trim().split('\n\n').map((b) => JSON.parse(b.split('\n').find((l) => l.startsWith('data: '))!.slice(6)));
    assert.equal(events[0].type, 'response.created');
    assert.equal(events.at(-1).type, 'response.completed');
    assert.equal(events.at(-1).response.store, false);
    assert.match(events.at(-1).response.output.at(-1).content[0].text, /Done\. The tool returned: Chunk ID/);

    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${res.headers.get('x-switchyard-inference-id')}`);
    assert.equal(rec.session_id, fixture.headers['session-id']);
    assert.equal(rec.request.extra.prompt_cache_key, fixture.body.prompt_cache_key);
    const roles = rec.request.messages.map((m: { role: string }) => m.role);
    assert.deepEqual(roles.slice(-2), ['assistant', 'tool']);
    assert.equal(rec.request.tools.length, fixture.body.tools.length - 2 + fixture.body.tools.find((t: { type: string }) => t.type === 'namespace').tools.length);
    // store: false keeps no conversation state.
    assert.equal((await fetch(`${gw.baseURL}/responses/${events[0].response.id}`)).status, 404);
  });
});
