import { personalDataQuery } from '../content/bulk-export.js';
import { finding, type Finding } from '../rules/finding.js';
import { judgeAccessTool } from '../rules/access-tools.js';
import { judgeBulkHandover } from '../rules/bulk-handover.js';
import { checksOnly } from '../rules/check-workflow.js';
import { booksFreeSlot } from '../rules/slot-booking.js';
import { credentialCare } from '../rules/credential-care.js';
import { sendsToOptedOut } from '../rules/opted-out.js';
import { secretStoreRead } from '../rules/secret-reveal.js';
import { judgeInfraTool } from '../rules/infra-tools.js';
import { judgePlatformApi } from '../rules/platform-api.js';
import { judgeMachineAction, judgeMachineUrl } from '../rules/machine-action.js';
import { judgeStopAsking } from '../rules/tampering.js';
import { ruleFor } from '../shell/rules/index.js';
import { COLLECTOR_HOST, DUMMY_PAYLOAD, isLocalUrl } from '../rules/urls.js';
import { argStrings } from '../arg-strings.js';
import { disposable } from '../targets.js';
import { CONTENT_OP, descriptiveEdit } from './descriptive-edit.js';
import { kubeToolCommand } from './cli-tools.js';
import { dockerToolCommand } from './docker-tool.js';
import { endsEphemeral } from './ephemeral.js';
import { exportsToOwnPlace } from './own-export.js';
import { nothingReal, unrealProfile, type Action } from './nothing-real/index.js';
import { sandboxHost } from './nothing-real/sandbox-host.js';
import { fileDeletion, putsAway, undoableRemoval } from './removals.js';
import { CHECK_WORD, namesACheck, SAFETY_SETTING, SETTINGS_NOUN, tightensOnly } from './settings-args.js';
import { CONF, nameIntent, publishes, tokens, VERB, type Intent } from './tool-name.js';
import { outboundOf, TEXT_KEYS } from './extract.js';
import { pathShaped } from './path-shaped.js';
import { serviceRequestOf } from './service-request.js';
import { judgeHiddenKey } from '../rules/hidden-key.js';
import { judgeNamedChildren } from '../rules/named-children.js';
import type { McpAnnotations } from '../types.js';
import { obj, p, PATHS, str, strs, unwrapped, type ToolInputs, type ToolKind, type ToolProfile } from './types.js';

// What an unknown tool's arguments reveal, read the same way whatever the tool is called (the
// classifier, unknown.ts, gives the class its name and annotations say): commands, SQL, requests,
// paths, messages and deferred prompts, and the narrower profile the arguments earn.

const SQL = /^\s*(select|insert|update|delete|drop|create|alter|truncate|with|grant|revoke|merge|replace|upsert|explain|show|describe)\b/i;
const READ_SQL = /^\s*(select|explain|show|describe|with\s+\w+\s+as\s*\((?![\s\S]*\b(insert|update|delete)\b)[\s\S]*\)\s*select)\b/i;
const SHELLISH_KEYS = ['command', 'cmd', 'shell', 'bash', 'script', 'cli_command', 'command_line', 'cmdline'];
/** A promo, discount, country or currency code: one token of letters, digits and dashes. */
const NAMED_CODE = /^[\w-]{1,40}$/;

/** Who is asking: the tool's bare name, its server, what the name says and how the profile is labelled. */
export interface NamedTool {
  tool: string;
  server: string;
  intent: Intent | null;
  source: ToolProfile['source'];
  who: string;
  /** The arguments say the call only rehearses (nothing-real/): judged as the read it is. */
  rehearsal?: boolean;
  /** The tool's MCP annotations, when it has any. */
  hints?: McpAnnotations;
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
  const words = named ? tokens(named.tool) : [];
  // Whether the call does anything real (nothing-real/): a dry run, preview or report of any action
  // answers with what it would do, so it is read as a read and nothing it names (production, public
  // access, a purge) is about to happen; drafts, test runs and test-mode removals earn a profile below.
  const unreal = named && !named.rehearsal ? nothingReal(named.intent, kind, words, args) : null;
  if (named && unreal === 'rehearse') {
    const inputs = unknownInputs(args, 'read', 'read_only', { ...named, intent: 'read', rehearsal: true });
    return { ...inputs, profile: inputs.profile ?? unrealAs(named, unreal) };
  }
  const out: ToolInputs = { findings: [] };
  // A queued or scheduled job's payload is the call it will make: judged as if it were made now.
  const payload = kind === 'schedule' ? { ...obj(args.payload), ...obj(args.data), ...obj(args.job), ...obj(args.task), ...obj(args.body) } : {};
  const flat = kind === 'schedule' ? { ...unwrapped(args), ...payload } : unwrapped(args);
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
  // A Kubernetes or Docker tool is the kubectl or docker command of the same name; a docker exec
  // tool's `command` runs inside the container it names, so the docker command line replaces it.
  const cli = named && named.intent !== 'read' ? (commands.length ? null : kubeToolCommand(words, flat)) ?? dockerToolCommand(words, named.server, flat) : null;
  if (cli) {
    out.commands = [cli];
    out.profile = p(named!.source, 'shell', 'local_edit', `${named!.who} that stands for \`${cli}\` (judged as that command)`, { base_risk: 0.05, confidence: 0.85 });
  }
  // A `code` that is one token (a coupon's "SPRING15", a country's "EUR") names something; source code has spaces or punctuation.
  const code = str(flat, 'code', 'source_code');
  if (code && !NAMED_CODE.test(code)) out.code = [{ code, language: str(flat, 'language', 'lang') }];
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
    // A processor's sandbox host moves no money (nothing-real/sandbox-host.ts); the request is still judged by what it sends.
    const money = urls.some((u) => MONEY_PATH.test(u) && !sandboxHost(u));
    const body = strs(flat, 'body', 'body_from', 'data', 'payload', 'json', 'query', 'content', 'source').concat(['body', 'json', 'payload', 'data'].map((k) => flat[k]).filter((v) => v && typeof v === 'object').map((v) => JSON.stringify(v))).join('\n');
    const outside = urls.filter((u) => !isLocalUrl(u));
    const exported = outside.length ? personalDataQuery(body) : null;
    const collector = outside.find((u) => COLLECTOR_HOST.test(hostOf(u)));
    // A machine's action endpoint (power off, reboot, snapshot) is judged by what the action does, wherever it is hosted.
    const machine = outside.map((u) => judgeMachineUrl(u, method, body)).find((m) => m !== null) ?? null;
    if (money) f.push(finding(0.85, 'critical', false, 'money_movement', `will ${method} to a payments endpoint (${urls[0]})`));
    else if (machine) f.push(machine);
    else if (exported) f.push(finding(0.8, 'critical', false, 'personal_data', `will ${method} a bulk export of people's data (${exported}) to ${hostOf(outside[0])}`));
    else if (collector && body.trim() && !DUMMY_PAYLOAD.test(body)) f.push(finding(0.82, 'critical', false, 'exfiltration', `will ${method} data to ${hostOf(collector)}, a paste, file-drop or request-capture service`));
    // A heartbeat or trigger without a body sends nothing but the fact that it ran.
    else f.push(finding(body.trim() ? 0.45 : 0.3, 'external', false, 'network_send', `will ${method} to ${urls[0]}`));
    for (const u of outside) {
      const platform = machine ? null : judgePlatformApi(u, method);
      if (platform) f.push(platform);
    }
    if (machine && machine.risk < 0.5 && named && !out.profile) out.profile = p(named.source, 'web', 'external', `${named.who} that sends ${method} ${urls[0]} (judged as that machine action)`, { base_risk: 0.15, reversible: true, confidence: 0.8 });
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
  // Archiving, snoozing or trashing one's own items keeps them: external (the service holds them, so a
  // crisis conversation still weighs cutting someone off) but low and reversible.
  if (named && (cls === 'critical' || cls === 'external') && (kind === 'generic' || kind === 'message') && !out.profile && putsAway(words, flat, named.hints)) {
    out.profile = p(named.source, 'generic', 'external', `${named.who} that archives, snoozes, mutes or trashes items, which come back with a click`, { base_risk: 0.12, reversible: true, confidence: 0.8 });
  }
  const ends = named && cls === 'critical' && kind === 'generic' && !out.profile ? endsEphemeral(words, flat) : null;
  if (ends) out.profile = p(named!.source, 'generic', 'local_edit', `${named!.who} that ${ends}`, { base_risk: 0.12, reversible: true, confidence: 0.8 });
  // A payment or run that is a draft, link, sandbox or test run moves nothing and ships nothing
  // until someone acts on it; a removal in a test mode, sandbox or on this machine touches nothing real.
  if (named && unreal && !out.profile) out.profile = unrealAs(named, unreal);
  if (named && !out.profile && booksFreeSlot(words, args)) {
    out.profile = p(named.source, 'generic', 'external', `${named.who} that books the user a slot (an appointment, a class, a session) that pays nothing`, { base_risk: 0.15, reversible: true, confidence: 0.8 });
  }
  if (named && !out.profile && checksOnly(words, args)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} that runs a workflow whose name says it only tests, lints, checks or builds`, { base_risk: 0.1, reversible: true, confidence: 0.8 });
  }
  if (named && !out.profile && exportsToOwnPlace(words, flat)) {
    out.profile = p(named.source, 'generic', 'local_edit', `${named.who} that exports into the user's own storage (their drive, workspace or home folder)`, { base_risk: 0.08, reversible: true, confidence: 0.8 });
  }
  const care = named ? credentialCare(words, flat) : null;
  if (named && care && !out.profile) out.profile = p(named.source, 'generic', 'external', `${named.who} that ${care}`, { base_risk: 0.15, reversible: true, confidence: 0.8 });
  // A read of a secrets store returns the value itself: it is judged by that, whatever the hints say.
  const secret = named && (named.intent === 'read' || named.intent === null) ? secretStoreRead(words, named.server, flat) : null;
  if (secret) out.findings!.push(secret);
  if (named) {
    const strings = argStrings(flat);
    out.findings!.push(...judgeInfraTool({ tokens: words, intent: named.intent, strings, recordName: str(flat, 'name', 'record_name', 'subdomain', 'hostname') }), ...(care ? [] : judgeAccessTool(words, named.intent, strings)));
    const handover = judgeBulkHandover(words, flat);
    if (handover) out.findings!.push(handover);
  }
  // A scheduled action spelled out as a request or a command is known, not guessed: judged as it is.
  if (named && (kind === 'schedule' || /cron|schedul|timer|job/i.test(`${named.server} ${named.tool}`)) && !out.profile && ((urls.length && method) || commands.length)) {
    out.profile = p(named.source, 'schedule', cls === 'read_only' ? 'local_edit' : cls, `${named.who} that schedules the request or command it spells out`, { base_risk: 0.1, confidence: 0.8 });
  }
  // A request tool's `path` is a path on its service, never a local file.
  const request = named ? serviceRequestOf(named.tool, flat) : null;
  const platform = (request?.url ? judgePlatformApi(request.url, request.method, JSON.stringify(request.body)) : null) ?? (request ? judgeMachineAction(request.method, request.path, request.body, '', request.url ? hostOf(request.url) : '') : null);
  if (platform) {
    out.findings!.push(platform);
    // A write to a disposable target (a downtime scoped to staging) is that request, judged as the platform rule weighs it.
    if (named && !out.profile && platform.risk < 0.5) out.profile = p(named.source, 'web', 'external', `${named.who} that sends ${request!.method} ${request!.url ?? request!.path} (judged as that request)`, { base_risk: 0.2, confidence: 0.8 });
  }
  // `source` and `destination` name a file on a copy or sync tool, an account or a queue elsewhere (path-shaped.ts).
  const paths = [...strs(flat, ...PATHS.filter((k) => !request || k !== 'path'), 'paths'), ...strs(flat, 'source', 'destination').filter(pathShaped)];
  if (paths.length) {
    // What a sending or publishing tool is given (`upload_video`'s file) is read and sent, not written.
    if (cls === 'read_only' || kind === 'message') out.reads = paths;
    else out.writes = paths.map((path) => ({ path, op: kind === 'generic' && cls === 'critical' ? 'delete' : 'write', content: str(flat, 'content', 'text') }));
  }
  // Text handed to a messaging, payment or other open-world service leaves this machine.
  if (kind === 'message' || kind === 'finance' || cls === 'external') {
    const o = outboundOf(flat);
    // A reply to a review is posted under the review, for everyone who reads it.
    if (o && !o.recipient && words.some((w) => /^reviews?$/.test(w)) && words.some((w) => VERB.send.test(w))) o.recipient = 'everyone reading the review';
    if (o?.text || o?.attachments || kind !== 'generic') out.outbound = o;
    if (named && o?.text) out.findings!.push(...judgeHiddenKey(publishes(named.tool), o.text));
  }
  const automation = words.some((w) => AUTOMATION.test(w)) || /zapier|make|n8n|ifttt|automat|workflow/i.test(named?.server ?? '');
  // An automation step named for paying or refunding ("action": "issue_refund") moves money every
  // time its trigger fires, with nobody approving each one.
  const payStep = automation && kind !== 'read' ? argStrings(args).find((v) => /^[a-z][a-z_.-]{2,40}$/i.test(v) && nameIntent(v) === 'finance') : undefined;
  if (payStep) out.findings!.push(finding(0.8, 'critical', false, 'money_movement', `sets up an automation whose step "${payStep}" moves money each time it triggers`));
  const optedOut = kind === 'message' || kind === 'schedule' || automation ? sendsToOptedOut(args) : null;
  if (optedOut) out.findings!.push(optedOut);
  // A helper agent exposed as a tool takes its task as `input` (the Agents SDK's agent-as-tool shape);
  // a scheduler may take what the job will do as a `request` ("Pay all approved invoices …").
  const prompt = [...strs(flat, 'prompt', 'goal', 'task', 'instructions', 'instruction', 'task_prompt', 'payload_message', ...(kind === 'delegate' ? ['input'] : []), ...(kind === 'schedule' ? ['request'] : [])), ...(automation ? nestedPrompts(args) : [])].join('\n');
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
  // A public post naming children with their age, school or team (rules/named-children.ts).
  if (named && cls !== 'read_only') out.findings!.push(...judgeNamedChildren(named.tool, args));
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
  // A DELETE whose URL names a test or staging target (a mock server's `products/test-123`, a
  // staging host's fixtures) removes one record a test makes again, not a whole store as the
  // removals `throwaway()` guards do; the request is still judged by where it goes. This machine
  // alone is not enough: a local service keeps real records (its audit log).
  const deletesTestRecord = /^(?:method|http_method)$/i.test(verb?.[0] ?? '') && urls.length > 0 && urls.every((u) => disposable(u));
  if (verb && !named?.rehearsal && !deletesTestRecord) out.findings!.push(finding(0.72, 'critical', false, 'destructive_args', `its arguments ask to ${String(verb[1]).toLowerCase()} (${verb[0]})`));
  // An archive or close whose arguments purge at once (`purge_after_days: 0`, `purge: true`) deletes.
  const purge = Object.entries(flat).find(([k, v]) => /^(?:purge|hard_delete|permanent)(?:_after(?:_days|_hours)?)?$/i.test(k) && (v === true || v === 0));
  if (purge && !verb) out.findings!.push(finding(0.72, 'critical', false, 'destructive_args', `its arguments delete at once (${purge[0]}: ${String(purge[1])})`));
  if (Object.values(flat).includes('*') && cls !== 'read_only') out.findings!.push(finding(0.4, 'external', false, 'broad_args', 'targets everything ("*")'));
  return out;
}

/** Paths that move money: payments, transfers, payouts, charges, a capture of an authorised payment, M-Pesa's payment requests. */
const MONEY_PATH = /\/(payments?|transfers?|payouts?|charges|wires?|remittances?|captures?|paymentrequest)(\/|\?|$)/i;

/** Keys that say who can open a thing, and values that mean anyone at all (with the link or without). */
const ACCESS_KEY = /^(?:visibility|access|sharing|share_with|shared_with|general_access|link_access|link_sharing|audience|who_can_view|permission_scope)$/i;
const ANYONE = /^(?:public|anyone|everyone|anyone[-_ ]with[-_ ](?:the[-_ ])?link|anyoneWithLink|public[-_ ]link|open)$/i;

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

/** The profile of a call that does nothing real, by the action it would have been. */
function unrealAs(named: NamedTool, action: Action): ToolProfile {
  const { kind, class: cls, base_risk, confidence, says } = unrealProfile(action);
  return p(named.source, kind, cls, `${named.who} ${says}`, { base_risk, reversible: true, confidence });
}
