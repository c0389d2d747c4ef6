import { InvalidRequestError } from '../core/errors.js';

// Opaque page cursors: the id of the last row seen. Ids are uuidv7, so id order is time order.
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new InvalidRequestError('invalid cursor', 'cursor');
  return id;
}
