import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { startRecordingUpstream, type RecordingUpstream } from './helpers/recording-upstream.js';

// A forwarded stream between real sockets: a client that stops reading pauses the upstream
// (through the gateway's socket writes, the generators and the stream handler), and reading again
// lets the rest through in order; a client that goes away ends the upstream call.

const MODEL = 'claude-sonnet-4-5-20250929';
const sse = (e: Record<string, unknown>) => `event: ${e.type as string}\ndata: ${JSON.stringify(e)}\n\n`;
const HEAD = [
  { type: 'message_start', message: { id: 'msg_up', type: 'message', role: 'assistant', model: MODEL, content: [], stop_reason: null, usage: { input_tokens: 3, output_tokens: 1 } } },
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'started' } },
]
  .map(sse)
  .join('');
// After the first delta (until then the gateway holds what comes, to fall back): pings carry no
// content (the record ignores them) but are forwarded: a large stream cheaply.
const PING = sse({ type: 'ping', pad: 'x'.repeat(64 * 1024 - 60) });
const TAIL = [
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: ' done' } },
  { type: 'content_block_stop', index: 0 },
  { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } },
  { type: 'message_stop' },
]
  .map(sse)
  .join('');
const TOTAL = 96 * 1024 * 1024;

describe('forwarded streams and a slow or departing client (real sockets)', () => {
  let upstream: RecordingUpstream;
  let gw: TestGateway;
  const big = { written: 0, finished: false };
  const upstreamClosed = new EventEmitter();

  before(async () => {
    upstream = await startRecordingUpstream((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.on('close', () => upstreamClosed.emit('close', req.body.metadata));
      res.write(HEAD);
      if ((req.body.metadata as { user_id?: string } | undefined)?.user_id === 'hang') return; // holds the stream open
      const write = () => {
        while (big.written < TOTAL) {
          big.written += PING.length;
          if (!res.write(PING)) return void res.once('drain', write);
        }
        big.finished = true;
        res.end(TAIL);
      };
      write();
    });
    gw = await startGateway(
      `
providers:
  anth: { type: anthropic, base_url: "${upstream.origin}", api_key: env:ANTH_KEY }
models:
  claude: { targets: [ { provider: anth, model: ${MODEL} } ] }
routes:
  main: { model: claude }
model_aliases:
  "claude-*": main
`,
      { ANTH_KEY: "sk-ant-test-0123456789" },
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  const open = (user: string) =>
    new Promise<{ res: IncomingMessage; destroy: () => void }>((resolve, reject) => {
      const body = JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, stream: true, metadata: { user_id: user }, messages: [{ role: 'user', content: 'hi' }] });
      const req = request(`${gw.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': 'client' } }, (res) => resolve({ res, destroy: () => req.destroy() }));
      req.on('error', reject);
      req.end(body);
    });

  test('a client that stops reading stalls the upstream; reading again delivers every byte in order', async () => {
    const { res } = await open('slow');
    assert.equal(res.statusCode, 200);
    res.pause();
    // Stalled: the upstream's count stays put across round trips through the gateway (each is
    // socket reads and writes in the same event loop: an upstream read without pause would go on).
    let last = -1;
    for (let still = 0; still < 5; ) {
      await (await fetch(`${gw.url}/health`)).text();
      still = big.written === last ? still + 1 : 0;
      last = big.written;
    }
    assert.ok(!big.finished && big.written < TOTAL / 2, `the upstream stalled (${big.written} of ${TOTAL} bytes written)`);
    let received = 0;
    let tail = '';
    res.on('data', (c: Buffer) => {
      received += c.length;
      tail = (tail + c.toString('latin1')).slice(-TAIL.length);
    });
    res.resume();
    await once(res, 'end');
    assert.ok(big.finished);
    assert.equal(tail, TAIL, 'the stream ends as the upstream ended it');
    // The client's bytes are the upstream's, the message id aside (the inference id replaces it).
    const sent = HEAD.length + big.written + TAIL.length;
    assert.ok(Math.abs(received - sent) < 64, `${received} bytes received of ${sent} sent`);
  });

  test('a client that goes away mid-stream ends the upstream call', async () => {
    const { res, destroy } = await open('hang');
    assert.equal(res.statusCode, 200);
    await once(res, 'data'); // the message_start event came through
    const closed = once(upstreamClosed, 'close');
    destroy();
    const [metadata] = (await closed) as [{ user_id: string }];
    assert.equal(metadata.user_id, 'hang');
  });
});
