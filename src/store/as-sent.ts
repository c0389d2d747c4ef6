import type { InferenceRecord, RequestAsSent } from './types.js';

// When a store may keep a client's request as it arrived (record.request_as_sent) instead of the
// serialized normalized request. The redactor scans JSON text; JSON.stringify writes every
// character as itself except quotes, backslashes and control characters, so a client text that
// escapes anything else (\u0073k-..., https:\/\/user:pass@...) could hide a secret's shape from the
// redactor's patterns: such a text is stored the old way, serialized from the normalized request.

/** The client's text to store for `record`, or undefined to serialize `record.request`. */
export function storableAsSent(record: InferenceRecord): RequestAsSent | undefined {
  const sent = record.request_as_sent;
  // metadata_only keeps counts, not content: the normalized request's reduced form is stored.
  if (!sent || record.storage_content === 'metadata_only') return undefined;
  return escapesOnlyWhatStringifyDoes(sent.text) ? sent : undefined;
}

export function escapesOnlyWhatStringifyDoes(text: string): boolean {
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 2)) {
    const c = text.charCodeAt(i + 1);
    if (c === 47 /* / */) return false;
    // \u0000-\u001f (control characters) is how JSON.stringify writes them too.
    if (c === 117 /* u */ && !(text.charCodeAt(i + 2) === 48 && text.charCodeAt(i + 3) === 48 && (text.charCodeAt(i + 4) === 48 || text.charCodeAt(i + 4) === 49))) return false;
  }
  return true;
}
