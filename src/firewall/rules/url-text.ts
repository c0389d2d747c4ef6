// Reading what a URL carries: percent-decoding that never throws, and base64 that decodes to text.

export function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The text a base64 (or base64url) string encodes, or null when it encodes bytes, not text. */
export function decodeB64(s: string): string | null {
  try {
    const t = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]{8,}$/.test(t) && !t.includes('\ufffd') ? t : null;
  } catch {
    return null;
  }
}
