import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A provider upstream on 127.0.0.1 that keeps every request's exact bytes and headers, and
// answers with whatever the test's handler writes (JSON or an SSE stream in the provider's format).

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  text: string;
  body: Record<string, unknown>;
}

export interface RecordingUpstream {
  origin: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export type Handler = (req: Recorded, res: ServerResponse) => void;

export async function startRecordingUpstream(handler: Handler): Promise<RecordingUpstream> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // recorded as text only
      }
      const rec: Recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, text, body };
      requests.push(rec);
      handler(rec, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export function json(res: ServerResponse, body: unknown, status = 200): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Writes Anthropic-style named events (`event:` + `data:`), or OpenAI-style data-only events when `named` is false. */
export function sseEvents(res: ServerResponse, events: Record<string, unknown>[], named = true): string {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  let text = '';
  for (const e of events) text += `${named ? `event: ${String(e.type)}\n` : ''}data: ${JSON.stringify(e)}\n\n`;
  if (!named) text += 'data: [DONE]\n\n';
  res.end(text);
  return text;
}

/** Splits an SSE body into its events' (event, data) pairs. */
export function parseSseText(text: string): { event: string; data: string }[] {
  return text
    .split('\n\n')
    .filter((b) => b.trim())
    .map((b) => {
      let event = '';
      const data: string[] = [];
      for (const line of b.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      return { event, data: data.join('\n') };
    });
}
