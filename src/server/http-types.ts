import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { JsonBody } from '../core/json-body.js';

// What the hot routes and their helpers use of a request and its reply. Fastify's request and
// reply have all of it; so do the lean ones (src/server/lean/) that serve the hot routes without
// fastify. Code typed with these runs on either path unchanged.

export interface HttpRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly protocol: 'http' | 'https';
  readonly headers: IncomingHttpHeaders;
  /** The JSON body's value (on the lean path of a lazyBody route, parsed when first read). */
  readonly body: unknown;
  /** The JSON body's bytes as they arrived and its value (set when it parsed). */
  readonly jsonBody?: JsonBody;
  readonly raw: IncomingMessage;
  /** The request's logger (its lines carry request_id). */
  readonly log: FastifyBaseLogger;
  readonly routeOptions?: { readonly url?: string };
}

export interface HttpReply {
  readonly raw: ServerResponse;
  readonly statusCode: number;
  header(name: string, value: string): unknown;
  headers(values: Record<string, string>): unknown;
  getHeader(name: string): unknown;
  getHeaders(): Record<string, unknown>;
  /** The route writes the raw response itself from now on (server-sent events). */
  hijack(): unknown;
}

/** A hot route's handler: what it returns is sent as JSON (JsonBytes as its bytes); what it throws goes to the error path. */
export type HttpHandler = (req: HttpRequest, reply: HttpReply) => Promise<unknown>;

const NO_BYTES = Buffer.alloc(0);

/** The request's JSON body; a request fastify let through without one (no content type) has its `body` and no bytes. */
export function jsonBodyOf(req: HttpRequest): JsonBody {
  return req.jsonBody ?? JsonBody.parsed(NO_BYTES, req.body);
}
