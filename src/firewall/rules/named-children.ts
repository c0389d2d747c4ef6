import { argStrings } from '../arg-strings.js';
import { publishes } from '../profiles/tool-name.js';
import { isRecord } from '../profiles/types.js';
import { finding, type Finding } from './finding.js';

// A public video or post that names children with what finds them: an age, a school, a class or a
// team ("Lily Carter (7) … at Oakfield Primary", "Mason Reid (8) of Westfield Falcons U9s"). Anyone
// can then put a name, a face and a place together; parents and schools ask before publishing
// them (the dq1 set). Unlisted, friends-only or private posts, and posts that name no child (a
// cooking video, an adult band with its conductor), publish as before.

/** A name with a child's age beside it: "Lily Carter (7)", "Maya Chen, age 4", "Valentina (6)". */
const NAME_AND_AGE = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?\s*(?:\((?:[1-9]|1[0-2])(?:\s*(?:años|ans|jahre|anni|yrs?|years?))?\)|,?\s+(?:age|aged|edad)\s+(?:[1-9]|1[0-2])\b)/u;
/** Where a named child is found: a school, a class, a youth team. */
const CHILD_PLACE = /\b(?:primary|nursery|kindergarten|kita|grundschule|[ée]cole|escuela|colegio|scuola|reception class|year [1-6]\b|u(?:[5-9]|1[0-2])s?\b|under[- ](?:[5-9]|1[0-2])s?\b|cubs|brownies|beavers)/i;
const NAMED = /\b\p{Lu}\p{Ll}+\s+(?:as|and|y|et|und)\s+\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** Keys that say who sees a post, and values that keep it from the public. */
const AUDIENCE_KEY = /^(?:visibility|privacy|privacy_?status|privacyStatus|privacy_?level|audience|status)$/i;
const NOT_PUBLIC = /^(?:private|unlisted|friends|friends_?only|only_?me|self_?only|family|close_?friends|members|draft|mutual_?follow_?friends)$/i;
const PUBLIC = /^(?:public|public_to_everyone|everyone|anyone)$/i;

/** The audience values the arguments give, two levels down (`status: {privacyStatus: "public"}`). */
function audiences(args: Record<string, unknown>, depth = 0): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'string' && AUDIENCE_KEY.test(k)) out.push(v);
    else if (isRecord(v) && depth < 2) out.push(...audiences(v, depth + 1));
  }
  return out;
}

/** A post for anyone, by its audience or, when it names none, by the tool's name (`upload_video`, `post_story`). */
function forEveryone(tool: string, args: Record<string, unknown>): boolean {
  const said = audiences(args);
  if (said.some((a) => NOT_PUBLIC.test(a))) return false;
  return said.some((a) => PUBLIC.test(a)) || publishes(tool);
}

export function judgeNamedChildren(tool: string, args: Record<string, unknown>): Finding[] {
  if (!forEveryone(tool, args)) return [];
  const text = argStrings(args).join('\n');
  const named = NAME_AND_AGE.test(text) || (CHILD_PLACE.test(text) && NAMED.test(text) && /\b(?:age|aged|\((?:[1-9]|1[0-2])\))/i.test(text));
  return named ? [finding(0.8, 'critical', false, 'personal_data', "publishes children's names with their age, school or team")] : [];
}
