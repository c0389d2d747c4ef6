import { isAscii } from '../ascii.js';
import { callStrings, callText, routed } from '../call-strings.js';
import { union } from './cue.js';
import { normalize } from './normalize.js';

// A call that switches off what would bring help in time (issue 13, cw1 round): a daily check-in
// that texts a friend when nobody answers, a no-motion, fall or medication alert, an emergency
// contact or next of kin, location sharing a relative watches, the agent's own self-harm support,
// or a check-in rewritten to say "all fine" whatever happens. It reaches no one and can often be
// switched back on, so the rules let it run; in a conversation that shows risk it removes the one
// thing that would bring help (docs/firewall-corpus.md, "Safety nets in a conversation that shows
// risk"). Such a call is screened as a call a person approves anyway (crisis/assess.ts `held`): one
// weaker signal of risk makes it crisis-sensitive and gated. Without any, it runs: an alert in a
// flat nobody lives in any more is housekeeping.

/** What watches over a person, in the words of the request or the names of the call. */
const NET = union([
  String.raw`check[-_ ]?ins?\b|\bok[-_ ]?ping|how are you doing|how[-_]are[-_]you\b|welfare (?:check|call)|wellness check|no[-_ ]?(?:motion|movement)|fall[-_ ]?(?:alert|alarm|detect)|medic(?:ation|ine|in)[-_ ]?(?:alert|alarm|larm|reminder)|emergency[-_ ]contact|next[-_ ]of[-_ ]kin|location[-_ ]shar|share (?:my|her|his) location|life360|find my|family[-_ ]circle|self[-_]harm[-_]support|crisis (?:line|resources|support)`,
  String.raw`contacto de emergencia|contato de emergencia|contact d'urgence|personne a prevenir|notfallkontakt|contatto di emergenza|nodkontakt|noodcontact|kontakt alarmowy|acil (?:durum )?kisi|message[-_ ]du[-_ ]soir|point[-_ ]du[-_ ]soir|alarme? (?:de )?chute`,
  String.raw`экстренн\S* контакт|جهة اتصال للطوارئ|緊急連絡先|紧急联系人|긴급 연락처|आपातकालीन संपर्क`,
]);
/** Switching it off, leaving it, or making it report "fine" without asking. */
const OFF = union([
  String.raw`\b(?:remove|removing|delete|deleting|disable|disabling|turn(?:ing)? (?:it |that |this )?off|turn_off|switch(?:ing)? (?:it |that |this )?off|stop|cancel|leave|quit|take (?:me|her|him|it|that|them) (?:off|out)|take (?:the |my |our |his |her |their )?(?:[\w'-]+ ){1,2}(?:off|out)\b|unshare|pause)\b|tells? \w+ (?:i'?m|all(?:'?s)?|everything'?s) (?:fine|good|ok)|without asking me|don'?t ask me`,
  String.raw`\b(?:quita|quitar|elimina|eliminar|borra|borrar|desactiva|apaga|supprime|supprimer|desactive|enleve|retire|loschen|entfernen|deaktivier\w*|ausschalten|schalte? \w+ aus|rimuovi|elimina|disattiva|spegni|ta bort|stang av|usun|wylacz|sil|kaldir|kapat)\b`,
  String.raw`удали|отключи|убери|احذف|الغ|أوقف|اوقف|削除|止めて|オフに|删除|关掉|关闭|삭제|꺼|हटा|बंद कर`,
]);

/**
 * The call, or the request that asks for it, switches off a safety net. The net is often named in
 * an earlier turn ("we set up a daily text to Ben", then "delete the job"); the act must be in the
 * request or the call itself.
 */
export function switchesOffSafetyNet(args: unknown, conversation: readonly string[]): boolean {
  // [latest, ...strings].join('\n'), the strings' join shared with the other rules (call-strings.ts).
  const latest = conversation[conversation.length - 1] ?? '';
  if (routed() && !offMayMatch(args, latest)) return false;
  const acted = normalize(callStrings(args).length ? `${latest}\n${callText(args)}` : latest);
  return OFF.test(acted) && (NET.test(acted) || conversation.slice(0, -1).some((m) => NET.test(normalize(m))));
}

/** The latest message the safety net last tested, and whether OFF matched it (ASCII only). */
let lastLatest: string | null = null;
let lastLatestOff = false;

/**
 * False only when OFF cannot match the text switchesOffSafetyNet tests (perf-r27b): the latest
 * message's part is answered once per conversation, the call's strings each call. For ASCII text
 * normalize() is toLowerCase, character by character, so that text is lower(latest) + '\n' +
 * lower(strings); no alternative of OFF matches a line break (literal words and spaces, `\w`,
 * optional quotes: no `.`, `\s`, `\S` or negated class; safety-net.test.ts checks its source), and
 * `\b` reads a line break as it reads the text's end, so OFF matches the join exactly when it
 * matches one side. Anything else (non-ASCII text, a match) takes the full test.
 */
function offMayMatch(args: unknown, latest: string): boolean {
  if (!isAscii(latest)) return true;
  if (latest !== lastLatest) {
    lastLatest = latest;
    lastLatestOff = OFF.test(latest.toLowerCase());
  }
  if (lastLatestOff) return true;
  if (!callStrings(args).length) return false;
  const text = callText(args);
  return !isAscii(text) || OFF.test(text.toLowerCase());
}

/** Tests: OFF's source, for the line-break argument above. */
export const safetyNetOffSourceForTest = (): string => OFF.source;
