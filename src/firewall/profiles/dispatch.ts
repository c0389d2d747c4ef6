import { parse } from 'graphql/language/parser.js';
import { routedNameMemo } from '../call-strings.js';
import type { McpAnnotations } from '../types.js';
import { nameIntent, splitName, tokens, VERB } from './tool-name.js';
import { exportsToOwnPlace } from './own-export.js';
import { recordCreated } from './request-record.js';
import { serviceRequestOf } from './service-request.js';
import { judgePlatformApi } from '../rules/platform-api.js';
import { hasEmail, hasPhone } from '../content/identity.js';
import { obj, type ToolInputs, type ToolProfile } from './types.js';

// Generic tools (`invoke`, `rpc`, `perform`, `do_action`, `tool_call`, `graphql`) do whatever
// operation their arguments name: `invoke {function: "keys.list"}` lists keys and
// `rpc {method: "worker.kill"}` kills a worker. Their own name says nothing, so they are judged by
// the operation's name, as a tool of that name would be (unknown.ts). HTTP verbs are not
// operations here: a request is judged by its URL and body, and a read (GET, HEAD, LIST, a POST to a search) of a path
// on the tool's own service (`call_api {method: "GET", path: "/v1/orders"}`) reads that path.
// Hermes spells an MCP server's dispatcher `mcp_<server>_invoke`: the server is the words before it.

const DISPATCHER = /^(?:invoke|rpc|jsonrpc|call|api|tool|tools|perform|do|action|actions|execute|exec|run|operation|op|dispatch|proxy|gateway|function|fn|graphql|gql|generic|raw)$/;
const OP_KEYS = ['function', 'fn', 'operation', 'op', 'action', 'method', 'procedure', 'rpc', 'tool', 'tool_name'];
/** `tool_call {name: "mailer.send_campaign"}`: `name` names the operation only on a tool that calls tools. */
const NAME_KEYS = ['name', 'tool'];
const HTTP_VERB = /^(?:get|head|options|post|put|patch|delete|list|connect|trace)$/i;
const OP_NAME = /^[A-Za-z_][\w.:/-]{1,80}$/;
const GRAPHQL_DOCUMENT = /^\s*(?:query|mutation|subscription)\b|^\s*\{/;
/** Names of tools that send the request they are given (`http_request`, `api_call`). */
const REQUESTER = /^(?:http|https|request|requests|rest|api|call|fetch|curl)$/;
const READ_METHOD = /^(?:get|head|options|list)$/i;
/**
 * The last step of a path that makes a POST a read: search and query endpoints (HubSpot's
 * `/objects/contacts/search`, Elasticsearch's `/_search`, Algolia's `/indexes/x/query`) take their
 * filters as a body, and a quote or estimate prices something without buying it (Wise's `/quotes`).
 */
const READ_PATH_STEP = /^_?(?:search|query|lookup|find|count|estimates?|quotes?|preview|validate|calculate)$/i;
/**
 * Inside an operation that names no verb, the stems of verbs that act: `sendtoaddress`,
 * `dumpprivkey`, `walletpassphrase` are one word each, so the verb table cannot see them.
 */
const ACTING_STEM = /pay|send|transfer|wire|withdraw|deposit|delet|remov|drop|kill|destroy|purge|wipe|dump|sign|import|export|set|stop|creat|updat|writ|post|submit|publish|exec|run|deploy|grant|revok|approv|cancel|close|reset|move|shar|invit|buy|sell|order|book|charg|refund|mint|burn|lock|enabl|disabl|boot|shut|start|key|secret|pass|token|credential|seed|mnemonic|priv|reveal|decrypt|unseal|login|auth|sudo|admin|upload|open|trigger|fire|launch|request|mail|notify|message|invoke|call|apply|rollback|restore|clear|flush|rotate|issue|generate|assign|claim|redeem|swap|bid/;

export function isDispatcher(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => DISPATCHER.test(w) || REQUESTER.test(w));
}

/**
 * The tool dispatches whatever its arguments name (`call_api`, `mcp__crm__invoke`, Hermes'
 * `mcp_towerops_call_api`). A function of the name alone, asked four times a call by the
 * substitutes (serviceRequestOf and urlRequestOf, for the money envelope and the service message):
 * ~0.5 µs a call warm before perf-r27, so remembered per name.
 */
export const isDispatcherTool: (tool: string) => boolean = routedNameMemo((tool) => dispatcherName(tool) !== null);

/**
 * The server and dispatcher words of a tool: `mcp__crm__invoke` and `crm__invoke` by the `__`
 * convention, Hermes' `mcp_crm_call_api` by its trailing dispatcher words after the server's.
 */
function dispatcherName(tool: string): { server: string; words: string[]; prefix: string } | null {
  const { server = '', tool: bare } = splitName(tool);
  const words = tokens(bare);
  if (isDispatcher(words)) return { server, words, prefix: tool.slice(0, tool.length - bare.length) };
  const m = /^mcp_([a-z0-9-]+(?:_[a-z0-9-]+)*?)_((?:[a-z]+_)*[a-z]+)$/i.exec(tool);
  if (!server && m && isDispatcher(tokens(m[2]))) return { server: m[1], words: tokens(m[2]), prefix: `${m[1]}__` };
  return null;
}

/** What one looks at: states, measures, listings and plans (`accounts.balance`, `kiln.readings`, `fittings.calendar`). */
const LOOKED_AT = /^(?:balances?|readings?|status|state|calendar|availability|summary|manifest|forecasts?|fees?|report|history|details|info|stats|statistics|metrics|usage|levels?|totals?|counts?|overview|timetable|roster|rota|inventory|stock|prices?|rates?|weather|temperature|telemetry|health|uptime|agenda|feed|catalog|catalogue|impact)$/;
/** JSON-RPC's one-word getters (`getbalance`, `listunspent`, `estimatesmartfee`). */
const ONE_WORD_GETTER = /^(?:get|list|estimate|describe|count|show)[a-z]{3,}$/;

/** An operation named only by what it returns: no verb, no acting stem, and a thing one looks at. */
function namesAThing(op: string): boolean {
  const t = tokens(op);
  return nameIntent(op) === null && !ACTING_STEM.test(op.toLowerCase().replace(/^(?:get|list|estimate|describe|count|show)/, '')) && (LOOKED_AT.test(t[t.length - 1] ?? '') || ONE_WORD_GETTER.test(op));
}

/**
 * `payouts.list`, `sms.send`: a dotted operation names its resource first and its method last, so
 * it is judged as `list_payouts` would be (a read of payouts, not a payout), when the method is a verb.
 */
export function methodFirst(op: string): string {
  const parts = op.split(/[.:/]/).filter(Boolean);
  if (parts.length < 2) return op;
  const method = parts[parts.length - 1];
  const verb = tokens(method)[0] ?? '';
  // `item.list` enumerates items: `list_item` would put one up for sale (tool-name.ts), `list_all_item` says what it does.
  if (/^list$/i.test(method)) return [method, 'all', ...parts.slice(0, -1)].join('_');
  return Object.values(VERB).some((re) => re.test(verb)) ? [method, ...parts.slice(0, -1)].join('_') : op;
}

/** An operation that changes a policy, an approval or who may do what keeps the dispatcher's own caution. */
const SAFETY_OBJECT = /polic|approv|guard|permi|gate|rule|role|access|auth|mfa|2fa|protect|audit/;

type Classify = (tool: string, annotations?: McpAnnotations) => ToolProfile;

/**
 * The unknown-tool profile `classify` gives `tool`, and for a dispatcher, its call judged as the
 * call of the operation it names (`invoke {function: "keys.list"}` as a tool `keys.list`), the
 * riskiest of several (a GraphQL mutation's fields). When no operation is named, or any one's name
 * says nothing either, the dispatcher's own guess stands.
 */
export function withDispatch(tool: string, annotations: McpAnnotations | undefined, classify: Classify): ToolProfile {
  const profile = classify(tool, annotations);
  const name = dispatcherName(tool);
  if (!name) return profile;
  const { server, words, prefix } = name;
  const dispatched = (args: Record<string, unknown>): ToolInputs | null => {
    const ops = dispatchedOperations(words, args);
    if (!ops.length) return readRequest(args, annotations, classify) ?? recordRequest(tool, server, args, annotations, classify);
    const intentOf = (op: string) => nameIntent(methodFirst(op), server);
    // An export into the user's own storage says what it does even though `export` is no verb of the table.
    const known = (op: string) => intentOf(op) !== null || namesAThing(op) || exportsToOwnPlace(tokens(op), operationArgs(args));
    if (ops.some((op) => !known(op) || (intentOf(op) !== 'read' && SAFETY_OBJECT.test(op.toLowerCase())))) return null;
    // A getter named by its thing is judged as `get_<thing>` would be.
    const named = ops.map((o) => [o, classify(prefix + (namesAThing(o) ? `get_${o}` : methodFirst(o)), annotations)] as const);
    const [op, inner] = named.reduce((a, b) => (b[1].base_risk > a[1].base_risk ? b : a));
    const inputs = inner.extract!(operationArgs(args));
    return { ...inputs, profile: inputs.profile ?? { ...inner, label: `dispatches ${op}, ${inner.label}` } };
  };
  return { ...profile, extract: (args) => dispatched(args) ?? profile.extract!(args) };
}

/**
 * A read request (GET, HEAD, LIST, or a POST to a search, query or quote endpoint) addressed by a path on the tool's own service: judged as a read
 * of that path (a secret's value is still a secret read), with the arguments a read tool gets.
 * A full URL is left to the URL rules (where it goes and what its query carries).
 */
function readRequest(args: Record<string, unknown>, annotations: McpAnnotations | undefined, classify: Classify): ToolInputs | null {
  const method = args.method ?? args.http_method ?? args.verb;
  const path = args.path ?? args.endpoint ?? args.route;
  if (typeof method !== 'string' || typeof path !== 'string' || !path.startsWith('/') || /^\/\//.test(path)) return null;
  const step = path.split('?')[0].replace(/\.json$/i, '').split('/').filter(Boolean).pop() ?? '';
  if (!READ_METHOD.test(method) && !(/^post$/i.test(method) && READ_PATH_STEP.test(step))) return null;
  // Without the server's name: which path is read decides (a vault server's metadata path holds names).
  // The read-only and destructive hints describe the dispatcher, which can do anything (`call_api`
  // is honestly not read-only); this call's method says what it does, so only the open-world hint stays.
  const read = classify('get_resource', annotations && { openWorldHint: annotations.openWorldHint });
  const inputs = read.extract!(Object.fromEntries(Object.entries(args).filter(([k]) => !['path', 'endpoint', 'route'].includes(k))));
  return { ...inputs, reads: [...(inputs.reads ?? []), path.split('?')[0]], profile: inputs.profile ?? { ...read, label: `${method.toUpperCase()} ${path.split('?')[0]}, a read on the tool's own service` } };
}

/**
 * A request that creates a record (an issue, a task, a page, a comment, a dashboard) in a tool on
 * the tool's own service (request-record.ts): judged as a tool named for that operation on that
 * service would be (`call_api {service: "jira", method: "POST", path: "/rest/api/3/issue"}` as
 * `jira__create_issue`), with the body as its arguments. A path naming a safety object, people's
 * addresses or numbers in the body, or a write a platform rule holds (a production deploy) keeps
 * the dispatcher's own caution.
 */
function recordRequest(tool: string, server: string, args: Record<string, unknown>, annotations: McpAnnotations | undefined, classify: Classify): ToolInputs | null {
  const request = serviceRequestOf(tool, args);
  const op = request ? recordCreated(request.method, request.path) : null;
  if (!request || !op || SAFETY_OBJECT.test(request.path.toLowerCase())) return null;
  const body = JSON.stringify(request.body);
  // People's addresses or numbers handed to a service (a mailing list import) are judged as the hand-over they are.
  if (hasEmail(body) || hasPhone(body) || (request.url && judgePlatformApi(request.url, request.method, body))) return null;
  const service = typeof args.service === 'string' && /^[a-z][\w-]{1,40}$/i.test(args.service) ? args.service : server;
  const inner = classify(`${service ? `${service}__` : ''}${op}`, annotations);
  const inputs = inner.extract!(request.body);
  return { ...inputs, profile: inputs.profile ?? { ...inner, label: `sends ${request.method} ${request.path}, ${inner.label}` } };
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

/** A request's body, sent as an object or as JSON text (`call_api {path: "/graphql", body: {query}}`). */
function bodyOf(args: Record<string, unknown>): Record<string, unknown> {
  if (typeof args.body !== 'string') return obj(args.body);
  try {
    return obj(JSON.parse(args.body));
  } catch {
    return {};
  }
}

function graphqlFields(args: Record<string, unknown>): string[] | null {
  const body = bodyOf(args);
  const text = [args.query, args.mutation, args.document, args.gql, body.query].find((v): v is string => typeof v === 'string' && GRAPHQL_DOCUMENT.test(v));
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
