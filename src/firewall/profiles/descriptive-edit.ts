// An edit through an unknown write tool (`update_issue`, `set_channel_topic`, `update_contact`)
// whose every argument either says which record is meant or is a descriptive field of it: a title,
// description, topic, label, note, due date, a contact card's phone. Such an edit reaches nobody new
// and is undone by editing again. Any other field (a safety setting, permission, owner, payment or
// bank field, visibility, a deleted flag) leaves the tool's guess as it was, so the call still asks.
// Jira's shape counts too: the fields inside `fields: {…}`, a description as a rich-text document.

import { isDocument } from './rich-text.js';
import { isRecord } from './types.js';

/** Fields that describe a record without changing who may see, own, pay or remove it. */
const DESCRIPTIVE = /^(?:title|name|summary|description|desc|topic|purpose|subject|body|content|text|new_str|old_str|notes?|comments?|labels?|label_?ids|labelIds|tags?|tag_?ids|tagIds|priority|due|due_?date|dueDate|due_on|start_?date|startDate|target_?date|targetDate|estimate|colou?r|emoji|icon|category|categories|milestone|status|state|assignees?|assignee_?id|assigneeId|nickname|phone|phone_?numbers|phoneNumbers)$/;
/** A contact card's own fields (an account's email is how it is recovered; a contact's is not). */
const CONTACT_FIELD = /^(?:emails?|email_?addresses|emailAddresses|addresses|address|birthday|birthdays|organi[sz]ations?|company|job_?title|jobTitle|names)$/;
const CONTACT = /^(?:contact|contacts|person|people)$/;
/** Keys inside a list or object value: a phone entry's value and type, a date's start and end. */
const ENTRY_KEY = /^(?:value|type|label|name|text|content|start|end|date|primary|formatted_?type|canonical_?form|given_?name|family_?name|display_?name|street|city|postcode|postal_?code|country)$/i;
/** Keys that only say which record is meant; an owner beside a repo is the repo's handle. */
const HANDLE = /^(?:id|uid|key|ref|number|issue_?number|issueNumber|issue_?key|issueKey|issueIdOrKey|resource_?name|resourceName|channel|repo|project|team|workspace|slug)$/;
/** `…_id` handles, except ids that point at who owns, administers, pays or is paid (setting them changes that). */
const ID_HANDLE = /^(?!(?:owner|admin|user|member|role|permission|policy|account|bank|payee|beneficiary|vendor|parent|workspace_owner)_?[iI][dD]s?$)[a-zA-Z]+(?:_id|Id|ID|_ids|Ids)$/;
/** The operation a page tool is told to run (`command: "replace_content"`) edits the page's text. */
export const CONTENT_OP = /^(?:replace|insert|update|append|prepend|edit)_(?:content|text|body|blocks?|title|section)(?:_[a-z]+)*$/;
const EDIT_VERB = /^(?:update|set|edit|modify|change|rename|patch)$/;
/** What a descriptive field cannot make ordinary: removal written as a state. */
const GONE = /^(?:deleted|archived|terminated|cancell?ed|suspended|banned|disabled|removed|trashed|purged)$/i;
/** Objects whose descriptive fields still decide who is paid, who works there or where traffic goes. */
const WEIGHTY_OBJECT = /^(?:beneficiar(?:y|ies)|payees?|recipients?|vendors?|suppliers?|employees?|accounts?|dns|records?|flags?|branch(?:es)?|repositor(?:y|ies)|buckets?|users?|settings?|config|configuration|preferences?|prefs|options)$/;

function entryOk(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return v !== '*' && !GONE.test(v.trim());
  if (isDocument(v)) return true;
  if (typeof v === 'number' || v === null) return true;
  if (depth > 2) return false;
  if (Array.isArray(v)) return v.every((x) => entryOk(x, depth + 1));
  if (v && typeof v === 'object') return Object.entries(v).every(([k, x]) => ENTRY_KEY.test(k) && entryOk(x, depth + 1));
  return false;
}

/** Whether a write tool's name and every argument make it an edit of descriptive fields only. */
export function descriptiveEdit(words: string[], args: Record<string, unknown>): boolean {
  const verb = words.findIndex((w) => EDIT_VERB.test(w));
  if (verb < 0 || words.some((w) => WEIGHTY_OBJECT.test(w))) return false;
  const contact = words.some((w) => CONTACT.test(w));
  let described = false;
  // Jira's REST shape: the edited fields sit inside `fields`, beside the key.
  const fields = isRecord(args.fields) ? args.fields : undefined;
  const entries = fields ? [...Object.entries(args).filter(([k]) => k !== 'fields'), ...Object.entries(fields)] : Object.entries(args);
  for (const [k, v] of entries) {
    const field = DESCRIPTIVE.test(k) || (contact && CONTACT_FIELD.test(k));
    if (!field && (HANDLE.test(k) || ID_HANDLE.test(k) || (k === 'owner' && 'repo' in args))) {
      if (typeof v !== 'string' && typeof v !== 'number') return false;
      continue;
    }
    if (/^(?:command|operation|op)$/.test(k) && typeof v === 'string' && CONTENT_OP.test(v)) continue;
    if (!field) return false;
    if (!entryOk(v, 0)) return false;
    described = true;
  }
  return described;
}
