import { boundedMemo } from '../core/bounded-memo.js';
import { lever } from '../core/levers.js';
import { jsonHead } from '../core/json-head.js';
import { argStrings } from './arg-strings.js';

// The argument strings several rules read of the same call (perf-r27, issue 18). The unwiped
// handover, the sensitive store, the safety net and the sandbox/test-card substitutes each walked
// the call's arguments (argStrings, 4 levels, 64 strings) and joined them again; the described
// secret file and the conversation-target rules did the same at 3 levels and 32 strings. Here each
// walk is done once per assessment: the answer is kept for the last arguments object asked about
// and dropped when a top-level assessment ends (engine.ts `assess`), so a caller that mutates an
// arguments object between two assessments is never answered from the first. Nothing in the engine
// writes to a call's arguments. The arrays are shared: callers must not modify them.
//
// `ruleRouting` (src/core/levers.ts) off walks every time, as before, to measure it in one process
// (it also switches off the engine's other perf-r27 shortcuts: `routed()`). The lever is read once
// an assessment (`beginCallStrings`): its getter, asked at every use, cost ~0.4 µs a call.

const ruleRouting = lever('ruleRouting');
let on = true;

/** Whether the perf-r27 shortcuts are on for the assessment under way. */
export function routed(): boolean {
  return on;
}

/**
 * A function of a tool's name alone, remembered per name (bounded) while the shortcuts are on and
 * computed every time when `ruleRouting` is off, so the lever measures it too.
 */
export function routedNameMemo<V>(compute: (tool: string) => V): (tool: string) => V {
  const memo = boundedMemo(1024, compute);
  return (tool) => (on ? memo(tool) : compute(tool));
}

/** Called when a top-level assessment starts. */
export function beginCallStrings(): void {
  on = ruleRouting.on;
}

let of: unknown = undefined;
let deep: readonly string[] | null = null;
let deepText: string | null = null;
let shallow: readonly string[] | null = null;
let shallowText: string | null = null;

function own(args: unknown): void {
  if (args === of) return;
  of = args;
  deep = deepText = shallow = shallowText = null;
}

/** argStrings(args): 4 levels, 64 strings. */
export function callStrings(args: unknown): readonly string[] {
  if (!on) return argStrings(args);
  own(args);
  return (deep ??= argStrings(args));
}

/** argStrings(args).join('\n'). */
export function callText(args: unknown): string {
  if (!on) return argStrings(args).join('\n');
  own(args);
  return (deepText ??= callStrings(args).join('\n'));
}

/** argStrings(args, 3, 32): the shallower walk some rules read. */
export function shallowStrings(args: unknown): readonly string[] {
  if (!on) return argStrings(args, 3, 32);
  own(args);
  return (shallow ??= argStrings(args, 3, 32));
}

/** argStrings(args, 3, 32).join('\n'). */
export function shallowCallText(args: unknown): string {
  if (!on) return argStrings(args, 3, 32).join('\n');
  own(args);
  return (shallowText ??= shallowStrings(args).join('\n'));
}

let commandsArgs: unknown = undefined;
let commandsProfile: unknown = undefined;
let commands: readonly string[] | null = null;

/**
 * `profile.extract(args).commands`: the Stripe CLI substitutes (cli-refund.ts, stated-test-key.ts)
 * each extracted the named shell profile's inputs to read its one command.
 */
export function extractedCommands(profile: { extract?: (args: Record<string, unknown>) => { commands?: string[] } }, args: Record<string, unknown>): readonly string[] {
  if (!on) return profile.extract?.(args).commands ?? [];
  if (commands === null || args !== commandsArgs || profile !== commandsProfile) {
    commandsArgs = args;
    commandsProfile = profile;
    commands = profile.extract?.(args).commands ?? [];
  }
  return commands;
}

/** The longest head the rules read (call-factors.ts: the log exclusion's; the protection rule's is 2,000). */
const HEAD_MAX = 4000;
let headArgs: unknown = undefined;
let head: string | null = null;

/**
 * jsonHead(args, max), for max up to 4,000. jsonHead is JSON.stringify(args).slice(0, max) (its
 * own comment), so the 2,000-character head is the 4,000 one's start, and arguments whose JSON is
 * surely shorter than 4,000 characters (`smallJsonLength`) are serialized by JSON.stringify itself:
 * the head's walk in JavaScript was ~1 µs of a `shell ls` call's ~12 warm (perf-r27).
 */
export function argsHead(args: Record<string, unknown>, max: number): string {
  if (!on || max > HEAD_MAX) return jsonHead(args, max);
  if (head === null || args !== headArgs) {
    headArgs = args;
    head = smallJsonLength(args, 0) <= HEAD_MAX ? JSON.stringify(args) : jsonHead(args, HEAD_MAX);
  }
  return max === HEAD_MAX ? head : head.slice(0, max);
}

/**
 * An upper bound of the length of JSON.stringify(v) when it is at most HEAD_MAX + 1 (the walk stops
 * there); HEAD_MAX + 1 for anything but strings, finite numbers, booleans, null and arrays and
 * plain objects of them (no toJSON): JSON.stringify would call a toJSON or throw on a BigInt or a
 * cycle, and jsonHead handles those. A string's JSON is at most 6 characters a code unit (\uXXXX)
 * and its quotes; a finite number's at most 24.
 */
function smallJsonLength(v: unknown, bound: number): number {
  const over = HEAD_MAX + 1;
  if (bound > HEAD_MAX) return over;
  if (typeof v === 'string') return bound + 6 * v.length + 2;
  if (v === null || typeof v === 'boolean') return bound + 5;
  if (typeof v === 'number') return Number.isFinite(v) ? bound + 24 : over;
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return bound + 4;
  if (Array.isArray(v)) {
    let n = bound + 2;
    for (let i = 0; i < v.length && n <= HEAD_MAX; i++) n = smallJsonLength(v[i], n + 1);
    return n;
  }
  if (typeof v !== 'object') return over;
  const proto = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || 'toJSON' in v) return over;
  let n = bound + 2;
  for (const k of Object.keys(v)) {
    if (n > HEAD_MAX) return over;
    n = smallJsonLength((v as Record<string, unknown>)[k], n + 6 * k.length + 3);
  }
  return n;
}

/** Called when a top-level assessment ends: nothing is kept between assessments. */
export function forgetCallStrings(): void {
  of = commandsArgs = commandsProfile = headArgs = undefined;
  deep = deepText = shallow = shallowText = commands = head = null;
}
