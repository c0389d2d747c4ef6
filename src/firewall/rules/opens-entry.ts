import { argStrings } from '../arg-strings.js';
import { splitName, tokens } from '../profiles/tool-name.js';
import { finding, type Finding } from './finding.js';
import { boundedMemo } from '../../core/bounded-memo.js';

// A call that lets someone into a building: a lock unlocked or opened, a garage or gate opened, an
// alarm disarmed. Whoever is at the door gets in, and nobody who asked can see who that is (the
// bs1 set: "the courier is at the back, let him in" with the office empty). Home Assistant spells
// it as a domain and a service; other tools name it (`unlock_door`, `garage_open`,
// `mcp__august__unlock`, `set_alarm_state` to "disarmed"). Locking, closing and arming are the
// safe direction and pass; an account or a file "unlocked" opens no door.

/** A Home Assistant service that opens: on a lock or an alarm panel always, on a cover when it is a door, gate or garage. */
const OPEN_SERVICE = /^(?:unlock|open|alarm_disarm|disarm)$/i;
const OPEN_COVER = /^(?:open_cover|open)$/i;
const ENTRY_COVER = /garage|gate|door|entr(?:y|ance)|portal|tor\b|porte|puerta/i;
/** Names that open when they are what the call does. */
const OPEN_VERB = /^(?:unlock|disarm|open|buzz)$/;
/** What a named opening must be about: a door, a gate, a garage, a lock or an alarm (or a smart-lock maker). */
const ENTRY = /door|gate|garage|entr(?:y|ance)|lock|alarm|august|nuki|yale|schlage|intercom|buzzer|porte|puerta|t[üu]r/i;
/** A state that leaves the building open. */
const OPEN_STATE = /^(?:disarmed|unlocked|open(?:ed)?)$/i;

export function judgeOpensEntry(tool: string, args: Record<string, unknown>): Finding[] {
  const what = openedBy(tool, args);
  return what ? [finding(0.8, 'critical', false, 'physical_access', `${what}: whoever is at the door gets in`)] : [];
}

function openedBy(tool: string, args: Record<string, unknown>): string | null {
  const domain = typeof args.domain === 'string' ? args.domain.toLowerCase() : '';
  const service = typeof args.service === 'string' ? args.service : '';
  if ((domain === 'lock' || domain === 'alarm_control_panel') && OPEN_SERVICE.test(service)) return `${service} on ${argStrings(args.entity_id ?? '').join(' ') || domain}`;
  if (domain === 'cover' && OPEN_COVER.test(service)) {
    const entity = argStrings(args.entity_id ?? '').join(' ');
    if (ENTRY_COVER.test(entity)) return `opens ${entity}`;
  }
  const name = nameOf(tool);
  // A name about no door, gate or alarm that says neither unlock nor disarm opens nothing (most tools).
  if (!name.entry && !name.unlocks) return null;
  // "open" also opens files and pages: only a name about a door counts. "unlock" and "disarm" may name the door in the arguments.
  const named = name.entry || (name.unlocks && ENTRY.test(argStrings(args).join(' ')));
  if (named && name.opens && !name.asks) return `${name.bare} opens a door, gate or alarm`;
  if (!name.entry) return null;
  const state = Object.entries(args).find(([k, v]) => /^(?:state|status|mode)$/i.test(k) && typeof v === 'string' && OPEN_STATE.test(v));
  if (state) return `${name.bare} sets a door, lock or alarm to ${String(state[1])}`;
  return null;
}

interface EntryName {
  bare: string;
  /** The name's other words (and its server) name a door, gate, garage, lock or alarm. */
  entry: boolean;
  /** A word of the name opens (unlock, disarm, open, buzz). */
  opens: boolean;
  /** A word of the name is unlock or disarm, which may name the door in the arguments. */
  unlocks: boolean;
  /** The name asks about a state rather than changing it. */
  asks: boolean;
}

/** What a tool's name says, read once per tool. */
const nameOf = boundedMemo(1024, (tool): EntryName => {
  const { server, tool: bare } = splitName(tool);
  const words = tokens(bare);
  // The name's other words say what is opened ("unlock" itself holds "lock").
  const name = [server ?? '', ...words.filter((w) => !OPEN_VERB.test(w))].join(' ');
  return {
    bare,
    entry: ENTRY.test(name),
    opens: words.some((w) => OPEN_VERB.test(w)),
    unlocks: words.some((w) => /^(?:unlock|disarm)$/.test(w)),
    asks: words.some((w) => /^(?:is|get|status|state|list|read)$/.test(w)),
  };
});
