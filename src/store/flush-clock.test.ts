import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchWriter } from './batch-writer.js';
import { FlushClock } from './flush-clock.js';

// Two writers on one clock flush in the same turn, at most `ms` after the first row of either:
// the store's inference rows and firewall traces reach the writer thread as one message.

function writers(clock: FlushClock | undefined, maxRows = 100) {
  const log: string[] = [];
  const make = (name: string) =>
    new BatchWriter<{ n: number }>((rows) => void log.push(`${name}:${rows.map((r) => r.n).join(',')}`), { maxRows, flushMs: 50, clock, onError: () => undefined });
  return { log, a: make('a'), b: make('b') };
}

/** Lets a flush that waited for the one before it finish (promise turns; setImmediate is not mocked). */
const turns = () => new Promise((r) => setImmediate(r));

test('writers on one clock flush together, at most ms after the first row', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { log, a, b } = writers(new FlushClock(50));
  a.push({ n: 1 });
  t.mock.timers.tick(20);
  b.push({ n: 2 });
  t.mock.timers.tick(29);
  assert.deepEqual(log, []);
  t.mock.timers.tick(1);
  assert.deepEqual(log, ['a:1', 'b:2'], 'both at 50 ms, in the same turn');
  await turns();
  b.push({ n: 3 });
  t.mock.timers.tick(50);
  await turns();
  assert.deepEqual(log, ['a:1', 'b:2', 'b:3'], 'the clock starts again with the next row');
});

test('a writer that flushes by itself leaves the clock; the others keep their time', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { log, a, b } = writers(new FlushClock(50), 2);
  a.push({ n: 1 });
  b.push({ n: 2 });
  a.push({ n: 3 }); // a's batch is full: written now
  assert.deepEqual(log, ['a:1,3']);
  t.mock.timers.tick(50);
  assert.deepEqual(log, ['a:1,3', 'b:2']);
  t.mock.timers.tick(500);
  assert.deepEqual(log, ['a:1,3', 'b:2'], 'nothing left to strike for');
});

test('without a clock each writer keeps its own timer', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { log, a, b } = writers(undefined);
  a.push({ n: 1 });
  t.mock.timers.tick(20);
  b.push({ n: 2 });
  t.mock.timers.tick(30);
  assert.deepEqual(log, ['a:1']);
  t.mock.timers.tick(20);
  assert.deepEqual(log, ['a:1', 'b:2']);
});

