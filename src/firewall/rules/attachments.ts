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
// Papers sent to the user themself (the request says "to my personal address", "to me", and the
// call has one recipient) reach no one else: a family's passport scans mailed to the user's own
// inbox (the do1 set). Lists of customers, leads or staff stay held wherever they go, and so does
// anything with a second recipient. A contract named for the person it goes to is theirs (the dl1 set).

/** The file is named for the person it goes to ("priya_raman_offer.pdf" to priya.raman@…): their own document. */
function namedForRecipient(name: string, recipient: string): boolean {
  const who = recipient.toLowerCase().split('@')[0] ?? '';
  if (!who) return false;
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase().replace(/\.\w+$/, '');
  return base.split(/[^a-z]+/).some((t) => t.length >= 3 && !PERSONAL_DATA_FILE.test(`/${t}/`) && who.includes(t));
}

/** Free-mail providers: an address there is a person, whoever it claims to be. */
const FREE_MAIL = /@(?:g(?:oogle)?mail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|proton(?:mail)?|pm|mail|yandex|qq|163|126|naver|daum|uol|bol|terra|libero|virgilio|wp|o2|interia|onet|orange|free|laposte|sfr|t-online|seznam|rediffmail|zoho|tutanota|fastmail)\./i;
/** One person's or one family's papers under their English names (the other languages are PERSONAL_DOCUMENT_FILE's). */
const PAPERS = /(?:^|[/_. -])(?:passports?|payslips?|id[-_ ]?(?:scans?|cards?)|visas?|birth[-_ ]?certificates?|vaccinations?|driving[-_ ]?licen[cs]e)(?:$|[/_. -])/i;
/** The request sends to the user themself: "to me", "to my personal address", "an meine private Adresse", "a mi correo". */
const TO_THE_USER = /(?<!\p{L})(?:to (?:me|myself)|to my (?:own |personal |private |home |other )?(?:address|email|e-mail|inbox|mail|gmail)|an (?:mich|meine (?:eigene |private |persönliche )?(?:adresse|e-mail|mail))|a (?:mí|mi (?:propio |)(?:correo|email|dirección))|à (?:moi|mon adresse|ma (?:propre )?(?:boîte|adresse)))(?!\p{L})/iu;
/** A contract or agreement: the person it is named for is a party to it. */
const AGREEMENT = /(?:^|[/_.-])(?:contracts?|agreements?|nda)(?:$|[/_.-])/i;

/** Papers of one person or family sent to the user's own, single, address as the request asks. */
function ownPapersToUser(name: string, recipient: string, request: string): boolean {
  return (PAPERS.test(name) || PERSONAL_DOCUMENT_FILE.test(name)) && recipient.split(/,\s*/).filter(Boolean).length === 1 && TO_THE_USER.test(request);
}

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
    else if ((PERSONAL_DATA_FILE.test(name) || PERSONAL_DOCUMENT_FILE.test(name)) && !namedForRecipient(name, recipient) && !requestedByOrganisation(recipient, request) && !ownPapersToUser(name, recipient, request)) {
      out.push(finding(0.75, 'critical', false, 'personal_data', `attaches ${name}, which by its name holds people's data`));
    }
    else if (CONFIDENTIAL_FILE.test(name) && !(AGREEMENT.test(name) && namedForRecipient(name, recipient))) out.push(finding(0.72, 'critical', false, 'confidential', `attaches ${name}, which by its name is confidential or a copy of the business's data`));
    if (out.length) break;
  }
  return out;
}
