import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// x-request-id: a client's own id is kept when it is sane (so its logs and ours join up), else
// one is generated. "Sane" = short, printable, no spaces: it goes into log lines and headers.
const SANE = /^[A-Za-z0-9._:@\/+=-]{1,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  const v = Array.isArray(sent) ? sent[0] : sent;
  return v !== undefined && SANE.test(v) ? v : `req_${randomUUID().replace(/-/g, '')}`;
}
