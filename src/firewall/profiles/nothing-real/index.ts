import type { Intent } from '../tool-name.js';
import { CALL_WRAPPERS, isRecord, type ToolKind } from '../types.js';
import { sandboxHost } from './sandbox-host.js';
import { ACTIONS, FLAGS, fold, KEYS, NAME_WORD, OFF, ON, REAL, SELECTS, VALUES, type Action, type ActionRule, type KeyGroup, type Real, type Says, type Unreal } from './table.js';

// Reads a call's name and arguments against the table (table.ts) once, then asks each kind of
// action in turn whether what was said makes its call do nothing real.

export type { Action } from './table.js';

/** What the arguments said, and through which keys: flags count for every action, values only for the actions that read their keys. */
type Said = Array<[Says, KeyGroup | 'flag' | 'name']>;

function on(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v === 'string') return ON.test(v);
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && ON.test(x));
}

const off = (v: unknown): boolean => v === false || v === 0 || (typeof v === 'string' && OFF.test(v));

const GROUPS = Object.keys(KEYS) as KeyGroup[];


/**
 * Visits the arguments' entries, those of each object one level down (`options: {send: false}`,
 * `conf: {target: "dev"}`), and one level further inside the call's own wrappers (`params: {options: …}`).
 */
function visitWithin(args: Record<string, unknown>, visit: (key: string, v: unknown) => void): void {
  for (const [k, v] of Object.entries(args)) {
    visit(k, v);
    if (!isRecord(v) || SELECTS.test(k)) continue;
    const wrapper = CALL_WRAPPERS.includes(k);
    for (const [k2, v2] of Object.entries(v)) {
      visit(k2, v2);
      if (wrapper && isRecord(v2) && !SELECTS.test(k2)) for (const [k3, v3] of Object.entries(v2)) visit(k3, v3);
    }
  }
}

function read(words: readonly string[], args: Record<string, unknown>): Said {
  const said: Said = words.some((w) => NAME_WORD.test(w)) ? [['named', 'name']] : [];
  visitWithin(args, (key, v) => {
    const k = fold(key);
    const flag = FLAGS.get(k);
    if (flag && on(v)) said.push([flag[0], 'flag']);
    // Only a plain "on" keeps a dry run: any other value of its flag is taken to mean the call acts.
    else if (flag?.[1] && (off(v) || flag[1] === 'acts')) said.push([flag[1], 'flag']);
    if (typeof v !== 'string') return;
    // A URL to a processor's sandbox says where the call runs, whichever key holds it (`base_url`, `endpoint`).
    if (/^https?:\/\//i.test(v) && sandboxHost(v)) said.push(['test', 'where']);
    const group = GROUPS.find((g) => KEYS[g].test(k));
    if (!group) return;
    const value = fold(v);
    // A place is often named with its kind as one word of several (`ops-staging`, `preview-pr-431`, `kind-dev`).
    const parts = group === 'where' || group === 'index' ? [value, ...v.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && w !== value)] : [value];
    for (const [says, re, only] of VALUES) if ((!only || only === group) && parts.some((w) => re.test(w))) said.push([says, group]);
  });
  return said;
}

function holds(rule: ActionRule, said: Said): boolean {
  const heard = said.filter(([, via]) => via === 'flag' || via === 'name' || (rule.keys as string[]).includes(via)).map(([says]) => says);
  if (heard.some((s) => REAL.indexOf(s as Real) >= REAL.indexOf(rule.undoneBy))) return false;
  return heard.some((s) => rule.unreal.includes(s as Unreal));
}

/** The action whose call, by its name and arguments, does nothing real, or null. */
export function nothingReal(intent: Intent | null, kind: ToolKind, words: readonly string[], args: Record<string, unknown>): Action | null {
  const rules = ACTIONS.filter(([, rule]) => rule.intents(intent, kind) && (!rule.nameWord || words.some((w) => rule.nameWord!.test(w))));
  if (!rules.length) return null;
  const said = read(words, args);
  return rules.find(([, rule]) => holds(rule, said))?.[0] ?? null;
}

/** How a call that does nothing real is judged, by action. */
export const unrealProfile = (action: Action): ActionRule['profile'] => ACTIONS.find(([a]) => a === action)![1].profile;
