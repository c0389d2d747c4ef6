import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { SseOut } from './reply-helpers.js';

// SseOut's wait for a full socket: it resumes on 'drain' (or 'close') and leaves no listener
// behind, however many times a slow client makes it wait.

class FullSocket extends EventEmitter {
  writableNeedDrain = true;
  writableEnded = false;
  destroyed = false;
  written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return false;
  }
}

test('a write waits for drain while the socket is full, and each wait lets go of its listeners', async () => {
  const res = new FullSocket();
  const out = new SseOut(res as unknown as ServerResponse);
  for (let i = 0; i < 20; i++) {
    let resumed = false;
    const wait = out.write(`data: ${i}\n\n`);
    assert.ok(wait, 'a full socket makes the write wait');
    const wrote = wait.then(() => (resumed = true));
    await new Promise((r) => setImmediate(r)); // the turn's flush
    assert.equal(resumed, false, 'still waiting for drain');
    res.emit('drain');
    await wrote;
  }
  assert.equal(res.written.join(''), Array.from({ length: 20 }, (_, i) => `data: ${i}\n\n`).join(''));
  assert.equal(res.listenerCount('drain'), 0);
  assert.equal(res.listenerCount('close'), 0, 'no close listener left per wait');
  const waiting = out.write('data: last\n\n');
  const closed = once(res, 'close');
  res.emit('close');
  await Promise.all([waiting, closed]);
  assert.equal(res.listenerCount('drain'), 0);
});

test('a write while the socket has room returns nothing to wait for, and the turn\'s writes go out as one', async () => {
  const res = new FullSocket();
  res.writableNeedDrain = false;
  const out = new SseOut(res as unknown as ServerResponse);
  assert.equal(out.write('data: 1\n\n'), undefined);
  assert.equal(out.write('data: 2\n\n'), undefined);
  await new Promise((r) => setImmediate(r)); // the turn's flush
  assert.deepEqual(res.written, ['data: 1\n\ndata: 2\n\n']);
});
