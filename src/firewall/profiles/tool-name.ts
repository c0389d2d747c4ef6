import { boundedMemo } from '../../core/bounded-memo.js';

// What a tool's name says it does: the verbs in it, read in order (a service prefix, then a read
// verb, then what it reads), and the MCP `server__tool` convention split apart. Used by the
// unknown-tool profile (unknown.ts) for its class and by its argument reading for the verbs.

export type Intent = 'read' | 'create' | 'write' | 'destroy' | 'send' | 'finance' | 'exec' | 'schedule' | 'delegate' | 'handoff';

const VERBS: Array<[Intent, RegExp]> = [
  ['read', /^(get|list|ls|read|search|find|fetch|view|show|describe|query|lookup|look|status|check|count|inspect|browse|peek|retrieve|download|summari[sz]e|analy[sz]e|explain|preview|head|tail|cat|grep|stat|info|diff|compare|validate|lint|resolve|whoami|ping|health|poll|watch|wait|screenshot|snapshot|render|translate|calculate|compute|estimate|convert|parse|extract|scan|audit|verify|test|explore|discover|suggest|recommend|think|plan|browse|open|navigate|load|echo|format)$/],
  ['finance', /^(pay|payment|payments|payroll|payrun|payruns|transfer|wire|purchase|buy|checkout|order|trade|withdraw|refund|invoice|charge|payout|payouts|donate|tip|sell|swap|bid|remit|disburse)$/],
  ['destroy', /^(delete|del|remove|rm|drop|destroy|purge|wipe|truncate|kill|terminate|revoke|erase|reset|clear|unlink|uninstall|shutdown|disable|deactivate|ban|suspend|cancel|archive|unpublish|deprovision|nuke|flush|prune|evict|expire|close|trash|bin)$/],
  ['send', /^(send|post|email|mail|sms|text|message|notify|publish|tweet|call|dial|reply|share|invite|forward|broadcast|announce|dm|comment|respond|tell|contact|page|alert|escalate|submit)$/],
  ['exec', /^(run|exec|execute|eval|shell|command|spawn|launch|deploy|apply|install|restart|reboot|trigger|dispatch|merge|push|release|promote|rollback|scale|migrate|provision|invoke|start|stop|upgrade|rotate)$/],
  ['schedule', /^(schedule|cron|remind|timer|recurring|later|defer|queue|enqueue)$/],
  ['delegate', /^(delegate|subagent|handoff|assign)$/],
  ['create', /^(create|add|new|append|insert|save|note|tag|label|mark|star|bookmark|draft|record|log|store|remember|upload|import|generate|make|build|compose|write)$/],
  ['write', /^(update|set|edit|put|patch|modify|change|rename|move|copy|configure|enable|toggle|assign|grant|replace|upsert|sync|commit|approve|accept|reject|resolve|reopen|lock|unlock|fill|type|click|press|select)$/],
];

/** Each intent's verbs by name (handoffs are recognised by shape, not by a verb). */
type VerbIntent = Exclude<Intent, 'handoff'>;
export const VERB = Object.fromEntries(VERBS) as Record<VerbIntent, RegExp>;

/** How far a class guessed from a tool's name is believed: from the name, with MCP annotations, from nothing. */
export const CONF = { named: 0.6, annotated: 0.75, none: 0.35 };

/** Verbs that act even after a read verb: check_and_pay_invoice pays. */
export const ACTION_VERB = /^(pay|send|transfer|wire|refund|charge|delete|remove|execute|run|create|update|approve|submit|post)$/;

/** mcp__github__list_issues -> { server: 'github', tool: 'list_issues' } */
export function splitName(tool: string): { server?: string; tool: string } {
  const m = /^mcp__(.+?)__(.+)$/.exec(tool);
  if (m) return { server: m[1], tool: m[2] };
  const i = tool.lastIndexOf('__');
  return i >= 0 ? { server: tool.slice(0, i), tool: tool.slice(i + 2) } : { tool };
}

/** Words of names seen (tool names are a small vocabulary; a profile asks for one name's words several times). */
const splitWords = (name: string): string[] => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const wordsOfName = boundedMemo<readonly string[]>(4096, splitWords);

/** The words of a name: `listOpenIssues`, `list_open-issues` -> list, open, issues (a new array each time). */
export function tokens(name: string): string[] {
  return [...wordsOfName(name)];
}

/**
 * The words of an identifier in an argument (`e2e-then-deploy.yml`, `task/assign_all`, `shareAll`):
 * its tokens, and for a token with digits in it also the letter runs it joins (`deploy2prod` is
 * deploy and prod as well, `e2e` stays e2e too), so a rule testing whether any word means
 * something finds it either way.
 */
export function identifierWords(s: string): string[] {
  // Not through the names' memo: argument values are many and seen once.
  return splitWords(s).flatMap((w) => (/\d/.test(w) ? [w, ...w.split(/[^a-z]+/).filter(Boolean)] : [w]));
}

const SUBAGENT = /^(?:subagent|subagents|delegate)$/;
const ANSWERS = /^(?:calculator|calc|calculate|compute|quote|quotes|estimate|estimator|simulate|simulator|simulation|forecast|predict|prediction|think|thinking|sequentialthinking|reason|reasoning|thought|thoughts)$/;
/** The roles of helper agents that write or find text for the agent that calls them. */
const ROLE = /^(?:translator|writer|copywriter|researcher|summari[sz]er|planner|analyst|proofreader|drafter|tutor|advisor|adviser)$/;
/** Verbs whose effect a name cannot take back by also naming an answer or a role. */
const RISKY_VERB = [/^(?:pay|payment|transfer|wire|purchase|buy|checkout|order|trade|withdraw|refund|charge|payout|sell|book)$/, /^(?:delete|remove|drop|destroy|purge|wipe|cancel|revoke|terminate)$/, /^(?:send|post|email|mail|sms|text|publish|tweet|reply|share|invite|forward|broadcast|submit)$/, /^(?:apply|deploy|execute|run|release|promote|push|merge|install|migrate)$/];

/**
 * Things made to be read by the public: creating one publishes it (create_listing, new_post,
 * upload_video, add_review), as a send verb does (dd1 round), and so does listing one thing for
 * sale (`list_item`, `list_item_free`, `list_car`): `list` before one thing puts it up, before
 * many (`list_items`) or after one (a dispatcher's `item.list`, dispatch.ts) enumerates.
 */
const PUBLIC_THING = /^(?:listing|post|ad|advert|advertisement|classified|story|status|announcement|article|tweet|review|video|reel|podcast|episode)$/;
const MAKES = /^(?:create|add|new|make|upload|submit|write|compose|put)$/;
/** One thing put up for sale or giveaway (singular: `list_products` enumerates). */
const FOR_SALE = /^(?:item|product|car|vehicle|bike|bicycle|property|house|flat|apartment|furniture|sofa|couch)$/;

/** The name makes a thing the public reads (create_listing, new_post, upload_video). */
function makesPublicThing(t: readonly string[]): boolean {
  return (MAKES.test(t[0] ?? '') && t.slice(1).some((w) => PUBLIC_THING.test(w))) || (t[0] === 'list' && FOR_SALE.test(t[1] ?? ''));
}

/** The name posts or publishes for the public rather than sending to someone (post_update, publish_item, create_listing). */
export function publishes(name: string): boolean {
  const t = tokens(name);
  return makesPublicThing(t) || /^(?:post|publish|tweet|broadcast|announce)$/.test(t[0] ?? '');
}

/** Send verbs that are also things kept in a workspace: after another verb they are its object (create_page, update_contact). */
const KEPT_THING = /^(?:page|pages|contact|contacts)$/;

/** Intents of names seen, by server and name: a pure function of the two that every call asks
 * (rules/sandbox-payment.ts), 34-45 regex tests of the name's words each time, a cold cost of
 * several µs a call (docs/firewall-speed.md, perf-assess2). */
const intentOfName = boundedMemo<Intent | null>(4096, (key) => {
  // The key is `${server.length} ${server}${name}`: read back exactly, whatever the two hold.
  const space = key.indexOf(' ');
  const serverEnd = space + 1 + Number(key.slice(0, space));
  return computeIntent(key.slice(serverEnd), key.slice(space + 1, serverEnd));
});

export function nameIntent(name: string, server = ''): Intent | null {
  return intentOfName(`${server.length} ${server}${name}`);
}

function computeIntent(name: string, server: string): Intent | null {
  const t = tokens(name).filter((w, i, all) => !(i > 0 && KEPT_THING.test(w) && VERBS.some(([, re]) => re.test(all[i - 1]))));
  if (t[0] === 'transfer' && t[1] === 'to') return 'handoff';
  if (makesPublicThing(t)) return 'send';
  // `schedule_agent_run`: the run is an agent's, later; it is judged by the prompt it is given.
  if (t.some((w) => VERB.schedule.test(w)) && t.some((w) => /^(?:agent|assistant|prompt|task)$/.test(w))) return 'schedule';
  // Logs named after what writes them (`pods_log`, `kubectl_logs`, `deployment_logs`) are read, not written:
  // `log` is a verb only in front (log_event), and no other verb comes before it here.
  const logAt = t.findIndex((w) => /^logs?$/.test(w));
  if (logAt > 0 && logAt === t.length - 1 && !t.slice(0, logAt).some((w) => VERBS.some(([, re]) => re.test(w)))) return 'read';
  // A sub-agent run is delegation, judged by its instructions, whatever verb starts it (run_subagent).
  if (t.some((w) => SUBAGENT.test(w)) && t.every((w) => SUBAGENT.test(w) || VERB.exec.test(w) || /^(?:agent|agents|task)$/.test(w))) return 'delegate';
  // An agent run started by name (`run_agent`, `start_agent_run`, `create_agent_run`): delegation too.
  if (t.some((w) => /^agents?$/.test(w)) && t.some((w) => /^(?:run|start|launch|invoke|spawn|trigger|kickoff)$/.test(w)) && t.every((w) => /^(?:agents?|runs?|start|launch|invoke|spawn|trigger|kickoff|create|new)$/.test(w))) return 'delegate';
  // A question put to the user (`ask_user`, `ask_human`, `request_user_input`) waits for their answer: a read.
  if (/^(?:ask|request|prompt)$/.test(t[0] ?? '') && t.slice(1).some((w) => /^(?:user|human|operator|owner|question|questions|clarification|input)$/.test(w)) && t.length <= 3) return 'read';
  // A tool that answers (a calculator, a quote, a forecast, a simulation, a reasoning step) returns
  // text to the agent: read, unless the name also says it acts (calculate_and_pay, quote_and_book).
  if (t.some((w) => ANSWERS.test(w)) && !t.some((w) => /^(?:and|then)$/.test(w) || (!ANSWERS.test(w) && VERBS.some(([i, re]) => i !== 'read' && re.test(w))))) return 'read';
  // A helper agent exposed as a tool (`menu_translator`, `grant_writer`) is judged by the task it is given.
  if (t.length > 1 && ROLE.test(t[t.length - 1]) && !t.slice(0, -1).some((w) => RISKY_VERB.some((re) => re.test(w)))) return 'delegate';
  const first = VERBS.find(([, re]) => re.test(t[0] ?? ''));
  // `calculate_and_pay_invoice`: a second verb joined by "and"/"then" acts after the read.
  if (first?.[0] === 'read' && !t.some((w, i) => /^(?:and|then)$/.test(w) && ACTION_VERB.test(t[i + 1] ?? ''))) return 'read';
  // A service prefix, then a read verb, then what it reads: stripe_list_payouts, paypal_get_balance.
  const verb = t.findIndex((w) => VERBS.some(([, re]) => re.test(w)));
  if (verb > 0 && VERB.read.test(t[verb]) && !t.slice(verb + 1).some((w) => ACTION_VERB.test(w))) return 'read';
  for (const intent of ['finance', 'destroy', 'send', 'exec', 'schedule', 'delegate', 'create', 'write', 'read'] as VerbIntent[]) {
    const re = VERB[intent];
    if (t.some((w) => re.test(w))) {
      if ((intent === 'create' || intent === 'write') && /(bank|stripe|paypal|payment|wise|venmo|coinbase|plaid|billing|wallet|crypto)/i.test(server) && t.some((w) => /^(payout|transfer|charge|refund|payment|invoice)s?$/.test(w))) return 'finance';
      return intent;
    }
  }
  if (/(cron|schedul|timer)/i.test(server) && t.some((w) => /^(create|add|new|update)$/.test(w))) return 'schedule';
  return null;
}
