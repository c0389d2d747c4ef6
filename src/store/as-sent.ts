import type { InferenceRecord, RequestAsSent } from './types.js';

// When a store may keep a client's request as it arrived (record.request_as_sent) instead of the
// serialized normalized request. The redactor scans JSON text; JSON.stringify writes every
// character as itself except quotes, backslashes and control characters, so a client body that
// escapes anything else (\u0073k-..., https:\/\/user:pass@...) could hide a secret's shape from the
// redactor's patterns: such a body is stored the old way, serialized from the normalized request.

/** The client's body to store for `record`, or undefined to serialize `record.request`. */
export function storableAsSent(record: InferenceRecord): RequestAsSent | undefined {
  const sent = record.request_as_sent;
  // metadata_only keeps counts, not content: the normalized request's reduced form is stored.
  if (!sent || record.storage_content === 'metadata_only') return undefined;
  return (sent.plainEscapes ?? escapesOnlyWhatStringifyDoes(sent.bytes)) ? sent : undefined;
}

const BACKSLASH = 0x5c;

/** Over UTF-8 bytes: escapes are ASCII, and no byte of a multi-byte character is below 0x80. */
export function escapesOnlyWhatStringifyDoes(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(BACKSLASH); i >= 0; i = bytes.indexOf(BACKSLASH, i + 2)) {
    const c = bytes[i + 1];
    if (c === 0x2f /* / */) return false;
    // \u0000-\u001f (control characters) is how JSON.stringify writes them too.
    if (c === 0x75 /* u */ && !(bytes[i + 2] === 0x30 && bytes[i + 3] === 0x30 && (bytes[i + 4] === 0x30 || bytes[i + 4] === 0x31))) return false;
  }
  return true;
}
