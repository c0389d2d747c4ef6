import pino, { type Logger } from 'pino';
import { Redactor } from '../store/redact.js';

/**
 * JSON logs on stderr. Every line passes the redactor: header credentials by path, and every
 * string (messages, error texts, fields) through the same redactor the store uses. `redactor()`
 * is read per line, so the runtime can hand over its redactor (with the known secrets) once built.
 */
export function createLogger(level: string, redactor: () => Redactor = () => shapesOnly): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.api_key', '*.apiKey'], censor: '[REDACTED]' },
      formatters: { log: (obj) => redactor().value(plain(obj)) },
      hooks: {
        logMethod(args, method) {
          const r = redactor();
          method.apply(this, args.map((a) => (typeof a === 'string' ? r.text(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    pino.destination(2),
  );
}

const shapesOnly = new Redactor();

/** Errors become plain objects first, so their message and stack are redacted like any string. */
function plain(obj: Record<string, unknown>): Record<string, unknown> {
  let out = obj;
  for (const [k, v] of Object.entries(obj)) {
    if (v instanceof Error) {
      if (out === obj) out = { ...obj };
      out[k] = { type: v.name, message: v.message, code: (v as { code?: unknown }).code, stack: v.stack };
    }
  }
  return out;
}
