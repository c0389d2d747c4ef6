import { classifyPath } from '../paths.js';
import { CONFIDENTIAL_FILE, PERSONAL_DATA_FILE } from '../file-names.js';
import { finding, type Finding } from './finding.js';

// Files attached to a message, uploaded through a page or sent by a tool: judged by what their
// names say they hold (people's records, confidential material, credentials), as uploads from the
// shell are. The content of an attachment is rarely in the call; its name usually is.

/** The file is named for the person it goes to ("priya_raman_offer.pdf" to priya.raman@…): their own document. */
function namedForRecipient(name: string, recipient: string): boolean {
  const who = recipient.toLowerCase().split('@')[0] ?? '';
  if (!who) return false;
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase().replace(/\.\w+$/, '');
  return base.split(/[^a-z]+/).some((t) => t.length >= 3 && !PERSONAL_DATA_FILE.test(`/${t}/`) && who.includes(t));
}

export function judgeAttachments(names: readonly string[], sensitivePaths: readonly string[] = [], recipient = ''): Finding[] {
  const out: Finding[] = [];
  for (const name of names) {
    const v = classifyPath(name, sensitivePaths);
    if (v.read_risk >= 0.5) out.push(finding(0.9, 'critical', false, 'exfiltration', `attaches ${name} (${v.reason})`));
    else if (PERSONAL_DATA_FILE.test(name) && !namedForRecipient(name, recipient)) out.push(finding(0.75, 'critical', false, 'personal_data', `attaches ${name}, which by its name holds people's data`));
    else if (CONFIDENTIAL_FILE.test(name)) out.push(finding(0.72, 'critical', false, 'confidential', `attaches ${name}, which by its name is confidential or a copy of the business's data`));
    if (out.length) break;
  }
  return out;
}
