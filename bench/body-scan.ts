import { readFileSync } from 'node:fs';
import { itemsOf, scanBody } from '../src/core/json-syntax.js';
import { ScanMemo } from '../src/core/scan-memo.js';
import { escapesOnlyWhatStringifyDoes } from '../src/store/as-sent.js';
import { median } from './harness.js';

// The syntax check of a pass-through body in one process (steadier than the gateway benches on a
// busy machine): the whole scan of a Claude Code or Codex body and its items, against the scan
// memo's (src/core/scan-memo.ts) for the next turn of the same conversation and for the same
// bytes again (what the benches that repeat one body see); and the search for escapes that
// storableAsSent made before the scan reported them. Rounds alternate the ways; medians of
// BENCH_ROUNDS (default 15) rounds of SCAN_CALLS (default 2000) calls, µs per call.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CALLS = Number(process.env.SCAN_CALLS ?? 2000);
const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../test/fixtures/wire/${path}`, import.meta.url), 'utf8')).body as Record<string, unknown>;

/** The body with one more exchange at the end of its `key` list: turn `k` of a conversation. */
function turn(body: Record<string, unknown>, key: string, k: number): Buffer {
  const exchange = [{ role: 'assistant', content: [{ type: 'text', text: `Turn ${k}: read the file.` }] }, { role: 'user', content: [{ type: 'text', text: `Go on with step ${k}.` }] }];
  return Buffer.from(JSON.stringify({ ...body, [key]: [...(body[key] as unknown[]), ...exchange] }));
}

for (const [name, body, key] of [['Claude Code', fixture('anthropic/claude-code-2.1.332-first-turn.json'), 'messages'], ['Codex', fixture('responses/codex-0.171.0-exec-turn2.json'), 'input']] as const) {
  const turns = [turn(body, key, 1), turn(body, key, 2)];
  const memo = new ScanMemo();
  let n = 0;
  const ways: [string, () => unknown][] = [
    ['whole scan', () => itemsOf(scanBody(turns[n++ & 1], 64)!, key)],
    ['memo, next turn', () => itemsOf(memo.scan(turns[n++ & 1], 64, 'session')!, key)],
    ['memo, same bytes', () => itemsOf(memo.scan(turns[0], 64, 'session')!, key)],
    ['escapes search', () => escapesOnlyWhatStringifyDoes(turns[n++ & 1])],
  ];
  const times = new Map<string, number[]>(ways.map(([w]) => [w, []]));
  for (let round = 0; round < ROUNDS + 1; round++) {
    for (const [way, f] of round % 2 ? ways : [...ways].reverse()) {
      const started = performance.now();
      for (let i = 0; i < CALLS; i++) f();
      if (round > 0) times.get(way)!.push(((performance.now() - started) * 1000) / CALLS); // round 0 warms up
    }
  }
  console.log(`${name} (${turns[0].length} bytes): ${ways.map(([w]) => `${w} ${median(times.get(w)!).toFixed(1)} µs`).join(', ')}`);
}
