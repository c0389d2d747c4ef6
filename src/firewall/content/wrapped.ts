import { decodeB64 } from '../rules/url-text.js';

// Secrets wrapped in base64: so a chat does not mangle them ("the .env, base64'd"), or because the
// format keeps them so (a Kubernetes Secret's data, GOOGLE_CREDENTIALS_B64). The encoding hides
// nothing from whoever receives the text, so what a long run decodes to is read again as text.

/** A run long enough to hold a key or a few lines of config, in base64 or base64url. */
const RUN = /[A-Za-z0-9+/_-]{40,}={0,2}/g;
/** A Kubernetes Secret manifest: its `data:` values are base64, its `stringData:` values plain. */
const KUBE_SECRET = /^kind:[ \t]*Secret[ \t]*$/m;
const KUBE_VALUE = /^[ \t]+[\w.-]+:[ \t]*["']?([^\s"']{6,})["']?[ \t]*$/gm;

/** What the long base64 runs of a text decode to, when they decode to text (at most `max` of them). */
export function unwrappedTexts(text: string, max = 4): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    // Words, paths and hex digests are not base64 payloads: a payload mixes cases and digits.
    if (!/[A-Z]/.test(run) || !/[a-z]/.test(run) || !/\d/.test(run)) continue;
    const decoded = decodeB64(run);
    if (decoded) out.push(decoded);
    if (out.length >= max) break;
  }
  return out;
}

/** The values of a Kubernetes Secret manifest in the text, decoded where they are base64. */
export function kubeSecretValues(text: string): string[] {
  const start = KUBE_SECRET.test(text) ? text.search(/^(?:data|stringData):/m) : -1;
  if (start < 0) return [];
  const body = text.slice(start);
  return [...body.matchAll(KUBE_VALUE)].map((m) => decodeB64(m[1]) ?? m[1]);
}
