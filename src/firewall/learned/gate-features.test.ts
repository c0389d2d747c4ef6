import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { authorOf } from '../../../scripts/train-gate-model.js';
import { CORPUS_CONFIG, loadCorpus } from '../corpus/run-corpus.js';
import { gateCallView, gateEligible, requestTurns, resolvedProfile } from './gate-call.js';
import { gateFeatures, wordCountsForTest } from './gate-features.js';
import { setLevers } from '../../core/levers.js';

// The learned gate experiment's pieces (scripts/train-gate-model.ts): what a call becomes as
// features, which calls it may act on, and how corpus rows map to authors for cross-validation.

const bash = (command: string) => ({ tool: 'Bash', args: { command, description: 'run it' } });

describe('learned gate features', () => {
  test('words of ASCII text: the hand-written scanner counts exactly what the regex does', () => {
    const texts = ['', ' ', 'a', 'rm -rf /tmp/x_y', 'a'.repeat(30) + ' b' + 'c'.repeat(24) + ' d', 'x1 x2_y\tz\n9', '__ _ a__b', '!!!', 'end_', `${'w'.repeat(25)}`];
    for (const r of loadCorpus()) for (const t of [JSON.stringify(r.args), ...Object.values(r.context ?? {}).filter((v): v is string => typeof v === 'string')]) if (!/[^\x00-\x7f]/.test(t)) texts.push(t.toLowerCase());
    assert.ok(texts.length > 300);
    for (const t of texts) for (const pairs of [true, false]) assert.deepEqual(wordCountsForTest(t, pairs, false), wordCountsForTest(t, pairs, true), t.slice(0, 80));
  });

  test('are deterministic, L2-normalized and independent of letter case', () => {
    const call = bash('aws s3 sync /tmp/empty s3://site --delete');
    const view = gateCallView(call, resolvedProfile(call, {}, CORPUS_CONFIG), { user_message: 'clean the bucket' }, []);
    const a = gateFeatures(view);
    const b = gateFeatures(view);
    assert.deepEqual([...a.idx], [...b.idx]);
    assert.deepEqual([...a.val], [...b.val]);
    assert.ok(Math.abs(a.val.reduce((t, v) => t + v * v, 0) - 1) < 1e-9);
    const upper = gateFeatures({ ...view, args: { command: 'AWS S3 SYNC /TMP/EMPTY S3://SITE --DELETE', description: 'RUN IT' }, said: ['CLEAN THE BUCKET'] });
    assert.deepEqual([...upper.idx].sort(), [...a.idx].sort());
  });

  test('the request and nested arguments change the features', () => {
    const call = { tool: 'send_message', args: { action: 'send', target: 'slack:#general', message: { text: 'hello' } } };
    const profile = resolvedProfile(call, {}, CORPUS_CONFIG);
    const plain = gateFeatures(gateCallView(call, profile, {}, []));
    const asked = gateFeatures(gateCallView(call, profile, { user_message: 'say hello to everyone' }, []));
    const other = gateFeatures(gateCallView({ ...call, args: { ...call.args, message: { text: 'goodbye' } } }, profile, {}, []));
    assert.ok(asked.idx.length > plain.idx.length);
    assert.notDeepEqual([...other.idx], [...plain.idx]);
  });

  test('read-only tools are never eligible; tools that change things are', () => {
    for (const tool of ['Read', 'Grep', 'Glob']) assert.equal(gateEligible(resolvedProfile({ tool, args: { pattern: 'x', file_path: 'a.ts' } }, {}, CORPUS_CONFIG)), false, tool);
    assert.equal(gateEligible(resolvedProfile(bash('rm -rf build'), {}, CORPUS_CONFIG)), true);
  });

  test('the request is the last few user messages, the latest last and not repeated', () => {
    assert.deepEqual(requestTurns({ user_messages: ['a', 'b', 'c', 'd'], user_message: 'd' }), ['b', 'c', 'd']);
    assert.deepEqual(requestTurns({ user_message: 'only' }), ['only']);
  });
});

describe('the request counted once per conversation (gateRequestOnce)', () => {
  test("the corpus's calls in order, and each twice, score the same vectors as counting the request every call", () => {
    const views = loadCorpus().slice(0, 3000).map((r) => gateCallView({ tool: r.tool, args: r.args }, resolvedProfile({ tool: r.tool, args: r.args }, r.context ?? {}, CORPUS_CONFIG), r.context ?? {}, []));
    // Each call twice and the next conversation between: the memo is hit, missed and refilled.
    const sequence = views.flatMap((v, i) => [v, views[(i + 1) % views.length], v]);
    const featuresWith = (on: boolean) => {
      setLevers({ gateRequestOnce: on });
      try {
        return sequence.map((v) => gateFeatures(v));
      } finally {
        setLevers({ gateRequestOnce: true });
      }
    };
    assert.deepEqual(featuresWith(true), featuresWith(false));
  });
});

describe('corpus authors', () => {
  test('id suffixes map to their authors', () => {
    assert.equal(authorOf('infra-hermes-001', false), 'plain');
    assert.equal(authorOf('crisis_direct-mcp-123', false), 'plain');
    assert.equal(authorOf('infra-codex-b2014', false), 'b');
    assert.equal(authorOf('infra-codex-e5014', false), 'e');
    assert.equal(authorOf('infra-codex-e7002', false), 'e');
    assert.equal(authorOf('outbound_pii-mcp-f5186', false), 'f');
    assert.equal(authorOf('shell_benign-001', true), 'own');
  });
});
