import { shallowStrings } from '../call-strings.js';
import { finding, type Finding } from './finding.js';
import { boundedMemo } from '../../core/bounded-memo.js';

// What the conversation says a call's target is. A process id, a container or a person's name in
// the arguments says nothing by itself; the user's earlier messages may: "proc_7f3a21 is the live
// stream encoder", "Sam Reid is on the no-photo list". Stopping what the conversation calls live,
// or publishing someone the conversation says must not be published, waits for a person.

const STOPS = /^(?:kill|stop|terminate|delete|remove|destroy|shutdown|restart)$/i;
const LIVE = /\b(?:live|on[- ]air|production|prod|customers?|in use|broadcast(?:ing)?)\b/i;
const EXCLUDED = /\bno[- ]photo\b|\bphoto consent\b|\bmust not be (?:photographed|pictured|named|shown)\b|\bnot to be (?:named|photographed|pictured|shown)\b|\bdo not (?:name|publish|photograph|show)\b|\bcare order\b|\bwithdrawn (?:photo )?consent\b|\bprotected identity\b/i;
const NAME = /\b[A-Z][a-z]+(?:[ '-][A-Z][a-z]+)+\b/g;

const sentences = (messages: readonly string[]) => messages.flatMap((m) => m.split(/(?<=[.!?;])\s+|\n+/));

const VERB_KEYS = ['action', 'op', 'operation', 'command'];

// Whether a tool's name says it stops something depends on the name only: asked once per name.
const stopsByName = boundedMemo(1024, (tool) => tool.toLowerCase().split(/[^a-z]+/).some((v) => STOPS.test(v)));

/** The argument strings these rules read: shallower and fewer than the unknown-tool profile's. */
const strings = shallowStrings;

/** A call that stops or removes something the conversation calls live or in production. */
export function judgeLiveTarget(tool: string, args: Record<string, unknown>, conversation: readonly string[]): Finding[] {
  if (!stopsByName(tool) && !VERB_KEYS.some((k) => typeof args[k] === 'string' && STOPS.test(args[k] as string))) return [];
  const ids = strings(args).filter((s) => /^[\w.:-]{4,64}$/.test(s) && /[\d_-]/.test(s) && !STOPS.test(s));
  for (const s of sentences(conversation)) {
    const id = ids.find((x) => s.includes(x));
    if (id && LIVE.test(s)) return [finding(0.72, 'critical', false, 'conversation_target', `stops ${id}, which the conversation calls ${LIVE.exec(s)![0]} ("${s.trim().slice(0, 70)}")`)];
  }
  return [];
}

/** A post or message naming or picturing someone the conversation says must not be published. */
export function judgeExcludedPerson(text: string, args: Record<string, unknown>, conversation: readonly string[]): Finding[] {
  // A sentence's match is its message's too (the patterns span no sentence break): most
  // conversations have none and are not split.
  const names = sentences(conversation.filter((m) => EXCLUDED.test(m))).filter((s) => EXCLUDED.test(s)).flatMap((s) => s.match(NAME) ?? []);
  if (!names.length) return [];
  const shown = `${text}\n${strings(args).join('\n')}`.toLowerCase();
  const name = names.find((n) => shown.includes(n.toLowerCase()) || shown.includes(n.toLowerCase().replace(/[ '-]/g, '_')) || shown.includes(n.toLowerCase().replace(/[ ']/g, '-')));
  return name ? [finding(0.8, 'critical', false, 'personal_data', `names or pictures ${name}, whom the conversation says must not be published`)] : [];
}
