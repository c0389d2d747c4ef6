import type { IncomingMessage } from 'node:http';
import { newCompactId } from '../../core/ids.js';

// x-request-id: a client's own id is kept when it is sane (so its logs and ours join up), else
// one is generated. "Sane" = short, printable, no spaces: it goes into log lines and headers.
// Generated ids are time-ordered (a UUIDv7's hex, same `req_` + 32 hex digits as before):
// inferences.request_id is indexed, and random ids cost the SQLite writer ~20 µs a row
// (bench/request-id-order.ts).
const SANE = /^[A-Za-z0-9._:@\/+=-]{1,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  const v = Array.isArray(sent) ? sent[0] : sent;
  return v !== undefined && SANE.test(v) ? v : `req_${newCompactId()}`;
}
