import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { providerFailure as failure, serveOnLoopback } from '../../test/helpers/loopback-server.js';
import { UpstreamAbort } from './call-signal.js';
import { postForEvents, type EventBody } from './stream-call.js';
import { postForJson } from './json-call.js';
import { relayEvents } from './relay.js';
import { OpenAiEventMapper } from './openai/events.js';
import type { ProviderTarget } from './types.js';

// A streamed answer read through undici's dispatch with our handler, over real sockets: the
// events as sent, status errors and JSON answers as before, the upstream paused while the reader
// does not read (and resumed when it does), aborts and early stops ending the upstream call,
// and an upstream that resets mid-stream failing the relay as a connection error.

const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };
const event = (content: string) => `data: ${JSON.stringify({ id: 'u', model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const END = `data: ${JSON.stringify({ id: 'u', model: 'm', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;

/** The big stream: BIG_TOTAL bytes of 64 KB events, written as fast as the socket takes them. */
const BIG_EVENT = event('x'.repeat(64 * 1024 - 100));
const BIG_TOTAL = 128 * 1024 * 1024;
const big = { written: 0, finished: false };
const closed: string[] = [];
const closes = new EventEmitter();

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on('end', () => {
    res.on('close', () => {
      closed.push(req.url ?? '');
      closes.emit('close');
    });
    const sse = () => res.writeHead(200, { 'content-type': 'text/event-stream' });
    if (req.url === '/events') {
      sse();
      res.write(event('Hel'));
      setImmediate(() => res.end(event('lo') + END));
    } else if (req.url === '/limited') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      res.end('{"error":{"message":"slow down","type":"rate_limit_error"}}');
    } else if (req.url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('\ufeff{"error":{"message":"no stream for you"}}');
    } else if (req.url === '/big') {
      sse();
      const write = () => {
        while (big.written < BIG_TOTAL) {
          big.written += BIG_EVENT.length;
          if (!res.write(BIG_EVENT)) return void res.once('drain', write);
        }
        big.finished = true;
        res.end();
      };
      write();
    } else if (req.url === '/reset') {
      sse();
      res.write(event('half'), () => res.socket?.destroy());
    } else if (req.url === '/hang') {
      sse();
      res.write(event('first'));
    } else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
const { origin } = serveOnLoopback(server);

const post = (path: string, signal = new UpstreamAbort()) => postForEvents(`${origin()}${path}`, { 'content-type': 'application/json' }, '{}', signal, target);
const relayOf = (events: EventBody, signal = new UpstreamAbort()) => {
  const mapper = new OpenAiEventMapper(target);
  return relayEvents(events, target, signal, mapper, () => mapper.done);
};
/** The upstream's 'close' for a path, as an event. */
const closedFor = async (path: string) => {
  while (!closed.includes(path)) await once(closes, 'close');
};

test('the events as the upstream sent them, network chunk by network chunk', async () => {
  const answer = await post('/events');
  assert.ok(answer.events);
  let text = '';
  for await (const bytes of answer.events) text += Buffer.from(bytes).toString('utf8');
  assert.equal(text, event('Hel') + event('lo') + END);
});

test('an error status is read whole and is the ProviderError its body and headers make', async () => {
  const err = await failure(post('/limited'));
  assert.equal(err.kind, 'rate_limited');
  assert.equal(err.retryAfterMs, 7000);
  assert.match(err.message, /HTTP 429: slow down/);
});

test('a 2xx answer that is not an event stream is read whole as JSON (a byte-order mark skipped)', async () => {
  const answer = await post('/json');
  assert.equal(answer.events, undefined);
  assert.deepEqual(answer.json, { error: { message: 'no stream for you' } });
});

test('backpressure: a reader that stops reading pauses the upstream; reading again resumes it, every byte in order', async () => {
  const answer = await post('/big');
  assert.ok(answer.events);
  const events = answer.events;
  const reader = events[Symbol.asyncIterator]();
  let read = 0;
  const first = await reader.next();
  read += (first.value as Uint8Array).length;
  // Stalled: the upstream's count stays put across round trips through the same event loop and
  // another connection (each is many socket reads and writes: an unpaused upstream would go on).
  let last = -1;
  for (let still = 0; still < 5; ) {
    await postForJson(`${origin()}/`, {}, '{}', new UpstreamAbort(), target);
    still = big.written === last ? still + 1 : 0;
    last = big.written;
  }
  assert.ok(events.paused, 'the handler paused the upstream');
  assert.ok(!big.finished && big.written < BIG_TOTAL / 2, `the upstream stalled (${big.written} of ${BIG_TOTAL} bytes written)`);
  for (let r = await reader.next(); !r.done; r = await reader.next()) read += r.value.length;
  assert.ok(big.finished);
  assert.equal(read, big.written, 'every byte reached the reader');
});

test('an abort of the call (the client went away, a deadline) ends the upstream call and fails the relay as aborted', async () => {
  const signal = new UpstreamAbort();
  const answer = await post('/hang', signal);
  assert.ok(answer.events);
  const seen: string[] = [];
  const err = await failure(
    (async () => {
      for await (const c of relayOf(answer.events, signal)) {
        if (c.type === 'delta') seen.push(c.content ?? '');
        signal.abort();
      }
    })(),
  );
  assert.equal(err.kind, 'aborted');
  assert.deepEqual(seen, ['first']);
  assert.equal(signal.listenerCount('abort'), 0, 'the handler let go of the signal');
  await closedFor('/hang');
});

test('a reader that stops early ends the upstream call', async () => {
  closed.length = 0;
  const answer = await post('/hang');
  assert.ok(answer.events);
  for await (const c of relayOf(answer.events)) if (c.type === 'delta') break;
  await closedFor('/hang');
});

test('an upstream that resets mid-stream fails the relay as a connection error, after the events that came', async () => {
  const answer = await post('/reset');
  assert.ok(answer.events);
  const seen: string[] = [];
  const err = await failure(
    (async () => {
      for await (const c of relayOf(answer.events)) if (c.type === 'delta') seen.push(c.content ?? '');
    })(),
  );
  assert.equal(err.kind, 'connection');
  assert.deepEqual(seen, ['half']);
});
