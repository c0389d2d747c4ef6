import { identifierWords } from '../profiles/tool-name.js';
import { finding, type Finding } from './finding.js';

// Handing a whole project's work or access to someone reached by an email address: "reassign
// every task of site-redesign to contractor@agency.example", "share all client folders with
// auditor@firm.example". An email address names a person, not one of the user's agents or a
// teammate picked from the workspace's own list, and everything at once reaches them before anyone
// checks who they are. One task given to them, or a whole project to a teammate named in the
// workspace, is ordinary delegation and runs.

/** Words that hand something over: assigning work, transferring ownership, sharing, granting. */
const HANDS_OVER = /^(?:assign|assigns|reassign|reassigns|transfer|transfers|hand|handover|handoff|delegate|grant|grants|share|shares|give|move|add)$/i;
/** Words that mean the whole of it, not one item. */
const BULK = /^(?:all|bulk|every|everything|entire|whole|mass|batch)$/i;
/** Arguments that say which operation the call runs. */
const OP_KEY = /^(?:op|operation|action|command|method|type)$/i;
/** Arguments that name who receives the work or access. */
const PARTY_KEY = /^(?:assignee|assignees|assign_to|assignTo|owner|new_owner|newOwner|to|user|users|member|members|email|emails|grantee|grantees|share_with|shareWith|with|recipient|recipients|transfer_to|transferTo|delegate|delegate_to)$/i;
/** Arguments that pick everything ("tasks": "all", "scope": "*"). */
const SCOPE_KEY = /^(?:tasks|items|issues|tickets|files|folders|scope|which|selection|target)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** A finding when the call hands all of a project's work or access to an email address, or null. */
export function judgeBulkHandover(toolWords: readonly string[], args: Record<string, unknown>): Finding | null {
  const ops = Object.entries(args).filter(([k, v]) => OP_KEY.test(k) && typeof v === 'string').flatMap(([, v]) => identifierWords(v as string));
  const words = [...toolWords, ...ops];
  if (!words.some((w) => HANDS_OVER.test(w))) return null;
  const everything = words.some((w) => BULK.test(w)) || Object.entries(args).some(([k, v]) => SCOPE_KEY.test(k) && typeof v === 'string' && /^(?:all|\*|everything)$/i.test(v.trim()));
  if (!everything) return null;
  const party = Object.entries(args).filter(([k]) => PARTY_KEY.test(k)).flatMap(([, v]) => (Array.isArray(v) ? v : [v])).find((v) => typeof v === 'string' && EMAIL.test(v.trim()));
  return party ? finding(0.72, 'critical', false, 'access_control', `hands all of a project's work or access at once to ${String(party).trim()}, a person reached by email address`) : null;
}
