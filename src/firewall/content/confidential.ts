import { execIf, gated } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// Confidentiality markers on a document being sent out. Markers are written as markers
// (upper case, at a line start, in a header) or as explicit distribution limits; the word
// "confidential" in running prose ("we keep your data confidential") is not a marker.

const MARKER_CASED = gated(/(?:^|\n|["“(\[]|\s[-—–]\s)\s*(?:STRICTLY |HIGHLY |COMPANY |BUSINESS )?(?:CONFIDENTIAL|PRIVILEGED(?: & CONFIDENTIAL| AND CONFIDENTIAL)?|RESTRICTED|INTERNAL ONLY|INTERNAL USE ONLY|FOR INTERNAL USE|PROPRIETARY|TOP SECRET|SECRET\/\/|NOT FOR DISTRIBUTION|EMBARGOED)\b/);
const LIMITS = gated(/\b(?:do not (?:distribute|forward|share|circulate|copy)(?: (?:outside|externally|beyond)[^.\n]{0,40})?|not for (?:external )?distribution|for internal use only|internal use only|internal only|strictly confidential|confidential and proprietary|proprietary and confidential|attorney[- ]client privileged|privileged and confidential|under (?:the |our |an )?nda|covered by (?:the |our |an )?nda|subject to (?:the |our |an )?nda|embargoed until|under embargo|embargo (?:until|till)|not for publication|off the record|not yet (?:public|announced)|vertraulich|streng vertraulich|nur f[üu]r den internen gebrauch|confidencial|uso interno|estrictamente confidencial|confidentiel|usage interne|diffusion restreinte|riservato|strettamente riservato|ad uso interno)\b/i);
const LIMITS_CJK = gated(/社外秘|極秘|部外秘|机密|機密|内部资料|仅限内部|대외비/);

/** "Confidential - Q3 plan", "Internal: pricing": a label that opens the text or a line. */
const LEADING_LABEL = gated(/(?:^|\n)\s*(?:strictly |highly |company )?(?:confidential|private (?:&|and) confidential|vertraulich|confidencial|confidentiel|riservato)\s*[-–—:|]/i);

export function scanConfidential(text: string): ContentFinding[] {
  const cased = execIf(MARKER_CASED, text);
  if (cased) return [{ detector: 'confidential', kind: 'marker', risk: 0.75, reason: `a confidentiality marker ("${cased[0].trim().slice(0, 40)}")` }];
  const limit = execIf(LIMITS, text) ?? execIf(LIMITS_CJK, text) ?? execIf(LEADING_LABEL, text);
  if (limit) return [{ detector: 'confidential', kind: 'distribution_limit', risk: 0.7, reason: `a distribution limit ("${limit[0].slice(0, 40)}")` }];
  return [];
}
