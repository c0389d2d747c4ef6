import { containsSecret } from '../redact.js';
import { decodeB64 } from './url-text.js';

// Data smuggled out through a host name: a key or a record encoded as a DNS label
// (`c3RyaXBl….collector.net`, `6f6374….oast-check.site`). The name is resolved before any request
// is made, so whoever runs the zone's name server reads it, whatever the URL's path says. Real host
// names are case-insensitive words, numbers and hashes: a label that decodes to readable text is
// data, and one that decodes to a key or a `name=value` pair is a secret.

/** The host part of a URL or a bare host name as written (URL parsing lower-cases it, which breaks base64). */
export function rawHostOf(s: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#\s]+)/i.exec(s.trim());
  return m ? m[1] : /^[\w.-]+$/.test(s.trim()) ? s.trim() : '';
}

const SECRET_WORD = /(?:secret|token|password|passwd|api_?key|apikey|accountkey|sharedaccesskey|private key|akia|sk_live|rk_live)/i;
const KEY_VALUE = /\b[A-Za-z][\w-]{1,30}=[^\s;&]{6,}/;

function decodeHex(s: string): string | null {
  const t = Buffer.from(s, 'hex').toString('utf8');
  return /^[\x20-\x7e]{8,}$/.test(t) ? t : null;
}

/** What a label decodes to, when it is encoded text: hex (even length, 16+ digits) or base64 with both cases. */
function decodedLabel(label: string): string | null {
  if (label.length < 16) return null;
  if (/^[0-9a-f]+$/i.test(label)) return label.length % 2 === 0 ? decodeHex(label) : null;
  if (/^[A-Za-z0-9_-]+$/.test(label) && /[a-z]/.test(label) && /[A-Z]/.test(label) && /\d/.test(label)) return decodeB64(label);
  return null;
}

/** A secret or readable data encoded in a host name's labels (the registrable name itself excluded), or null. */
export function encodedHostData(host: string): { risk: number; what: string } | null {
  const labels = host.split('.').slice(0, -2);
  for (const label of labels) {
    const text = decodedLabel(label);
    if (!text) continue;
    if (containsSecret(text) || SECRET_WORD.test(text) || KEY_VALUE.test(text)) return { risk: 0.92, what: 'an encoded secret in its host name' };
    // Readable words in a label that is not a word: text encoded so it leaves as a DNS lookup.
    if (/[A-Za-z]{3,}/.test(text)) return { risk: 0.8, what: `encoded text in its host name ("${text.slice(0, 24)}…")` };
  }
  return null;
}
