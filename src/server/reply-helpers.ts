import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { CompletedInference, StreamingInference } from '../routing/gateway.js';

/** Aborts when the client goes away before the response finished, so the upstream call stops too. */
export function abortOnDisconnect(req: FastifyRequest, reply: FastifyReply): AbortController {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  req.raw.once('aborted', () => controller.abort());
  return controller;
}

export function setGatewayHeaders(reply: FastifyReply, r: CompletedInference | StreamingInference): void {
  reply.header('x-switchyard-inference-id', r.inferenceId);
  reply.header('x-switchyard-model', r.plan.model.name);
  reply.header('x-switchyard-provider', r.target.provider.providerName);
  if (r.plan.route) reply.header('x-switchyard-route', r.plan.route);
  if (r.plan.variant) reply.header('x-switchyard-variant', r.plan.variant);
  if (r.passthrough) reply.header('x-switchyard-passthrough', '1');
  // What the serving target's wire format could not carry: never dropped silently.
  if (r.dropped.length) reply.header('x-switchyard-dropped-fields', r.dropped.join(', ').replace(/[^\x20-\x7e]/g, '?'));
}

/** Client headers a same-format upstream needs; credentials and hop-by-hop headers never pass. */
export function forwardedHeaders(req: FastifyRequest, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = req.headers[name];
    if (typeof v === 'string') out[name] = v;
    else if (Array.isArray(v)) out[name] = v.join(',');
  }
  return out;
}

/** Takes over the raw response for server-sent events, keeping headers already set on the reply. */
export function beginSse(reply: FastifyReply): ServerResponse {
  const headers = reply.getHeaders() as Record<string, string>;
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', ...headers });
  return res;
}

/** Writes with backpressure: waits for 'drain' when the socket buffer is full. */
export async function writeSse(res: ServerResponse, text: string): Promise<void> {
  if (text && !res.write(text)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
}
