import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids so rows sort by creation without an extra index. */
export function newId(): string {
  return uuidv7();
}

export function newToolCallId(): string {
  return `call_${uuidv7().replace(/-/g, '').slice(-24)}`;
}
