// A content finding: what a detector saw in text an agent is about to send, and how risky that is.

export type ContentDetector = 'money' | 'credential' | 'personal_data' | 'confidential' | 'broadcast';

export interface ContentFinding {
  detector: ContentDetector;
  /** Short machine name: card_number, iban, changed_bank_details, private_key, ... */
  kind: string;
  /** 0..1; >= 0.6 holds an outbound call for a human. */
  risk: number;
  /** Human-readable, never the secret or the full number itself. */
  reason: string;
}

/** Last four characters only, so a reason can name a number without disclosing it. */
export function tail4(s: string): string {
  const clean = s.replace(/[\s.-]/g, '');
  return `…${clean.slice(-4)}`;
}
