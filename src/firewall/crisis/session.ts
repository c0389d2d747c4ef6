// Session risk: what the firewall service remembers about a session between calls. The engine
// only reads it (context.session_risk); the service stores it and an approver clears it.

export interface SessionRisk {
  /** True while the session shows risk and no approver has cleared it. */
  active: boolean;
  /** When the risk was first seen (ISO-8601), for the reason shown to approvers. */
  since?: string;
  /** Short reasons recorded when the risk was raised. */
  reasons?: string[];
  /**
   * Fingerprints (messageFingerprint) of user messages an approver has already reviewed when
   * clearing the session: they no longer raise risk by themselves, new messages still do.
   */
  acknowledged?: string[];
}

/** The approver already reviewed this message when clearing the session. */
export function isAcknowledged(text: string, acknowledged: readonly string[] | undefined): boolean {
  return !!acknowledged?.length && acknowledged.includes(messageFingerprint(text));
}

/** FNV-1a 32-bit of the text plus its length: stable, cheap, and no message text is stored. */
export function messageFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}:${text.length}`;
}
