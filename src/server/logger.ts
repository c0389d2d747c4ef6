import pino, { type Logger } from 'pino';

/** JSON logs on stderr; credentials in headers are never logged. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.api_key', '*.apiKey'], censor: '[REDACTED]' },
    },
    pino.destination(2),
  );
}
