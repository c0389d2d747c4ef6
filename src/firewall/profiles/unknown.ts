import { personalDataQuery } from '../content/bulk-export.js';
import { finding, type Finding } from '../rules/finding.js';
import { judgeAccessTool } from '../rules/access-tools.js';
import { credentialCare } from '../rules/credential-care.js';
import { sendsToOptedOut } from '../rules/opted-out.js';
import { secretStoreRead } from '../rules/secret-reveal.js';
import { judgeInfraTool } from '../rules/infra-tools.js';
import { judgePlatformApi } from '../rules/platform-api.js';
import { judgeStopAsking } from '../rules/tampering.js';
import { ruleFor } from '../shell/rules/index.js';
import { COLLECTOR_HOST, DUMMY_PAYLOAD, isLocalUrl } from '../rules/urls.js';
import type { McpAnnotations } from '../types.js';
import { argStrings } from '../arg-strings.js';
import { CONTENT_OP, descriptiveEdit } from './descriptive-edit.js';
import { dockerToolCommand, kubeToolCommand } from './cli-tools.js';
import { withDispatch } from './dispatch.js';
import { dryRunOnly, entriesOneDown } from './dry-run.js';
import { endsEphemeral } from './ephemeral.js';
import { LIVE_VALUE, testOnly } from './test-mode.js';
import { exportsToOwnPlace } from './own-export.js';
import { ACTION_VERB, nameIntent, splitName, tokens, VERB, type Intent } from './tool-name.js';
import { outboundOf, TEXT_KEYS } from './extract.js';
import { obj, p, PATHS, str, strs, type ToolInputs, type ToolKind, type ToolProfile } from './types.js';

// A tool no profile knows: classified from the verbs in its name, the shape of its arguments and
// its MCP annotations, with a confidence that says how much was guessed. A read runs; a name with
// no signal lands in the confidence band and asks. Annotations raise caution freely; they lower it
// only when the name and arguments agree (a "read-only" tool named delete_* is not believed).

const CONF = { named: 0.6, annotated: 0.75, none: 0.35 };
/** Destroy verbs whose object does not survive (unlike archive, close, disable, suspend). */
const REMOVES = /^(?:delete|del|remove|rm|drop|destroy|purge|wipe|truncate|erase|terminate|cancel|revoke|uninstall|nuke|unlink|ban|deprovision)$/;
const LABEL: Record<Intent, string> = {
  read: 'name says it reads', create: 'name says it adds something', write: 'name says it changes something',
  destroy: 'name says it deletes or stops something', send: 'name says it sends something', finance: 'name says it moves money',
  exec: 'name says it runs or deploys something', schedule: 'name says it schedules work', delegate: 'name says it hands work to another agent',
  handoff: 'hands the conversation to another agent',
};

function hasHints(a?: McpAnnotations): a is McpAnnotations {
  return !!a && ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'].some((k) => typeof (a as Record<string, unknown>)[k] === 'boolean');
}

export const unknownProfile = (tool: string, annotations?: McpAnnotations): ToolProfile => withDispatch(tool, annotations, classify);

function classify(tool: string, annotations?: McpAnnotations): ToolProfile {
  const { server, tool: bare } = splitName(tool);
  const intent = nameIntent(bare, server ?? '');
  const source = tool.startsWith('mcp__') || hasHints(annotations) ? 'mcp' : 'unknown';
  const who = source === 'mcp' ? 'MCP tool' : 'unknown tool';
  const a = hasHints(annotations) ? annotations : undefined;
  const conflict = a?.readOnlyHint === true && !!intent && ['destroy', 'send', 'finance', 'exec'].includes(intent);
  const ann = a ? ` (annotated${a.readOnlyHint ? ' read-only' : ''}${a.destructiveHint ? ' destructive' : a.destructiveHint === false ? ' non-destructive' : ''}${a.openWorldHint === false ? ' closed-world' : a.openWorldHint ? ' open-world' : ''}${conflict ? ', which its name contradicts' : ''})` : '';
  const named = { tool: bare, server: server ?? '', intent, source, who } as const;
  const mk = (kind: ToolKind, cls: ToolProfile['class'], base: number, reversible: boolean, conf: number, extra: Partial<ToolProfile> = {}) =>
    p(source, kind, cls, `${who} whose ${intent ? LABEL[intent] : 'name says nothing about its effect'}${ann}`, { base_risk: base, reversible, confidence: conf, path_args: PATHS, extract: (args) => unknownInputs(args, kind, cls, named), ...extra });

  if (intent === 'finance') return mk('finance', 'critical', 0.8, false, 0.6, { outbound: true });
  // The MCP spec defaults destructiveHint to true for every tool not marked read-only, so on a tool
  // whose name only reads (no action verb anywhere in it) the hint is the server's default, not a
  // statement; arguments that ask to purge or delete are still judged (unknownInputs).
  const onlyReads = intent === 'read' && !tokens(bare).some((w) => ACTION_VERB.test(w) || VERB.destroy.test(w));
  if (onlyReads && a?.destructiveHint === true && a.readOnlyHint !== true) return mk('read', 'read_only', 0.05, true, 0.6);
  // A non-destructive hint is believed for verbs that keep the thing (archive, close, disable), not
  // for verbs that remove it: a deleted customer or a removed member is gone whatever the server says.
  const removes = tokens(bare).some((w) => REMOVES.test(w));
  if (a?.destructiveHint === true && a.readOnlyHint !== true || intent === 'destroy' && (a?.destructiveHint !== false || removes)) {
    return mk('generic', 'critical', 0.7, false, a ? CONF.annotated : CONF.named);
  }
  if (intent === 'send') return mk('message', 'external', 0.45, false, a ? CONF.annotated : CONF.named, { outbound: true });
  if (intent === 'exec') return mk('generic', 'external', 0.5, false, a ? 0.6 : 0.5);
  if (intent === 'schedule' || intent === 'delegate') return mk(intent, 'external', 0.2, true, 0.6);
  if (intent === 'handoff') {
    // A handoff carries the conversation, and often a note of what the next agent should do.
    const via = `the agent ${bare.replace(/^transfer_to_/, '')}`;
    return mk('delegate', 'read_only', 0.03, true, 0.8, {
      extract: (args) => {
        const note = strs(args, 'reason', 'input', 'instructions', 'task', 'message', 'goal', 'summary').join('\n');
        return { deferred: [{ via, fromConversation: true }, ...(note ? [{ via, prompt: note }] : [])] };
      },
    });
  }
  if (a?.readOnlyHint === true && !conflict) return mk('read', 'read_only', 0.03, true, intent === 'read' || !intent ? 0.85 : 0.7);
  if (intent === 'read' && a?.readOnlyHint !== false) return mk('read', 'read_only', 0.05, true, a ? 0.8 : CONF.named);
  if (intent === 'destroy') return mk('generic', 'local_edit', 0.35, true, CONF.annotated);
  if (intent === 'create' || intent === 'write') {
    const open = a?.openWorldHint !== false;
    const safe = a?.destructiveHint === false || a?.idempotentHint === true;
    const base = intent === 'create' ? (safe ? 0.1 : 0.18) : safe ? 0.2 : 0.32;
    return mk('generic', open ? 'external' : 'local_edit', base, true, a ? CONF.annotated : CONF.named);
  }
  if (a) {
    const destructive = a.destructiveHint !== false;
    const open = a.openWorldHint !== false;
    return mk('generic', open ? 'external' : 'local_edit', destructive ? 0.62 : open ? 0.35 : 0.15, !destructive, 0.6);
  }
  // No signal at all: middle of the band with low confidence, so the confidence threshold asks.
  return mk('generic', 'external', 0.35, true, CONF.none);
}

const SQL = /^\s*(select|insert|update|delete|drop|create|alter|truncate|with|grant|revoke|merge|replace|upsert|explain|show|describe)\b/i;
const READ_SQL = /^\s*(select|explain|show|describe|with\s+\w+\s+as\s*\((?![\s\S]*\b(insert|update|delete)\b)[\s\S]*\)\s*select)\b/i;
const SHELLISH_KEYS = ['command', 'cmd', 'shell', 'bash', 'script', 'cli_command', 'command_line', 'cmdline'];

/** Who is asking: the tool's bare name, its server, what the name says and how the profile is labelled. */
export interface NamedTool {
  tool: string;
  server: string;
  intent: Intent | null;
  source: ToolProfile['source'];
  who: string;
  /** The arguments say the call only rehearses (dry-run.ts): judged as the read it is. */
  rehearsal?: boolean;
}

/** Tools that set up work to run later, on triggers: zaps, workflows, automations, rules. */
const AUTOMATION = /^(?:zap|zaps|workflow|workflows|automation|automations|flow|flows|trigger|triggers|recipe|recipes|scenario|scenarios|routine|routines|playbook|applet)$/;

/** Instructions nested in an automation's steps ("steps": [{"instructions": "Text the new contact…"}]). */
function nestedPrompts(v: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 4 || out.length > 16 || !v || typeof v !== 'object') return out;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === 'string' && depth > 0 && /^(?:prompt|goal|task|instructions?|message|text|body|template|action)$/i.test(k) && /\s/.test(x)) out.push(x);
    else if (x && typeof x === 'object') nestedPrompts(x, depth + 1, out);
  }
  return out;
}

const SAFETY_SETTING = /^(?:guardrail|guardrails|approval|approvals|safety|moderation|protection|protections|confirmation|confirmations|review|reviews)$/;
const ON_VALUE = /^(?:always|always_ask|ask|required|require|strict|enabled|enforce|enforced|on|block|deny|manual|true)$/i;
const OFF_VALUE = /^(?:never|none|off|disabled?|false|auto|auto_approve|allow|allow_all|skip|bypass|permissive|0)$/i;

const TIGHTENING_KEY = /enabled|require|enforce|dismiss_stale|strict|on$/i;
const LOOSENING_KEY = /allow|skip|bypass|disable|auto_?approve|ignore|dangerous/i;
/** How many approvals or reviews a change needs: one or more is a check. */
const COUNT_KEY = /(?:review|approv|reviewer|approver)\w*_count$|^(?:min|required)_\w*(?:reviews?|approv\w*|reviewers?|approvers?)$/i;

/** Every setting names a check or turns one on; none is emptied, switched off or set to never ask. */
function tightensOnly(args: Record<string, unknown>): boolean {
  let on = false;
  for (const [k, v] of Object.entries(args)) {
    if (v === false || (Array.isArray(v) && v.length === 0)) return false;
    const values = Array.isArray(v) ? v : [v];
    for (const x of values) {
      if (typeof x === 'string' && OFF_VALUE.test(x)) return false;
      // `allow_force_pushes: true`, `skip_checks: true` loosen; a required count of 0 requires nothing.
      if (x === true && LOOSENING_KEY.test(k)) return false;
      if (typeof x === 'number' && COUNT_KEY.test(k) && x < 1) return false;
      if ((typeof x === 'string' && ON_VALUE.test(x)) || (x === true && TIGHTENING_KEY.test(k)) || (typeof x === 'number' && COUNT_KEY.test(k)) || (Array.isArray(v) && typeof x === 'string' && x)) on = true;
    }
  }
  return on;
}

const SETTINGS_NOUN = /^(?:settings?|config|configuration|preferences?|prefs|options)$/;
/** Words that name a check, a permission, who can reach what, or what the agent may run or spend. */
const CHECK_WORD = /approv|guard|review|permi|protect|sandbox|secur|audit|mfa|2fa|two.?factor|auth|passw|access|role|admin|owner|visib|public|privacy|private|shar|allow|deny|block|confirm|moderat|safe|polic|limit|spend|budget|trust|exempt|firewall|encrypt|log|alert|monitor|scan|verif|enforce|requir|\btoken\b|api_?key|secret|credential|webhook|url|endpoint|domain|member|invite|tool|exec|command|shell|autonom|human|consent|retention|delet|backup|payment|pay|bank|hook/i;
/** Keys that only say which record is meant: `{key: "theme", value: "dark"}` is judged by its values. */
const HANDLE_KEY = /^(?:key|value|name|scope|agent|agent_id|assistant|assistant_id|user|user_id|id|settings|config|preferences|model_settings)$/i;

/** Whether any key or string value (nested, bounded) of a settings call names a check. */
function namesACheck(name: string, v: unknown, depth = 0): boolean {
  if (depth === 0 && CHECK_WORD.test(name)) return true;
  if (depth > 4) return true;
  if (typeof v === 'string') return CHECK_WORD.test(v);
  if (Array.isArray(v)) return v.some((x) => namesACheck(name, x, depth + 1));
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => (!HANDLE_KEY.test(k) && CHECK_WORD.test(k)) || namesACheck(name, x, depth + 1));
  return false;
}

const TICKET = /^(?:issue|issues|ticket|tickets|task|tasks|card|cards|story|stories|bug|bugs|todo|item)$/;
/** Issue text addressed to an agent or bot that picks it up ("@copilot", "[bot]", "when this is picked up"). */
const FOR_AN_AGENT = /(?:^|[\s(\[])@(?:copilot|devin|claude|codex|jules|sweep|cursor|[\w-]*(?:bot|agent|assistant|automation|ai))\b|\[(?:agent|bot|automation|ai)(?:[- ]\w+)?\]|\b(?:copilot|coding agent|ai agent|automation bot|ops bot|[\w-]*bot|[\w-]*-agent|ai|assistant)\s*:|\bwhen (?:this is|this gets|you) pick(?:ed)? (?:this |it )?up\b/i;
/** An assignee that is an agent or bot: the task is its prompt. */
const AGENT_ASSIGNEE = /(?:^|[\s@_-])(?:copilot|devin|codex|claude|jules|bot|agent|assistant|ai|automation)(?:$|[\s_-])/i;

/** Names of tools that exist to run what they are given: a command, a query, an HTTP request. */
const RUNS_COMMANDS = /^(?:run|exec|execute|shell|bash|sh|terminal|command|cmd|console|cli|script)$/;
const RUNS_QUERIES = /^(?:query|sql|execute|exec|run|select|statement|db|database|postgres|mysql|sqlite)$/;
const RUNS_REQUESTS = /^(?:http|https|request|fetch|api|call|webhook|rest|curl|get|post|put|patch)$/;
const PASSIVE_INTENTS = new Set<Intent | null>([null, 'exec', 'read', 'write', 'create']);

/** What an unknown tool's arguments reveal, read the same way whatever the tool is called. */
export function unknownInputs(args: Record<string, unknown>, kind: ToolKind, cls: ToolProfile['class'], named?: NamedTool): ToolInputs {
  // A dry run, preview or report of any action answers with what it would do: read as a read,
  // so nothing it names (production, public access, a purge) is about to happen.
  if (named && !named.rehearsal && named.intent !== 'read' && kind !== 'schedule' && kind !== 'delegate' && dryRunOnly(args)) {
    const inputs = unknownInputs(args, 'read', 'read_only', { ...named, intent: 'read', rehearsal: true });
    return { ...inputs, profile: inputs.profile ?? p(named.source, 'read', 'read_only', `${named.who} whose arguments say it only rehearses (dry run, preview or report)`, { base_risk: 0.05, confidence: 0.85 }) };
  }
  const out: ToolInputs = { findings: [] };
  // A queued or scheduled job's payload is the call it will make: judged as if it were made now.
  const payload = kind === 'schedule' ? { ...obj(args.payload), ...obj(args.data), ...obj(args.job), ...obj(args.task), ...obj(args.body) } : {};
  const flat = { ...args, ...obj(args.action), ...obj(args.params), ...obj(args.arguments), ...obj(args.input), ...payload };
  const words = named ? tokens(named.tool) : [];
  // `http_post`, `webhook_post`: named for the request they send, so judged by where and what, as `http_request` is.
  const requestTool = words.length > 0 && words.every((w) => RUNS_REQUESTS.test(w));
  const passive = !!named && (PASSIVE_INTENTS.has(named.intent) || requestTool) && kind !== 'schedule' && kind !== 'delegate';
  // `command: "replace_content"` on a page tool names the edit it makes, not a program to run.
  const runner = words.some((w) => RUNS_COMMANDS.test(w));
  const commands = strs(flat, ...SHELLISH_KEYS).filter((c) => (/\s/.test(c) || /^[a-z][\w.-]*$/.test(c)) && (runner || !CONTENT_OP.test(c)));
  if (commands.length) {
    out.commands = commands;
    // A tool that exists to run commands is judged by the command, not by guesses about its name.
    // So is one named for the CLI it wraps (`call_aws`, `run_gcloud_command`), whatever its hints say.
    const cliTool = words.some((w) => !!ruleFor(w)) && words.every((w) => RUNS_COMMANDS.test(w) || /^(?:call|invoke|use|tool)$/.test(w) || !!ruleFor(w));
    if ((passive && words.some((w) => RUNS_COMMANDS.test(w))) || (!!named && cliTool)) out.profile = p(named!.source, 'shell', 'local_edit', `${named!.who} that runs the command it is given (judged by the command)`, { base_risk: 0.05, confidence: 0.85 });
  }
  // A Kubernetes tool is the kubectl command of the same name, in the namespace its arguments give.
  const kube = named && named.intent !== 'read' && !commands.length ? kubeToolCommand(words, flat) ?? dockerToolCommand(words, flat) : null;
  if (kube) {
    out.commands = [kube];
    out.profile = p(named!.source, 'shell', 'local_edit', `${named!.who} that stands for \`${kube}\` (judged as that command)`, { base_risk: 0.05, confidence: 0.85 });
  }
  const code = str(flat, 'code', 'source_code');
  if (code) out.code = [{ code, language: str(flat, 'language', 'lang') }];
  const sql = strs(flat, 'sql', 'query', 'statement').filter((s) => SQL.test(s));
  if (sql.length) {
    // The database behind an MCP or app tool is the service's own, not a local scratch database.
    const where = str(flat, 'database', 'db', 'host', 'connection', 'dsn') ?? `${named?.server || named?.tool || 'the tool'}'s database`;
    out.sql = sql.map((s) => ({ sql: s, where }));
    const reads = sql.every((s) => READ_SQL.test(s));
    // The label follows the arguments: a SELECT through a tool annotated destructive is a read.
    if (passive && !out.profile && (reads || words.some((w) => RUNS_QUERIES.test(w)))) {
      out.profile = p(named!.source, reads ? 'read' : 'generic', reads ? 'read_only' : 'external', `${named!.who} that runs the SQL it is given (judged by the statement)`, { base_risk: reads ? 0.03 : 0.1, confidence: 0.85 });
    }
  }
  const method = (str(flat, 'method', 'http_method') ?? (requestTool ? words.find((w) => /^(?:post|put|patch)$/.test(w)) : undefined) ?? '').toUpperCase();
  // A URL is fetched whichever argument holds it (`src`, `image_url`), and a GET's query object
  // (`params: {email, dob}`) travels in it: both are judged as the URL that goes out.
  const keyed = strs(flat, 'url', 'urls', 'uri', 'href', 'link', 'endpoint', 'webhook', 'webhook_url', 'callback_url');
  const loose = Object.values(flat).filter((v): v is string => typeof v === 'string' && !/\s/.test(v));
  const query = !method || method === 'GET' ? { ...obj(args.params), ...obj(args.query) } : {};
  const urls = [...new Set([...keyed, ...loose])].filter((u) => /^(https?|wss?):\/\//.test(u)).map((u) => withQuery(u, query));
  if (urls.length) out.urls = urls;
  if (urls.length && /^(POST|PUT|PATCH|DELETE)$/.test(method)) {
    const f: Finding[] = out.findings!;
    const money = urls.some((u) => /\/(payments?|transfers?|payouts?|charges|wires?|remittances?)(\/|\?|$)/i.test(u));
    const body = strs(flat, 'body', 'body_from', 'data', 'payload', 'json', 'query', 'content', 'source').concat(['body', 'json', 'payload', 'data'].map((k) => flat[k]).filter((v) => v && typeof v === 'object').map((v) => JSON.stringify(v))).join('\n');
    const outside = urls.filter((u) => !isLocalUrl(u));
    const exported = outside.length ? personalDataQuery(body) : null;
    const collector = outside.find((u) => COLLECTOR_HOST.test(hostOf(u)));
    if (money) f.push(finding(0.85, 'critical', false, 'money_movement', `will ${method} to a payments endpoint (${urls[0]})`));
    else if (exported) f.push(finding(0.8, 'critical', false, 'personal_data', `will ${method} a bulk export of people's data (${exported}) to ${hostOf(outside[0])}`));
    else if (collector && body.trim() && !DUMMY_PAYLOAD.test(body)) f.push(finding(0.82, 'critical', false, 'exfiltration', `will ${method} data to ${hostOf(collector)}, a paste, file-drop or request-capture service`));
    // A heartbeat or trigger without a body sends nothing but the fact that it ran.
    else f.push(finding(body.trim() ? 0.45 : 0.3, 'external', false, 'network_send', `will ${method} to ${urls[0]}`));
    for (const u of outside) {
      const platform = judgePlatformApi(u, method);
      if (platform) f.push(platform);
    }
    if (passive && !out.profile && words.some((w) => RUNS_REQUESTS.test(w))) out.profile = p(named!.source, 'web', 'external', `${named!.who} that sends the HTTP request it is given (judged by where and what)`, { base_risk: 0.2, reversible: false, confidence: 0.8 });
  } else if (urls.length && passive && !out.profile && words.some((w) => RUNS_REQUESTS.test(w)) && (!method || method === 'GET' || method === 'HEAD')) {
    out.profile = p(named!.source, 'web', 'read_only', `${named!.who} that fetches the URL it is given`, { base_risk: 0.03, confidence: 0.8 });
  }
  // A tool that deletes one named file (`delete_file {path}`) is judged by that path, as `rm` is.
  const deletedFile = named && !out.profile && named.intent === 'destroy' ? fileDeletion(words, flat) : null;
  if (deletedFile) {
    out.profile = p(named!.source, 'generic', 'local_edit', `${named!.who} that deletes the file it names (judged by its path, as rm is)`, { base_risk: 0.1, reversible: false, confidence: 0.85 });
    out.writes = [{ path: deletedFile, op: 'delete' }];
  }
  // Taking a label or reaction off, binning the user's own unsent draft, moving items to the trash:
  // each is undone in a click and reaches nobody, unlike deleting the thing itself.
  if (named && cls === 'critical' && kind === 'generic' && !out.profile && undoableRemoval(words, flat)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} that removes a label, reaction, unsent draft, temporary or cached file, or moves items to the trash (undoable)`, { base_risk: 0.12, reversible: true, confidence: 0.8 });
  }
  const ends = named && cls === 'critical' && kind === 'generic' && !out.profile ? endsEphemeral(words, flat) : null;
  if (ends) out.profile = p(named!.source, 'generic', 'local_edit', `${named!.who} that ${ends}`, { base_risk: 0.12, reversible: true, confidence: 0.8 });
  // A tool guessed to pay or run something, whose name or arguments say it is a draft, a link, a
  // sandbox or test run: it moves nothing and ships nothing until someone acts on it.
  if (named && (named.intent === 'finance' || named.intent === 'exec') && !out.profile && rehearsal(words, flat)) {
    out.profile = p(named.source, 'generic', 'external', `${named.who} whose name or arguments say it is a draft, link, sandbox or test run`, { base_risk: 0.15, reversible: true, confidence: 0.8 });
  }
  if (named && !out.profile && exportsToOwnPlace(words, flat)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} that exports into the user's own storage (their drive, workspace or home folder)`, { base_risk: 0.08, reversible: true, confidence: 0.8 });
  }
  // Removing or voiding in a processor's test mode, a sandbox, a training till or a scratch database
  // on this machine touches no real customer, sale or data (dev and staging keep their reading here).
  if (named && (named.intent === 'destroy' || named.intent === null) && !out.profile && testOnly(flat)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} whose arguments say it acts in a test mode, sandbox, training mode or on this machine`, { base_risk: 0.1, reversible: true, confidence: 0.8 });
  }
  const care = named ? credentialCare(words, flat) : null;
  if (named && care && !out.profile) out.profile = p(named.source, 'generic', 'external', `${named.who} that ${care}`, { base_risk: 0.15, reversible: true, confidence: 0.8 });
  // A read of a secrets store returns the value itself: it is judged by that, whatever the hints say.
  const secret = named && (named.intent === 'read' || named.intent === null) ? secretStoreRead(words, named.server, flat) : null;
  if (secret) out.findings!.push(secret);
  if (named) {
    const strings = argStrings(flat);
    out.findings!.push(...judgeInfraTool({ tokens: words, intent: named.intent, strings }), ...(care ? [] : judgeAccessTool(words, named.intent, strings)));
  }
  // A scheduled action spelled out as a request or a command is known, not guessed: judged as it is.
  if (named && (kind === 'schedule' || /cron|schedul|timer|job/i.test(`${named.server} ${named.tool}`)) && !out.profile && ((urls.length && method) || commands.length)) {
    out.profile = p(named.source, 'schedule', cls === 'read_only' ? 'local_edit' : cls, `${named.who} that schedules the request or command it spells out`, { base_risk: 0.1, confidence: 0.8 });
  }
  const paths = strs(flat, ...PATHS, 'paths', 'source', 'destination');
  if (paths.length) {
    if (cls === 'read_only') out.reads = paths;
    else out.writes = paths.map((path) => ({ path, op: kind === 'generic' && cls === 'critical' ? 'delete' : 'write', content: str(flat, 'content', 'text') }));
  }
  // Text handed to a messaging, payment or other open-world service leaves this machine.
  if (kind === 'message' || kind === 'finance' || cls === 'external') {
    const o = outboundOf(flat);
    // A reply to a review is posted under the review, for everyone who reads it.
    if (o && !o.recipient && words.some((w) => /^reviews?$/.test(w)) && words.some((w) => VERB.send.test(w))) o.recipient = 'everyone reading the review';
    if (o?.text || o?.attachments || kind !== 'generic') out.outbound = o;
  }
  const automation = words.some((w) => AUTOMATION.test(w)) || /zapier|make|n8n|ifttt|automat|workflow/i.test(named?.server ?? '');
  // An automation step named for paying or refunding ("action": "issue_refund") moves money every
  // time its trigger fires, with nobody approving each one.
  const payStep = automation && kind !== 'read' ? argStrings(args).find((v) => /^[a-z][a-z_.-]{2,40}$/i.test(v) && nameIntent(v) === 'finance') : undefined;
  if (payStep) out.findings!.push(finding(0.8, 'critical', false, 'money_movement', `sets up an automation whose step "${payStep}" moves money each time it triggers`));
  const optedOut = kind === 'message' || kind === 'schedule' || automation ? sendsToOptedOut(args) : null;
  if (optedOut) out.findings!.push(optedOut);
  // A helper agent exposed as a tool takes its task as `input` (the Agents SDK's agent-as-tool shape).
  const prompt = [...strs(flat, 'prompt', 'goal', 'task', 'instructions', 'instruction', 'task_prompt', 'payload_message', ...(kind === 'delegate' ? ['input'] : [])), ...(automation ? nestedPrompts(args) : [])].join('\n');
  if (prompt && (kind === 'schedule' || kind === 'delegate' || automation || cls !== 'read_only')) out.deferred = [{ via: kind === 'schedule' ? 'a scheduled task' : automation ? 'an automation' : 'another agent', prompt }];
  // An issue or ticket addressed to a coding agent or bot is a prompt it will act on unwatched.
  const ticket = named && kind !== 'read' && words.some((w) => TICKET.test(w)) ? strs(flat, 'title', 'summary', 'name', 'body', 'description', 'text', 'content').join('\n') : '';
  const assignee = strs(flat, 'assignee', 'assignee_id', 'assigneeId', 'assignees', 'owner_name').join(' ');
  if (ticket && (FOR_AN_AGENT.test(ticket) || AGENT_ASSIGNEE.test(assignee))) (out.deferred ??= []).push({ via: 'the agent or bot the ticket is addressed to', prompt: ticket });
  // A guardrail or approval setting whose every value turns a check on is the user adding caution.
  if (named && (named.intent === 'write' || named.intent === 'create') && !out.profile && words.some((w) => SAFETY_SETTING.test(w)) && tightensOnly(args)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} that turns safety checks or approvals on`, { base_risk: 0.08, confidence: 0.8 });
  }
  // A settings tool whose every key and value names no check (tone, language, time zone, model,
  // theme) changes how the agent or app behaves, not what it may do unasked.
  if (named && (named.intent === 'write' || named.intent === 'create') && !out.profile && words.some((w) => SETTINGS_NOUN.test(w)) && !namesACheck(words.join('_'), args)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} that changes preferences naming no approval, guardrail or access check`, { base_risk: 0.1, confidence: 0.8 });
  }
  // A title, topic, label or note edited through a write tool reaches nobody new and is edited back;
  // only the guess about the name drops (findings in the middle band still ask at its confidence).
  if (named && named.intent === 'write' && !out.profile && !CHECK_WORD.test(words.join('_')) && descriptiveEdit(words, args)) {
    out.profile = p(named.source, 'generic', 'external', `${named.who} that edits only descriptive fields (title, topic, labels, notes)`, { base_risk: 0.15, reversible: true, confidence: CONF.named });
  }
  // What a memory, rule or settings tool stores can tell the agent to stop asking from now on.
  if (named && cls !== 'read_only') out.findings!.push(...judgeStopAsking(argStrings(args).join('\n'), `${named.tool}'s arguments`));
  if (!out.outbound) {
    const texts = strs(flat, ...TEXT_KEYS);
    if (texts.length) out.texts = texts;
  }
  // A post's public visibility is who reads it (judged by what it shows); on anything else it opens the thing to anyone.
  const posts = named?.intent === 'send';
  if (!named?.rehearsal && (flat.private === false || Object.entries(flat).some(([k, v]) => ACCESS_KEY.test(k) && !(posts && /^(?:visibility|audience)$/i.test(k)) && typeof v === 'string' && ANYONE.test(v)) || (str(flat, 'type') === 'anyone' && 'role' in flat))) {
    out.findings!.push(finding(0.75, 'critical', false, 'access_control', 'makes something public'));
  }
  // A tool's arguments can ask for more than its name or hints say ("get_item" with op "purge").
  const verb = Object.entries(flat).find(([k, v]) => /^(op|operation|action|mode|method|verb|command)$/i.test(k) && typeof v === 'string' && /^(purge|delete|drop|destroy|wipe|truncate|remove|erase|reset)$/i.test(v));
  if (verb && !named?.rehearsal) out.findings!.push(finding(0.72, 'critical', false, 'destructive_args', `its arguments ask to ${String(verb[1]).toLowerCase()} (${verb[0]})`));
  // An archive or close whose arguments purge at once (`purge_after_days: 0`, `purge: true`) deletes.
  const purge = Object.entries(flat).find(([k, v]) => /^(?:purge|hard_delete|permanent)(?:_after(?:_days|_hours)?)?$/i.test(k) && (v === true || v === 0));
  if (purge && !verb) out.findings!.push(finding(0.72, 'critical', false, 'destructive_args', `its arguments delete at once (${purge[0]}: ${String(purge[1])})`));
  if (Object.values(flat).includes('*') && cls !== 'read_only') out.findings!.push(finding(0.4, 'external', false, 'broad_args', 'targets everything ("*")'));
  return out;
}

/** The one path a `delete_file`/`remove_file` call names, with nothing recursive, forced or globbed. */
function fileDeletion(words: string[], flat: Record<string, unknown>): string | null {
  if (words.length !== 2 || !REMOVES.test(words[0]) || words[1] !== 'file') return null;
  // A file in someone's repository or drive (owner, repo, branch, bucket) is not a file on this machine.
  if (Object.entries(flat).some(([k, v]) => (/^(?:recursive|force|all|pattern|glob)$/i.test(k) && v !== false) || /^(?:owner|repo|repository|branch|bucket|drive_?id|file_?id|project)$/i.test(k))) return null;
  const paths = strs(flat, ...PATHS);
  // A database kept in a file (`bookings.sqlite`) is a database, not a file to tidy away.
  return paths.length === 1 && !/[*?]/.test(paths[0]) && !/\.(?:sqlite3?|db|mdb|accdb|kdbx)$/i.test(paths[0]) ? paths[0] : null;
}

/** Keys that say who can open a thing, and values that mean anyone at all (with the link or without). */
const ACCESS_KEY = /^(?:visibility|access|sharing|share_with|shared_with|general_access|link_access|link_sharing|audience|who_can_view|permission_scope)$/i;
const ANYONE = /^(?:public|anyone|everyone|anyone[-_ ]with[-_ ](?:the[-_ ])?link|anyoneWithLink|public[-_ ]link|open)$/i;

/** Objects whose removal loses nothing: markers on something else, and drafts nobody has received. */
const MARKER_OBJECT = /^(?:label|labels|reaction|reactions|emoji|star|stars|bookmark|bookmarks|draft|drafts)$/;

/** The name removes a marker or a draft, the arguments say the items go to the trash, or the targets are temporary or cached files. */
function undoableRemoval(words: string[], flat: Record<string, unknown>): boolean {
  if (Object.values(flat).includes('*')) return false;
  if (flat.permanent === true || flat.hard_delete === true || flat.for_everyone === true) return false;
  const verb = words.findIndex((w) => VERB.destroy.test(w));
  const object = words.slice(verb + 1);
  if (verb >= 0 && object.length > 0 && object.every((w) => MARKER_OBJECT.test(w) || /^(?:email|mail|message|issue|pr|post|item|my)$/.test(w)) && object.some((w) => MARKER_OBJECT.test(w))) return true;
  if (flat.permanent === false || flat.hard_delete === false || flat.to_trash === true || flat.trash === true) return true;
  // Temporary files and caches are rebuilt by whatever made them; `..` can climb out of them.
  const paths = strs(flat, ...PATHS, 'paths');
  return paths.length > 0 && paths.every((x) => DISPOSABLE_DIR.test(x) && !/(^|\/)\.\.(\/|$)/.test(x) && !/[*?]/.test(x));
}

/** A tmp or cache directory, in the project or the home directory, holding the target (not the directory itself). */
const DISPOSABLE_DIR = /(^|\/)(tmp|temp|\.tmp|cache|\.cache|caches|__pycache__|\.pytest_cache|\.parcel-cache)\/[^/]/i;

const REHEARSAL_WORD = /^(?:draft|drafts|link|links|quote|quotes|estimate|estimates|preview|sandbox|simulate|simulation|test|tests|dryrun)$/;
const REHEARSAL_KEY = /^(?:environment|env|mode|target|stage|configuration|config|workflow|job|profile|build_type|variant|status|state|status_\w+)$/i;
const REHEARSAL_VALUE = /^(?:sandbox|test|tests|testing|dev|development|staging|debug|preview|draft|ci|qa|local|unit|lint)$/i;
const NOT_YET = /^(?:send|auto_advance|autoAdvance|upload|publish|livemode|live|deploy|notify|finalize|submit)$/;
const REHEARSAL_FLAG = /^(?:dry_run|dryRun|draft|test|test_mode|testMode|sandbox|preview)$/;

/** The name or arguments say nothing real happens yet; anything naming production says it does. */
function rehearsal(words: string[], flat: Record<string, unknown>): boolean {
  let rehearsing = words.some((w) => REHEARSAL_WORD.test(w));
  // One level of nesting too: `conf: {target: "dev"}`, `options: {send: false}`.
  for (const [k, v] of entriesOneDown(flat)) {
    if (typeof v === 'string' && LIVE_VALUE.test(v) && REHEARSAL_KEY.test(k)) return false;
    if ((typeof v === 'string' && REHEARSAL_KEY.test(k) && REHEARSAL_VALUE.test(v)) || (v === false && NOT_YET.test(k)) || (v === true && REHEARSAL_FLAG.test(k))) rehearsing = true;
    if (v === true && NOT_YET.test(k)) return false;
  }
  return rehearsing;
}

/** The URL with a request's query object added to its query string (primitive values only). */
function withQuery(u: string, query: Record<string, unknown>): string {
  if (!Object.keys(query).length) return u;
  try {
    const url = new URL(u);
    for (const [k, v] of Object.entries(query)) if (['string', 'number', 'boolean'].includes(typeof v)) url.searchParams.append(k, String(v));
    return url.toString();
  } catch {
    return u;
  }
}

function hostOf(u: string): string {
  try {
    return new URL(u).hostname;
  } catch {
    return u;
  }
}
