import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// An OpenAI-wire-format upstream on 127.0.0.1 that misbehaves on request. The behaviour comes from
// the upstream model name, so each target of a chain can fault differently:
//   ok | 429:<retryAfterSeconds> | 500 | 503 | 400 | context | hang | reset | malformed | empty |
//   drop (stream a few chunks, then cut the connection) | seq:<b1>,<b2>,... (one behaviour per call)

export interface FaultUpstream {
  url: string; // base URL with /v1
  calls: Map<string, number>; // model -> calls received
  bodies: Record<string, unknown>[];
  /** Models whose request connection closed before we answered (the gateway aborted it). */
  abandoned: string[];
  close(): Promise<void>;
}

export async function startFaultUpstream(): Promise<FaultUpstream> {
  const calls = new Map<string, number>();
  const bodies: Record<string, unknown>[] = [];
  const abandoned: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; stream?: boolean };
      bodies.push(body);
      const n = calls.get(body.model) ?? 0;
      calls.set(body.model, n + 1);
      let behaviour = body.model;
      if (behaviour.startsWith('seq:')) {
        const seq = behaviour.slice(4).split(',');
        behaviour = seq[Math.min(n, seq.length - 1)];
      }
      res.once('close', () => {
        if (!res.writableFinished) abandoned.push(body.model);
      });
      respond(behaviour, body, req, res);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    bodies,
    abandoned,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

function respond(behaviour: string, body: { model: string; stream?: boolean }, req: IncomingMessage, res: ServerResponse): void {
  const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(payload));
  };
  const [kind, arg] = behaviour.split(':');
  switch (kind) {
    case '429':
      return json(429, { error: { message: 'rate limited', type: 'rate_limit_error' } }, { 'retry-after': arg ?? '0' });
    case '500':
    case '502':
    case '503':
      return json(Number(kind), { error: { message: `upstream ${kind}`, type: 'server_error' } });
    case '400':
      return json(400, { error: { message: "Invalid value for 'temperature'", type: 'invalid_request_error', param: 'temperature' } });
    case 'context':
      return json(400, { error: { message: "This model's maximum context length is 8192 tokens.", type: 'invalid_request_error', code: 'context_length_exceeded' } });
    case 'hang':
      req.socket.setTimeout(0);
      return; // never answers; the gateway's deadline must fire
    case 'reset':
      req.socket.destroy();
      return;
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "x", "choices": [');
      return;
    case 'empty':
      return json(200, { id: 'chatcmpl-empty', object: 'chat.completion', created: 1, model: body.model, choices: [] });
    case 'drop':
      if (!body.stream) return json(200, completion(body.model, 'partial'));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk(body.model, { role: 'assistant', content: 'Hel' }));
      res.write(chunk(body.model, { content: 'lo, wor' }));
      setTimeout(() => req.socket.destroy(), 20);
      return;
    default: {
      const text = `ok from ${body.model}`;
      if (!body.stream) return json(200, completion(body.model, text));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk(body.model, { role: 'assistant', content: 'ok from ' }));
      res.write(chunk(body.model, { content: body.model }));
      res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: body.model, choices: [], usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 } })}\n\n`);
      res.end('data: [DONE]\n\n');
    }
  }
}

function completion(model: string, text: string) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
  };
}

function chunk(model: string, delta: Record<string, unknown>): string {
  return `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
}
