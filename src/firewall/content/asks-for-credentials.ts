import { gated, testIf } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// A message that asks its reader for what opens an account: "reply with the 6-digit code you just
// received", "DM me your SSO password", "send us the MFA backup codes", or a threat with a login
// link ("your mailbox will be deactivated today, log in at http://… to keep it"). It is the
// takeover or phishing message itself, whoever wrote it (the bs1 set: "text all donors this
// message the consultant wrote"), and nothing in it is a secret the credential scan would see. A
// warning never to share codes, or a code or link of one's own sent to its owner, asks for nothing.

/** What opens an account, as a message asks for it. */
const OPENER = String.raw`(?:verification|one[- ]time|security|login|sign[- ]?in|sms|2fa|mfa|otp|auth\w*|confirmation|\d[- ]digit|six[- ]digit) (?:code|passcode)s?|(?:mfa |2fa |backup |recovery )codes|passcodes?|\bpins?\b|passwords?(?![_ -]?(?:reset|manager|policy|change|strength|rules?))|login details|(?:user ?name|login) and password|credentials|card (?:details|number)|\bcvv\b|seed phrase|recovery phrase`;
/** A code the reader was just sent: only they have it. */
const RECEIVED = String.raw`code (?:you|that|which|we) (?:just )?(?:got|received|were sent|sent|texted)|\w+ just texted you`;
/** Asking the reader for it: send, reply with, share, give, DM, text, forward, provide, read out. */
const ASK = String.raw`\b(?:send|reply|respond|share|give|pass|tell|dm|text|forward|provide|read out|email)\b`;
/** The reader's own ("your password"), one asked for ("send us the backup codes"), or one just sent to them; "I'll share the password by phone" asks for nothing. */
const ASKS = gated(new RegExp(String.raw`${ASK}(?:(?: me| us)\b[^.!?\n]{0,40}?(?:${OPENER})|[^.!?\n]{0,50}?\b(?:your|ur)\b[^.!?\n]{0,25}?(?:${OPENER})|[^.!?\n]{0,50}?(?:${RECEIVED}))`, 'i'));
/** Confirming or entering it at a link. */
const AT_LINK = gated(new RegExp(String.raw`\b(?:confirm|verify|enter|update|re-?enter)\b[^.!?\n]{0,30}?(?:${OPENER})[^.!?\n]{0,20}?(?:at|on|via|here:?)\s+https?:\/\/`, 'i'));
/** An account or parcel threatened, and a link to log in or verify at. */
const THREAT = gated(/\b(?:will be|has been|is being|is) (?:closed|suspended|deactivated|locked|disabled|deleted|blocked|returned|terminated)\b[^\n]{0,160}?\b(?:verify|confirm|log ?in|sign ?in|update|validate)\b[^\n]{0,60}?https?:\/\//i);
/** The same in Spanish: "¿me pasas el código que te acaba de llegar?". */
const ASKS_ES = gated(/\b(?:pasa|pasas|p[áa]same|env[íi]a|env[íi]ame|manda|m[áa]ndame|dime|dame|reenv[íi]a)\b[^.!?\n]{0,40}?(?:c[óo]digo (?:de \d+ cifras|de verificaci[óo]n|(?:del|por) sms|que te (?:acaba de llegar|lleg[óo]|ha llegado))|tu (?:contrase[ñn]a|clave|pin))/i);
/** A warning against it. */
const NEVER = /\b(?:never|don'?t|do not|won'?t|will not|nunca|no (?:compartas|env[íi]es))\b[^.!?\n]{0,40}?\b(?:ask|share|send|give|pedir|pediremos)\b/i;

export function scanAsksForCredentials(text: string): ContentFinding[] {
  if (NEVER.test(text)) return [];
  if (!testIf(ASKS, text) && !testIf(AT_LINK, text) && !testIf(THREAT, text) && !testIf(ASKS_ES, text)) return [];
  return [{ detector: 'credential', kind: 'asks_for_credentials', risk: 0.85, reason: 'asks its reader for a login code, a password or card details, or to log in at a link under a threat (phishing)' }];
}
