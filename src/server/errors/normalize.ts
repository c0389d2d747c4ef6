import type { FastifyError } from 'fastify';
import { InvalidRequestError, SwitchyardError } from '../../core/errors.js';
import { isStoreFailure, StoreUnavailableError } from '../../store/errors.js';

// Any thrown value -> a SwitchyardError with a code from core/error-codes.ts. Fastify's own 4xx
// (body parsing, size, media type) get Switchyard codes; anything else is an internal error.

export function toSwitchyardError(err: unknown, maxBodyBytes: number): SwitchyardError {
  if (err instanceof SwitchyardError) return err;
  const f = err as Partial<FastifyError>;
  const status = f?.statusCode;
  if (status && status >= 400 && status < 500) {
    if (status === 413) {
      return new SwitchyardError(`request body is larger than server.max_body_bytes (${maxBodyBytes} bytes)`, { status: 413, type: 'invalid_request_error', code: 'body_too_large', param: 'body' });
    }
    if (f.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
      return new SwitchyardError('Content-Type must be application/json', { status: 415, type: 'invalid_request_error', code: 'unsupported_media_type', param: 'content-type' });
    }
    if (f.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError || f.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return new SwitchyardError(`malformed request: ${f.message}`, { status: 400, type: 'invalid_request_error', code: 'invalid_json', param: 'body' });
    }
    const e = new InvalidRequestError(`malformed request: ${f.message}`, 'body');
    return status === 400 ? e : new SwitchyardError(e.message, { status, type: 'invalid_request_error', code: 'invalid_request', param: 'body' });
  }
  // The database refused (disk full, read-only, PostgreSQL down): the client may retry later.
  if (isStoreFailure(err)) return new StoreUnavailableError('the store cannot serve this request right now; retry later', err);
  return new SwitchyardError('internal error', { status: 500, type: 'server_error', code: 'internal_error', cause: err });
}
