import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest, Scenario } from './scenarios.js';

// The shared skeleton of the per-provider mocks: a real HTTP server on 127.0.0.1:0 that records
// every request and answers with whatever the current scenario says, rendered by `respond`.

export type Responder = (scenario: Scenario, rec: RecordedRequest, res: ServerResponse) => void;

export interface MockServer {
  origin: string;
  scenario: Scenario;
  requests: RecordedRequest[];
  /** TCP connections accepted so far (keep-alive reuse shows as a count that stays put). */
  connections: number;
  close(): Promise<void>;
}

export async function startMock(respond: Responder): Promise<MockServer> {
  const mock: MockServer = {
    origin: '',
    scenario: { kind: 'reply', text: 'ok' },
    requests: [],
    connections: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = { $unparsed: Buffer.concat(parts).toString('utf8') };
      }
      const rec: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      mock.requests.push(rec);
      const s = mock.scenario;
      if (s.kind === 'hang') return; // closed by close()
      respond(s, rec, res);
    });
  });
  server.on('connection', () => mock.connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mock.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return mock;
}

/** An origin nothing listens on: bind a port, then close it. */
export async function refusedOrigin(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function startSse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
}

/** Split text into pieces of n characters (so a stream really arrives in several deltas). */
export function pieces(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out.length ? out : [''];
}

export function wantsStream(rec: RecordedRequest): boolean {
  return rec.body.stream === true || rec.url.includes(':streamGenerateContent');
}
