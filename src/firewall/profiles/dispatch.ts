import { parse } from 'graphql/language/parser.js';
import type { McpAnnotations } from '../types.js';
import { nameIntent, splitName, tokens } from './tool-name.js';
import { obj, type ToolInputs, type ToolProfile } from './types.js';

// Generic tools (`invoke`, `rpc`, `perform`, `do_action`, `tool_call`, `graphql`) do whatever
// operation their arguments name: `invoke {function: "keys.list"}` lists keys and
// `rpc {method: "worker.kill"}` kills a worker. Their own name says nothing, so they are judged by
// the operation's name, as a tool of that name would be (unknown.ts). HTTP verbs are not
// operations here: a request is judged by its URL and body.

const DISPATCHER = /^(?:invoke|rpc|jsonrpc|call|api|tool|tools|perform|do|action|actions|execute|exec|run|operation|op|dispatch|proxy|gateway|function|fn|graphql|gql|generic|raw)$/;
const OP_KEYS = ['function', 'fn', 'operation', 'op', 'action', 'method', 'procedure', 'rpc', 'tool', 'tool_name'];
/** `tool_call {name: "mailer.send_campaign"}`: `name` names the operation only on a tool that calls tools. */
const NAME_KEYS = ['name', 'tool'];
const HTTP_VERB = /^(?:get|head|options|post|put|patch|delete|list|connect|trace)$/i;
const OP_NAME = /^[A-Za-z_][\w.:/-]{1,80}$/;
const GRAPHQL_DOCUMENT = /^\s*(?:query|mutation|subscription)\b|^\s*\{/;

function isDispatcher(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => DISPATCHER.test(w));
}

type Classify = (tool: string, annotations?: McpAnnotations) => ToolProfile;

/**
 * The unknown-tool profile `classify` gives `tool`, and for a dispatcher, its call judged as the
 * call of the operation it names (`invoke {function: "keys.list"}` as a tool `keys.list`), the
 * riskiest of several (a GraphQL mutation's fields). When no operation is named, or any one's name
 * says nothing either, the dispatcher's own guess stands.
 */
export function withDispatch(tool: string, annotations: McpAnnotations | undefined, classify: Classify): ToolProfile {
  const profile = classify(tool, annotations);
  const { server = '', tool: bare } = splitName(tool);
  const words = tokens(bare);
  if (!isDispatcher(words)) return profile;
  const prefix = tool.slice(0, tool.length - bare.length);
  const dispatched = (args: Record<string, unknown>): ToolInputs | null => {
    const ops = dispatchedOperations(words, args);
    if (!ops.length || ops.some((op) => nameIntent(op, server) === null)) return null;
    const [op, inner] = ops.map((o) => [o, classify(prefix + o, annotations)] as const).reduce((a, b) => (b[1].base_risk > a[1].base_risk ? b : a));
    const inputs = inner.extract!(operationArgs(args));
    return { ...inputs, profile: inputs.profile ?? { ...inner, label: `dispatches ${op}, ${inner.label}` } };
  };
  return { ...profile, extract: (args) => dispatched(args) ?? profile.extract!(args) };
}

/**
 * The operations a dispatcher's arguments name: the top-level fields of a GraphQL document (every
 * one of a mutation), or the name under `function`, `operation`, `method`… Empty when none is named.
 */
export function dispatchedOperations(words: readonly string[], args: Record<string, unknown>): string[] {
  const graphql = graphqlFields(args);
  if (graphql) return graphql;
  const keys = words.includes('tool') || words.includes('tools') ? [...OP_KEYS, ...NAME_KEYS] : OP_KEYS;
  for (const key of keys) {
    const v = args[key];
    if (typeof v === 'string' && OP_NAME.test(v) && !HTTP_VERB.test(v)) return [v];
  }
  return [];
}

/** The arguments the operation itself receives: what the dispatcher passes along. */
function operationArgs(args: Record<string, unknown>): Record<string, unknown> {
  return { ...args, ...obj(args.payload), ...obj(args.params), ...obj(args.arguments), ...obj(args.args), ...obj(args.variables), ...obj(args.input) };
}

function graphqlFields(args: Record<string, unknown>): string[] | null {
  const text = [args.query, args.mutation, args.document, args.gql].find((v): v is string => typeof v === 'string' && GRAPHQL_DOCUMENT.test(v));
  if (!text) return null;
  let doc;
  try {
    doc = parse(text, { noLocation: true });
  } catch {
    return null;
  }
  // A query or subscription reads, whatever its fields are called; a mutation does what its fields say.
  const fields: string[] = [];
  let reads = false;
  for (const def of doc.definitions) {
    if (def.kind !== 'OperationDefinition') continue;
    if (def.operation !== 'mutation') reads = true;
    else for (const s of def.selectionSet.selections) if (s.kind === 'Field') fields.push(s.name.value);
  }
  return fields.length ? fields : reads ? ['query'] : null;
}
