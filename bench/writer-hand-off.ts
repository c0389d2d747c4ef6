import { readFileSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { SessionRequests } from '../src/store/clean-requests.js';
import { REQUEST_CELL, toCompactWrite, type CompactWrite } from '../src/store/sqlite/inference-writes.js';
import { withPackedRequests } from '../src/store/sqlite/writer-thread.js';
import type { InferenceRecord } from '../src/store/types.js';
import { median } from './harness.js';

// A large request's way to the SQLite writer thread, in one thread: the batch's request bytes
// copied into moved buffers, posted (a MessageChannel, received in this thread), and the writer's
// memory of the session's last request (store/clean-requests.ts) fed each row. "packed" is the way
// before perf-pt4 (every row's bytes in one buffer, so the memory copies the row out of it);
// "own" is withPackedRequests (a request of OWN_BUFFER_BYTES or more in a buffer of its own, kept
// as it came). Thread CPU (/proc/thread-self/schedstat) µs a row, medians of ROUNDS alternating
// rounds of N rows and the rounds' range. Env: ROUNDS (11), N (4000), BATCH (rows a batch, 16),
// BODY (claude | codex).

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 4000);
const BATCH = Number(process.env.BATCH ?? 16);
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}…${Math.max(...xs).toFixed(2)})`;

const fixture = process.env.BODY === 'codex' ? 'responses/codex-0.171.0-exec-turn2.json' : 'anthropic/claude-code-2.1.332-first-turn.json';
const body = Buffer.from(JSON.stringify((JSON.parse(readFileSync(new URL(`../test/fixtures/wire/${fixture}`, import.meta.url), 'utf8')) as { body: unknown }).body));

const record = { id: 'i', created_at: '2026-01-01T00:00:00.000Z', kind: 'chat', session_id: 's', request_id: null, route: null, model: 'm', variant: null, provider: 'p',
  upstream_model: 'u', stream: true, status: 'ok', error: null, request: {}, response: null, usage: null, latency_ms: 1, ttft_ms: null, attempts_count: 0,
  routing: null, tags: null, cost_usd: null, dropped: null, storage_content: 'full' } as unknown as InferenceRecord;
const batch: CompactWrite[] = Array.from({ length: BATCH }, () => {
  const row = toCompactWrite(record, []);
  row[REQUEST_CELL] = body;
  return row;
});

/** The hand-off before perf-pt4: all of a batch's request bytes in one moved buffer. */
function packedTogether(rows: CompactWrite[]): { batch: CompactWrite[]; transfer: ArrayBuffer[] } {
  const packed = Buffer.allocUnsafeSlow(rows.reduce((n, w) => n + (w[REQUEST_CELL] as Buffer).byteLength, 0));
  let offset = 0;
  const out = rows.map((w) => {
    const cell = w[REQUEST_CELL] as Buffer;
    packed.set(cell, offset);
    const row = w.slice();
    row[REQUEST_CELL] = packed.subarray(offset, offset + cell.byteLength);
    offset += cell.byteLength;
    return row;
  });
  return { batch: out, transfer: [packed.buffer] };
}

const ways = { packed: packedTogether, own: withPackedRequests as typeof packedTogether };
const { port1, port2 } = new MessageChannel();
const memory = new SessionRequests();
const times: Record<string, number[]> = { packed: [], own: [] };

function run(way: keyof typeof ways): number {
  const start = threadUs();
  for (let done = 0; done < N; done += BATCH) {
    const packed = ways[way](batch);
    port1.postMessage(packed.batch, packed.transfer);
    const got = receiveMessageOnPort(port2)!.message as CompactWrite[];
    for (const w of got) {
      const cell = w[REQUEST_CELL] as Uint8Array;
      memory.remember('s', Buffer.from(cell.buffer, cell.byteOffset, cell.byteLength));
    }
  }
  return (threadUs() - start) / N;
}

run('packed');
run('own');
for (let round = 0; round < ROUNDS; round++) {
  const order: (keyof typeof ways)[] = round % 2 === 0 ? ['packed', 'own'] : ['own', 'packed'];
  for (const way of order) times[way].push(run(way));
}
const saved = times.packed.map((x, i) => x - times.own[i]);
console.log(`\n## The writer hand-off of a ${(body.length / 1024).toFixed(1)} KB request, batches of ${BATCH}: thread CPU µs a row, median of ${ROUNDS} rounds x ${N} (range)\n`);
console.log('| way | µs a row |\n| --- | --- |');
console.log(`| packed together (before) | ${fmt(times.packed)} |\n| own buffer (perf-pt4) | ${fmt(times.own)} |\n| paired, before − perf-pt4 | ${fmt(saved)} |`);
port1.close();
