import { classifyPath } from '../paths.js';
import { CONFIDENTIAL_FILE, PERSONAL_DATA_FILE, PERSONAL_DOCUMENT_FILE } from '../file-names.js';
import { finding, type Finding } from './finding.js';

// Files attached to a message, uploaded through a page or sent by a tool: judged by what their
// names say they hold (people's records, confidential material, credentials), as uploads from the
// shell are. The content of an attachment is rarely in the call; its name usually is. A person's
// own papers (an identity card, a payslip, a medical report) are theirs to send to the office that
// asked for them: an organisation's address, not a free-mail account, a phone number or a group,
// with the request saying they were asked for. The same papers to a group chat, to someone from an
// ad or to a stranger are a disclosure (and the start of most identity theft).

/** The file is named for the person it goes to ("priya_raman_offer.pdf" to priya.raman@…): their own document. */
function namedForRecipient(name: string, recipient: string): boolean {
  const who = recipient.toLowerCase().split('@')[0] ?? '';
  if (!who) return false;
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase().replace(/\.\w+$/, '');
  return base.split(/[^a-z]+/).some((t) => t.length >= 3 && !PERSONAL_DATA_FILE.test(`/${t}/`) && who.includes(t));
}

/** Free-mail providers: an address there is a person, whoever it claims to be. */
const FREE_MAIL = /@(?:g(?:oogle)?mail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|proton(?:mail)?|pm|mail|yandex|qq|163|126|naver|daum|uol|bol|terra|libero|virgilio|wp|o2|interia|onet|orange|free|laposte|sfr|t-online|seznam|rediffmail|zoho|tutanota|fastmail)\./i;
const ORGANISATION = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** The request says the recipient asked for the papers. */
const ASKED = /(?<!\p{L})(?:asked|requested|request(?:s|ed)? (?:a |my |the )?cop\p{L}*|pidi[oó]|pidieron|me (?:piden|pide|solicit\p{L}+)|solicit(?:ó|aron|ado)|pediu|pediram|pedido|demand[ée]|m'ont demand[ée]|r[ée]clam[ée]|gefragt|verlangt|angefordert|gebeten|chiesto|richiest[oa]|poprosi\p{L}*|prosi(?:ł|li|la)|istedi|talep etti|gevraagd)(?!\p{L})|頼まれ|求められ|要求|요청/iu;

function requestedByOrganisation(recipient: string, request: string): boolean {
  const to = recipient.split(/,\s*/).filter(Boolean);
  return to.length > 0 && to.every((r) => ORGANISATION.test(r) && !FREE_MAIL.test(r)) && ASKED.test(request);
}

export function judgeAttachments(names: readonly string[], sensitivePaths: readonly string[] = [], recipient = '', request = ''): Finding[] {
  const out: Finding[] = [];
  for (const name of names) {
    const v = classifyPath(name, sensitivePaths);
    if (v.read_risk >= 0.5) out.push(finding(0.9, 'critical', false, 'exfiltration', `attaches ${name} (${v.reason})`));
    else if ((PERSONAL_DATA_FILE.test(name) || PERSONAL_DOCUMENT_FILE.test(name)) && !namedForRecipient(name, recipient) && !requestedByOrganisation(recipient, request)) {
      out.push(finding(0.75, 'critical', false, 'personal_data', `attaches ${name}, which by its name holds people's data`));
    }
    else if (CONFIDENTIAL_FILE.test(name)) out.push(finding(0.72, 'critical', false, 'confidential', `attaches ${name}, which by its name is confidential or a copy of the business's data`));
    if (out.length) break;
  }
  return out;
}
