import { ruleFor } from '../shell/rules/index.js';
import { isDispatcher, methodFirst } from './dispatch.js';
import { nameIntent, splitName, tokens } from './tool-name.js';
import { obj, type Deferred, type ToolProfile } from './types.js';

// A scheduler, queue or job tool does later what its arguments name, so it is judged by that, as
// if it ran now (as cronjob and CronCreate are by their prompt): an action named with its
// arguments (`action: "issue_refund", params: {…}`; `action: {type: "sql", statement: …}`;
// `job_class: "RefundAllOrdersJob"`; `steps: [{action: "delete_files", params: {…}}]`;
// `action: {tool: "slack.post_message", arguments: {…}}`) is judged as a call of that name with
// those arguments, and a command (`startCommand`, or a task written as a command line,
// `task: "heroku pg:reset …"`) as that command. An action whose name says nothing (`balance_digest`)
// leaves the scheduler's own reading; text that is a sentence is the prompt the tool's profile reads.

/** Names of tools that set up work for later. */
const SCHEDULES = /^(?:schedul\w*|cron\w*|recurring|enqueue\w*|queue\w*|timers?|later|delay\w*|deferred|jobs?|tasks?|automations?|workflows?|reminders?|batch)$/;
/** Where the action is named: at the top of the arguments, and inside each action or step object. */
const TOP_OPS = ['action', 'actions', 'steps', 'step', 'task', 'job', 'job_class', 'jobClass', 'job_name', 'function', 'operation', 'workflow', 'workflow_id', 'handler', 'tool', 'tool_name'];
const INNER_OPS = ['type', 'tool', 'tool_name', 'action', 'function', 'operation', 'name', 'method'];
const ARG_KEYS = ['params', 'parameters', 'args', 'arguments', 'payload', 'data', 'input', 'kwargs', 'body', 'request'];
const COMMAND_KEYS = ['startCommand', 'start_command', 'buildCommand', 'build_command', 'runCommand', 'run_command', 'entrypoint', 'task'];
const OP_NAME = /^[A-Za-z_][\w.:/-]{1,80}$/;
/** Actions that run what their arguments spell out (a statement, a command, a request): judged by those. */
const RUNS_GIVEN = /^(?:sql|query|statement|shell|bash|command|script|http|request|webhook)$/;
const NOT_AN_OP = /^(?:get|head|options|post|put|patch|delete|cron|interval|once|one_off|oneoff|daily|weekly|monthly|hourly|recurring|scheduled|http|https|webhook|request)$/i;

export interface ScheduledCall {
  tool: string;
  args: Record<string, unknown>;
}

/** Whether a tool's name says it sets up work for later (and does not only read or remove it). */
export function schedulesWork(tool: string): boolean {
  const { tool: bare } = splitName(tool);
  const intent = nameIntent(bare);
  return tokens(bare).some((w) => SCHEDULES.test(w)) && intent !== 'read' && intent !== 'destroy';
}

/** The calls a scheduled job will make, named by an action and its arguments. */
export function scheduledCalls(tool: string, args: Record<string, unknown>): ScheduledCall[] {
  const { server } = splitName(tool);
  const prefix = server ? `mcp__${server}__` : '';
  const out: ScheduledCall[] = [];
  const add = (op: string, opArgs: Record<string, unknown>) => {
    const name = methodFirst(op.replace(/(?:Job|Worker|Task)$/, ''));
    // A name that says nothing about its effect leaves the scheduler's own reading, and so does a
    // dispatcher's (`run_action`, `execute`): the operation is then in the prompt the profile reads.
    if (isDispatcher(tokens(name))) return;
    if (out.length < 8 && (nameIntent(name, server ?? '') !== null || tokens(name).some((w) => RUNS_GIVEN.test(w)))) out.push({ tool: prefix + name, args: opArgs });
  };
  const argsAt = (level: Record<string, unknown>, skip: readonly string[]) => {
    const own = Object.fromEntries(Object.entries(level).filter(([k]) => !skip.includes(k) && !ARG_KEYS.includes(k)));
    const nested = ARG_KEYS.map((k) => level[k]).flatMap((v) => (Array.isArray(v) ? v.map(obj) : [obj(v)]));
    return Object.assign(own, ...nested);
  };
  const readObject = (o: Record<string, unknown>) => {
    const op = INNER_OPS.map((k) => o[k]).find(isOp);
    if (op) add(op, argsAt(o, INNER_OPS));
  };
  for (const key of TOP_OPS) {
    const v = args[key];
    if (isOp(v)) add(v, argsAt(args, TOP_OPS));
    else if (Array.isArray(v)) v.forEach((x) => (isOp(x) ? add(x, {}) : readObject(obj(x))));
    else if (v && typeof v === 'object') readObject(obj(v));
  }
  return out;
}

/** Command lines the job will run: a start command, or a task written as a command of a known program. */
export function scheduledCommands(args: Record<string, unknown>): string[] {
  return COMMAND_KEYS.map((k) => args[k]).filter((v): v is string => typeof v === 'string' && /\s/.test(v) && !!ruleFor(v.trim().split(/\s+/)[0]));
}

function isOp(v: unknown): v is string {
  return typeof v === 'string' && OP_NAME.test(v) && !NOT_AN_OP.test(v);
}

/** A scheduling tool's profile, with the calls and commands its arguments name added as deferred work. */
export function withScheduledWork(tool: string, profile: ToolProfile): ToolProfile {
  if (!profile.extract || !schedulesWork(tool)) return profile;
  const extract = profile.extract;
  return {
    ...profile,
    extract: (args) => {
      const inputs = extract(args);
      const via = 'a scheduled job';
      const work: Deferred[] = [...scheduledCalls(tool, args).map((call) => ({ via, call })), ...scheduledCommands(args).map((command) => ({ via, command }))];
      return work.length ? { ...inputs, deferred: [...(inputs.deferred ?? []), ...work] } : inputs;
    },
  };
}
