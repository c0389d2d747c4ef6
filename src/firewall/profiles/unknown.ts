import { finding, type Finding } from '../rules/finding.js';
import type { McpAnnotations } from '../types.js';
import { outboundOf, TEXT_KEYS } from './extract.js';
import { obj, p, PATHS, str, strs, type ToolInputs, type ToolKind, type ToolProfile } from './types.js';

// A tool no profile knows: classified from the verbs in its name, the shape of its arguments and
// its MCP annotations, with a confidence that says how much was guessed. A read runs; a name with
// no signal lands in the confidence band and asks. Annotations raise caution freely; they lower it
// only when the name and arguments agree (a "read-only" tool named delete_* is not believed).

export type Intent = 'read' | 'create' | 'write' | 'destroy' | 'send' | 'finance' | 'exec' | 'schedule' | 'delegate' | 'handoff';

const VERBS: Array<[Intent, RegExp]> = [
  ['read', /^(get|list|ls|read|search|find|fetch|view|show|describe|query|lookup|look|status|check|count|inspect|browse|peek|retrieve|download|summari[sz]e|analy[sz]e|explain|preview|head|tail|cat|grep|stat|info|diff|compare|validate|lint|resolve|whoami|ping|health|poll|watch|wait|screenshot|snapshot|render|translate|calculate|compute|estimate|convert|parse|extract|scan|audit|verify|test|explore|discover|suggest|recommend|think|plan|browse|open|navigate|load|echo|format)$/],
  ['finance', /^(pay|payment|payments|transfer|wire|purchase|buy|checkout|order|trade|withdraw|refund|invoice|charge|payout|payouts|donate|tip|sell|swap|bid|remit|disburse)$/],
  ['destroy', /^(delete|del|remove|rm|drop|destroy|purge|wipe|truncate|kill|terminate|revoke|erase|reset|clear|unlink|uninstall|shutdown|disable|deactivate|ban|suspend|cancel|archive|unpublish|deprovision|nuke|flush|prune|evict|expire|close)$/],
  ['send', /^(send|post|email|mail|sms|text|message|notify|publish|tweet|call|dial|reply|share|invite|forward|broadcast|announce|dm|comment|respond|tell|contact|page|alert|escalate|submit)$/],
  ['exec', /^(run|exec|execute|eval|shell|command|spawn|launch|deploy|apply|install|restart|reboot|trigger|dispatch|merge|push|release|promote|rollback|scale|migrate|provision|invoke|start|stop|upgrade|rotate)$/],
  ['schedule', /^(schedule|cron|remind|timer|recurring|later|defer|queue|enqueue)$/],
  ['delegate', /^(delegate|subagent|handoff|assign)$/],
  ['create', /^(create|add|new|append|insert|save|note|tag|label|mark|star|bookmark|draft|record|log|store|remember|upload|import|generate|make|build|compose|write)$/],
  ['write', /^(update|set|edit|put|patch|modify|change|rename|move|copy|configure|enable|toggle|assign|grant|replace|upsert|sync|commit|approve|accept|reject|resolve|reopen|lock|unlock|fill|type|click|press|select)$/],
];

/** mcp__github__list_issues -> { server: 'github', tool: 'list_issues' } */
export function splitName(tool: string): { server?: string; tool: string } {
  const m = /^mcp__(.+?)__(.+)$/.exec(tool);
  if (m) return { server: m[1], tool: m[2] };
  const i = tool.lastIndexOf('__');
  return i >= 0 ? { server: tool.slice(0, i), tool: tool.slice(i + 2) } : { tool };
}

export function tokens(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function nameIntent(name: string, server = ''): Intent | null {
  const t = tokens(name);
  if (t[0] === 'transfer' && t[1] === 'to') return 'handoff';
  const first = VERBS.find(([, re]) => re.test(t[0] ?? ''));
  if (first?.[0] === 'read') return 'read';
  for (const intent of ['finance', 'destroy', 'send', 'exec', 'schedule', 'delegate', 'create', 'write', 'read'] as Intent[]) {
    const re = VERBS.find(([i]) => i === intent)![1];
    if (t.some((w) => re.test(w))) {
      if ((intent === 'create' || intent === 'write') && /(bank|stripe|paypal|payment|wise|venmo|coinbase|plaid|billing|wallet|crypto)/i.test(server) && t.some((w) => /^(payout|transfer|charge|refund|payment|invoice)s?$/.test(w))) return 'finance';
      return intent;
    }
  }
  if (/(cron|schedul|timer)/i.test(server) && t.some((w) => /^(create|add|new|update)$/.test(w))) return 'schedule';
  return null;
}

const CONF = { named: 0.6, annotated: 0.75, none: 0.35 };
const LABEL: Record<Intent, string> = {
  read: 'name says it reads', create: 'name says it adds something', write: 'name says it changes something',
  destroy: 'name says it deletes or stops something', send: 'name says it sends something', finance: 'name says it moves money',
  exec: 'name says it runs or deploys something', schedule: 'name says it schedules work', delegate: 'name says it hands work to another agent',
  handoff: 'hands the conversation to another agent',
};

function hasHints(a?: McpAnnotations): a is McpAnnotations {
  return !!a && ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'].some((k) => typeof (a as Record<string, unknown>)[k] === 'boolean');
}

export function unknownProfile(tool: string, annotations?: McpAnnotations): ToolProfile {
  const { server, tool: bare } = splitName(tool);
  const intent = nameIntent(bare, server ?? '');
  const source = tool.startsWith('mcp__') || hasHints(annotations) ? 'mcp' : 'unknown';
  const who = source === 'mcp' ? 'MCP tool' : 'unknown tool';
  const a = hasHints(annotations) ? annotations : undefined;
  const conflict = a?.readOnlyHint === true && !!intent && ['destroy', 'send', 'finance', 'exec'].includes(intent);
  const ann = a ? ` (annotated${a.readOnlyHint ? ' read-only' : ''}${a.destructiveHint ? ' destructive' : a.destructiveHint === false ? ' non-destructive' : ''}${a.openWorldHint === false ? ' closed-world' : a.openWorldHint ? ' open-world' : ''}${conflict ? ', which its name contradicts' : ''})` : '';
  const mk = (kind: ToolKind, cls: ToolProfile['class'], base: number, reversible: boolean, conf: number, extra: Partial<ToolProfile> = {}) =>
    p(source, kind, cls, `${who} whose ${intent ? LABEL[intent] : 'name says nothing about its effect'}${ann}`, { base_risk: base, reversible, confidence: conf, path_args: PATHS, extract: (args) => unknownInputs(args, kind, cls), ...extra });

  if (intent === 'finance') return mk('finance', 'critical', 0.8, false, 0.6, { outbound: true });
  if (a?.destructiveHint === true && a.readOnlyHint !== true || intent === 'destroy' && a?.destructiveHint !== false) {
    return mk('generic', 'critical', 0.7, false, a ? CONF.annotated : CONF.named);
  }
  if (intent === 'send') return mk('message', 'external', 0.45, false, a ? CONF.annotated : CONF.named, { outbound: true });
  if (intent === 'exec') return mk('generic', 'external', 0.5, false, a ? 0.6 : 0.5);
  if (intent === 'schedule' || intent === 'delegate') return mk(intent, 'external', 0.2, true, 0.6);
  if (intent === 'handoff') return mk('delegate', 'read_only', 0.03, true, 0.8, { extract: () => ({ deferred: [{ via: `the agent ${bare.replace(/^transfer_to_/, '')}`, fromConversation: true }] }) });
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

const SQL = /^\s*(select|insert|update|delete|drop|create|alter|truncate|with|grant|revoke|merge|replace|upsert)\b/i;
const SHELLISH_KEYS = ['command', 'cmd', 'shell', 'bash', 'script'];

/** What an unknown tool's arguments reveal, read the same way whatever the tool is called. */
export function unknownInputs(args: Record<string, unknown>, kind: ToolKind, cls: ToolProfile['class']): ToolInputs {
  const out: ToolInputs = { findings: [] };
  const flat = { ...args, ...obj(args.action), ...obj(args.params), ...obj(args.arguments), ...obj(args.input) };
  const commands = strs(flat, ...SHELLISH_KEYS).filter((c) => /\s/.test(c) || /^[a-z][\w.-]*$/.test(c));
  if (commands.length) out.commands = commands;
  const code = str(flat, 'code', 'source_code');
  if (code) out.code = [{ code, language: str(flat, 'language', 'lang') }];
  const sql = strs(flat, 'sql', 'query', 'statement').filter((s) => SQL.test(s));
  if (sql.length) out.sql = sql.map((s) => ({ sql: s, where: str(flat, 'database', 'db', 'host', 'connection', 'dsn') }));
  const urls = strs(flat, 'url', 'urls', 'uri', 'href', 'link', 'endpoint', 'webhook', 'webhook_url', 'callback_url').filter((u) => /^(https?|wss?):\/\//.test(u));
  if (urls.length) out.urls = urls;
  const method = (str(flat, 'method', 'http_method') ?? '').toUpperCase();
  if (urls.length && /^(POST|PUT|PATCH|DELETE)$/.test(method)) {
    const f: Finding[] = out.findings!;
    const money = urls.some((u) => /\/(payments?|transfers?|payouts?|charges|wires?|remittances?)(\/|\?|$)/i.test(u));
    f.push(money ? finding(0.85, 'critical', false, 'money_movement', `will ${method} to a payments endpoint (${urls[0]})`) : finding(0.45, 'external', false, 'network_send', `will ${method} to ${urls[0]}`));
  }
  const paths = strs(flat, ...PATHS, 'paths', 'source', 'destination');
  if (paths.length) {
    if (cls === 'read_only') out.reads = paths;
    else out.writes = paths.map((path) => ({ path, op: kind === 'generic' && cls === 'critical' ? 'delete' : 'write', content: str(flat, 'content', 'text') }));
  }
  // Text handed to a messaging, payment or other open-world service leaves this machine.
  if (kind === 'message' || kind === 'finance' || cls === 'external') {
    const o = outboundOf(flat);
    if (o?.text || kind !== 'generic') out.outbound = o;
  }
  const prompt = strs(flat, 'prompt', 'goal', 'task', 'instructions', 'instruction', 'task_prompt', 'payload_message').join('\n');
  if (prompt && (kind === 'schedule' || kind === 'delegate' || cls !== 'read_only')) out.deferred = [{ via: kind === 'schedule' ? 'a scheduled task' : 'another agent', prompt }];
  if (!out.outbound) {
    const texts = strs(flat, ...TEXT_KEYS);
    if (texts.length) out.texts = texts;
  }
  if (flat.private === false || /^(public|anyone)$/i.test(str(flat, 'visibility', 'access', 'sharing') ?? '') || (str(flat, 'type') === 'anyone' && 'role' in flat)) {
    out.findings!.push(finding(0.75, 'critical', false, 'access_control', 'makes something public'));
  }
  // A tool's arguments can ask for more than its name or hints say ("get_item" with op "purge").
  const verb = Object.entries(flat).find(([k, v]) => /^(op|operation|action|mode|method|verb|command)$/i.test(k) && typeof v === 'string' && /^(purge|delete|drop|destroy|wipe|truncate|remove|erase|reset)$/i.test(v));
  if (verb) out.findings!.push(finding(0.72, 'critical', false, 'destructive_args', `its arguments ask to ${String(verb[1]).toLowerCase()} (${verb[0]})`));
  if (Object.values(flat).includes('*') && cls !== 'read_only') out.findings!.push(finding(0.4, 'external', false, 'broad_args', 'targets everything ("*")'));
  return out;
}
