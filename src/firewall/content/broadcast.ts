import { execIf, gated, testIf } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// Messages that speak for the organisation to everyone (@channel, all-staff lists, #general) about
// things that cannot be taken back: layoffs, closures, incidents. And messages asking people for
// their passwords or codes (phishing-shaped), to whoever they go. Routine announcements ("standup
// moved to 10", "pizza in the kitchen") to the same audience run.

/** Who it goes to: lists, channels and ids that mean everyone. */
const EVERYONE_RECIPIENT = /(?:\ball[-_. ]?(?:staff|hands|employees|company|team|users|customers)|\b(?:everyone|staff|company|all|team|employees|announce(?:ments)?)@|#(?:general|announcements?|all[-_]?\w*|company|everyone|staff|team)\b|\bC\d{0,3}ALL\w*|\b(?:general|announcements|all-?hands|everyone)$)/i;
/** What in the text itself addresses everyone. */
const EVERYONE_IN_TEXT = gated(/(?:@channel|@everyone|@here|@all)\b|\b(?:dear|hi|hello|attention|to) (?:all|everyone|all staff|all employees|team|colleagues)\b/i);
const WEIGHTY = gated(/\b(?:let go|laid off|lay-?offs?|redundanc\w*|terminat\w*|fired|dismiss\w*|restructur\w*|downsiz\w*|clos(?:ed|ing|es) (?:permanently|down|for good|its doors)|shut(?:ting)? down|(?:office|site|store|shop|branch|plant|factory|warehouse|studio|depot|location|clinic|school) (?:is |are |will |will be )?(?:clos(?:e|es|ing)|shut(?:s|ting)?)|ceas\w+ (?:operations|trading)|bankrupt\w*|insolven\w*|effective immediately|acqui(?:red|sition)|merg(?:er|ing) with|data breach|lawsuit|investigation|resign\w*|stepping down|price increase|discontinu\w*|despid\w*|licenci\w*|cierre|fermeture|licenciement\w*|entlass\w*|schliess\w*)\b/i);
const ASKS_SECRET = gated(/\b(?:passwords?|credentials|pins?|codes?)\b[^\n]{0,60}\b(?:reply|respond|send|share|provide|dm|email)\b[^\n]{0,20}\b(?:your|ur) (?:current|old|existing|own|actual) (?:one|password|pin|code|credentials)\b|\b(?:reply|respond|send|share|provide|confirm|verify|enter|type|submit|give|dm|email)\b[^.!?\n]{0,40}\b(?:your|ur)\s+(?:current\s+|existing\s+|old\s+|new\s+|login\s+|account\s+)?(?:passwords?|passcodes?|credentials|login details|log-?in|2fa codes?|mfa codes?|verification codes?|one[- ]time codes?|otp|pin|ssn|social security numbers?|bank details|card (?:number|details)|recovery codes?|seed phrase)\b/i);

export function scanBroadcast(text: string, recipient = ''): ContentFinding[] {
  const out: ContentFinding[] = [];
  if (testIf(ASKS_SECRET, text)) out.push({ detector: 'broadcast', kind: 'credential_request', risk: 0.85, reason: 'a request for people\'s passwords or codes (phishing-shaped)' });
  const weighty = execIf(WEIGHTY, text);
  if (weighty && (EVERYONE_RECIPIENT.test(recipient) || testIf(EVERYONE_IN_TEXT, text))) out.push({ detector: 'broadcast', kind: 'mass_announcement', risk: 0.72, reason: `an announcement to everyone about "${weighty[0]}"` });
  return out;
}
