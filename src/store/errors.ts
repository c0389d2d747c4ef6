import { SwitchyardError } from '../core/errors.js';

// Store failures a client or an operator can act on. A request refused because the store cannot
// record it is a 503 (try again later), in whatever wire format the client speaks.

export class StoreUnavailableError extends SwitchyardError {
  constructor(message: string, cause?: unknown) {
    super(message, { status: 503, type: 'server_error', code: 'store_unavailable', cause });
  }
}

/** The store cannot be opened at start-up; the message names the file and the fix (no stack trace). */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

const STORE_CODES = /^(SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)|ENOSPC|EROFS|EACCES|EIO|ECONNREFUSED|ECONNRESET|ETIMEDOUT|57014|57P0[1-3]|53\d\d|08\d\d)/;

/** True for errors that mean "the database cannot serve this now" rather than a bug. */
export function isStoreFailure(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && STORE_CODES.test(code)) return true;
  const msg = (err as Error)?.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|database is locked|disk I\/O error|database or disk is full/.test(msg);
}
