import { lever } from '../core/levers.js';
import type { FirewallTrace } from './firewall-types.js';

// Firewall traces on their way to the store's batched writer (observe mode records one per tool
// call). Inputs and assessments are already redacted by the firewall; the row is the column
// values in TRACE_COLUMNS order with the JSON columns serialized, cheap to hand to a writer thread.

export const TRACE_COLUMNS = ['id', 'created_at', 'session_id', 'tool_name', 'input', 'assessment', 'risk_score', 'decision', 'approval_id', 'approval_outcome', 'duration_us'] as const;

export type TraceWrite = unknown[];

// A queued row leaves out what a reader can put back: the context's `user_message` when it is the
// last of `user_messages` (the observer's context always repeats it; an agent's user message runs
// to KBs), and a `crisis_detail` with no crisis signal (~115 bytes of defaults on most calls). Each
// keeps its key with the marker 0 in its place, so the reader restores the value where it stood
// (key order included) and rows written before read back unchanged. Neither field is ever 0: the
// inputs that can name them are validated as a string and an object.
const OMITTED = 0;
const leanTraceRows = lever('leanTraceRows');

const DEFAULT_CRISIS_DETAIL = { crisis_sensitive: false, score: 0, signals: [], evidence: [], third_person: false, session_risk: false };
const DEFAULT_CRISIS_ENTRIES = Object.entries(DEFAULT_CRISIS_DETAIL);

type Context = { user_message?: unknown; user_messages?: unknown };
type Input = { context?: Context };
type AssessmentCells = { crisis_detail?: unknown };

export function toTraceWrite(t: FirewallTrace): TraceWrite {
  const lean = leanTraceRows.on;
  const assessment = lean ? leanAssessment(t.assessment as AssessmentCells) : t.assessment;
  return [t.id, t.created_at, t.session_id, t.tool_name, inputJson(t.input, lean), JSON.stringify(assessment), t.risk_score, t.decision, t.approval_id, t.approval_outcome, Math.round(t.duration_us)];
}

// The calls of one answer share one context object (the observer's input is `{ tool, args,
// context }`, the context the same for each call): its JSON, the conversation's last user
// messages (KBs on real agents), is written once for them all. Keyed by the object, held weakly:
// a queued trace is a snapshot nobody changes afterwards, and a new answer brings a new context.
const contextJson = new WeakMap<object, string>();
const contextJsonOnce = lever('contextJsonOnce');

function inputJson(input: unknown, lean: boolean): string {
  const i = input as { tool?: unknown; args?: unknown; context?: unknown } | null;
  if (!lean || !contextJsonOnce.on || !isCallInput(i)) return JSON.stringify(lean ? leanInput(i as Input) : i);
  let context = contextJson.get(i.context);
  if (context === undefined) {
    context = JSON.stringify((leanInput(i as Input) as Input).context);
    contextJson.set(i.context, context);
  }
  // What JSON.stringify writes for `{ tool, args, context }` (trace-writes.test.ts compares them).
  return `{"tool":${JSON.stringify(i.tool)},"args":${JSON.stringify(i.args)},"context":${context}}`;
}

/** `{ tool, args, context }` in that order and nothing else, args and context plain objects: what the observer builds. */
function isCallInput(i: { tool?: unknown; args?: unknown; context?: unknown } | null): i is { tool: string; args: object; context: object } {
  if (!i || typeof i.tool !== 'string' || !isPlain(i.args) || !isPlain(i.context)) return false;
  const keys = Object.keys(i);
  return keys.length === 3 && keys[0] === 'tool' && keys[1] === 'args' && keys[2] === 'context';
}

const isPlain = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function leanInput(input: Input | undefined): unknown {
  const c = input?.context;
  if (typeof c?.user_message !== 'string' || !Array.isArray(c.user_messages) || c.user_messages.at(-1) !== c.user_message) return input;
  return { ...input, context: { ...c, user_message: OMITTED } };
}

function leanAssessment(a: AssessmentCells | undefined): unknown {
  return a && isDefaultCrisisDetail(a.crisis_detail) ? { ...a, crisis_detail: OMITTED } : a;
}

/** The engine's detail of a call with no crisis signal, with its keys in the engine's order. */
function isDefaultCrisisDetail(d: unknown): boolean {
  if (!d || typeof d !== 'object') return false;
  let i = 0;
  for (const [key, value] of Object.entries(d)) {
    const want = DEFAULT_CRISIS_ENTRIES[i++];
    if (!want || key !== want[0]) return false;
    if (Array.isArray(want[1]) ? !Array.isArray(value) || value.length !== 0 : value !== want[1]) return false;
  }
  return i === DEFAULT_CRISIS_ENTRIES.length;
}

type Restorer = <T extends { input: unknown; assessment: unknown }>(t: T) => T;

/** Puts back what a queued row left out (in place, where its marker stands); any row passes. */
function restorer(crisisDetail: () => object): Restorer {
  return (t) => {
    const c = (t.input as Input | null)?.context;
    if (c?.user_message === OMITTED && Array.isArray(c.user_messages)) c.user_message = c.user_messages.at(-1);
    const a = t.assessment as AssessmentCells | null;
    if (a?.crisis_detail === OMITTED) a.crisis_detail = crisisDetail();
    return t;
  };
}

const freshDefault = (entries: [string, unknown][]) => () => Object.fromEntries(entries.map(([k, v]) => [k, Array.isArray(v) ? [] : v]));

/** For rows read from SQLite's JSON text: keys in the order they were written. */
export const restoreTrace = restorer(freshDefault(DEFAULT_CRISIS_ENTRIES));

/** For rows read from PostgreSQL's JSONB, which orders an object's keys shorter first, then by bytes. */
export const restoreJsonbTrace = restorer(freshDefault([...DEFAULT_CRISIS_ENTRIES].sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))));

/** The store's batched trace writer: queue a row; flush before reading so a reader sees its writes. */
export interface TraceQueue {
  push(row: TraceWrite): void;
  flush(): Promise<void>;
}
