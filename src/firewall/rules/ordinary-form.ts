import { splitName, tokens } from '../profiles/tool-name.js';
import { obj, type ToolProfile } from '../profiles/types.js';

// An unknown form tool (`submit_form`, `fill_form`) is gated by its name: a form can close an
// account, pay, hand in notice or hand over people's data. Its arguments say which form it is: a
// quote request, a support ticket or bug report, an RSVP, the user's own preferences, a survey or
// a registration is an ordinary, asked-for act that nobody else reads as public (the dy1 set). Such
// a form keeps the content rules (another person's health or date of birth, a password, a card
// number in a field still gate); a form whose address or fields also pay, cancel, close, apply,
// upload, verify, report someone or change settings is judged by the name as before.

/** The kinds of form an ordinary request fills in, as its address or form id names them. */
const ORDINARY_KIND = /^(?:quotes?|estimates?|tickets?|bugs?|feedback|rsvp|register|registration|signup|preferences|surveys?|polls?|planner|calculator|enquiry|inquiry)$/;
/** Address words for forms that act on money, accounts, standing or other people. */
const ACTING_WORD = /^(?:cancel\w*|close|closure|withdraw\w*|notice|terminat\w*|transfer\w*|pay\w*|checkout|deposit|orders?|apply|applications?|claims?|upload|import|verif\w*|settings|approvals?|resign\w*|opt|declaration|delete|unsubscribe|enter|entries|giveaway|referral|welfare|report|police|admin|login)$/;
/** Field names that move money, hand over credentials or lists, or undo something. */
const ACTING_FIELD = /amount|price|fee|total|card|pay|iban|sort_?code|account_?(?:no|number)|transfer|password|passcode|\bpin\b|token|secret|api_?key|auth|credential|list|csv|attendees|members|applicants|recipients|contacts|cancel|close|terminat|withdraw|delete|unsubscribe|opt_?out|declaration|forward/i;

/** The profile of an unknown form tool filling in an ordinary form, or null. */
export function ordinaryForm(tool: string, args: Record<string, unknown>, named: ToolProfile): ToolProfile | null {
  if (named.source !== 'unknown' || !tokens(splitName(tool).tool).includes('form')) return null;
  const where = [args.url, args.form_url, args.form, args.form_id].filter((v): v is string => typeof v === 'string').map(addressWords).flat();
  const kind = where.find((w) => ORDINARY_KIND.test(w));
  if (!kind || where.some((w) => ACTING_WORD.test(w))) return null;
  const fields = obj(args.fields);
  if (Object.keys(fields).some((k) => ACTING_FIELD.test(k)) || Object.values(fields).some((v) => typeof v === 'string' && v.startsWith('@'))) return null;
  return { ...named, label: `fills in an ordinary form (${kind}): nothing paid, closed or handed over by its fields`, base_risk: 0.15, reversible: true, confidence: 0.75 };
}

/** The words of a form's address after its host, or of a form id: `…/removals/quote` → removals, quote. */
function addressWords(s: string): string[] {
  const path = /^https?:\/\//i.test(s) ? s.replace(/^https?:\/\/[^/]+/i, '') : s;
  return path.toLowerCase().split(/[^a-z]+/).filter(Boolean);
}
