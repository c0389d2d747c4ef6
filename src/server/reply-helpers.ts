import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { CompletedEmbedding, CompletedInference, StreamingInference } from '../routing/gateway.js';

/** Aborts when the client goes away before the response finished, so the upstream call stops too. */
export function abortOnDisconnect(req: FastifyRequest, reply: FastifyReply): AbortController {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  req.raw.once('aborted', () => controller.abort());
  return controller;
}

export function setGatewayHeaders(reply: FastifyReply, r: CompletedInference | StreamingInference | CompletedEmbedding): void {
  reply.header('x-switchyard-inference-id', r.inferenceId);
  reply.header('x-switchyard-model', r.plan.model.name);
  reply.header('x-switchyard-provider', r.target.provider.providerName);
  if (r.plan.route) reply.header('x-switchyard-route', r.plan.route);
  if (r.plan.variant) reply.header('x-switchyard-variant', r.plan.variant);
  if ('cache' in r && r.cache) reply.header('x-switchyard-cache', r.cache);
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

/** The `switchyard` object a JSON response carries: which route, model, variant and provider served it. */
export function gatewayExtension(r: CompletedInference): Record<string, unknown> {
  return {
    inference_id: r.inferenceId,
    route: r.plan.route,
    model: r.plan.model.name,
    variant: r.plan.variant,
    provider: r.target.provider.providerName,
    attempts: r.attempts.length,
    routing: r.plan.routing,
    ...(r.cache ? { cache: r.cache } : {}),
  };
}
