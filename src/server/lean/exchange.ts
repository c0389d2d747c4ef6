import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { FastifyBaseLogger } from 'fastify';
import type { HttpReply, HttpRequest } from '../http-types.js';
import type { JsonBody } from '../../core/json-body.js';

// The request and reply of the lean path: the parts of fastify's that the hot routes use
// (src/server/http-types.ts), with fastify's semantics where a client can see them: header names
// lower-cased, a reply's headers written in the order they were set, JSON bodies sent as fastify
// sends them (content-type, content-length, one write with the headers).

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export class LeanRequest implements HttpRequest {
  jsonBody?: JsonBody = undefined;
  #log?: FastifyBaseLogger = undefined;

  constructor(
    readonly raw: IncomingMessage,
    readonly id: string,
    readonly routeOptions: { readonly url: string },
    private readonly logger: FastifyBaseLogger,
  ) {}

  get body(): unknown {
    return this.jsonBody?.value;
  }

  get method(): string {
    return this.raw.method!;
  }

  get url(): string {
    return this.raw.url!;
  }

  get headers(): IncomingHttpHeaders {
    return this.raw.headers;
  }

  get protocol(): 'http' | 'https' {
    return (this.raw.socket as TLSSocket).encrypted ? 'https' : 'http';
  }

  /** Made on first use, as fastify's per-request child logger (only error replies log). */
  get log(): FastifyBaseLogger {
    this.#log ??= this.logger.child({ request_id: this.id });
    return this.#log;
  }
}

export class LeanReply implements HttpReply {
  statusCode = 200;
  #headers: Record<string, string> = {};
  #hijacked = false;

  constructor(readonly raw: ServerResponse) {}

  header(name: string, value: string): this {
    this.#headers[name.toLowerCase()] = value;
    return this;
  }

  headers(values: Record<string, string>): this {
    for (const name of Object.keys(values)) this.header(name, values[name]);
    return this;
  }

  getHeader(name: string): unknown {
    const key = name.toLowerCase();
    return this.#headers[key] ?? this.raw.getHeader(key);
  }

  getHeaders(): Record<string, unknown> {
    // A fresh copy of the response's own headers, ours copied over it (beginSse says why a loop).
    const out: Record<string, unknown> = this.raw.getHeaders();
    for (const name of Object.keys(this.#headers)) out[name] = this.#headers[name];
    return out;
  }

  hijack(): this {
    this.#hijacked = true;
    return this;
  }

  /** Whether the route took the response over or it was sent. */
  get sent(): boolean {
    return this.#hijacked || this.raw.headersSent;
  }

  /** Sends `body` (JSON already serialized, and redacted when an error) with the headers set so far. */
  send(statusCode: number, body: string | Buffer): void {
    this.statusCode = statusCode;
    this.#headers['content-type'] = JSON_CONTENT_TYPE;
    this.#headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    this.raw.writeHead(statusCode, this.#headers);
    this.raw.end(body);
  }
}
