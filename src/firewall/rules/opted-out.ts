import { finding, type Finding } from './finding.js';

// A send (now, queued or scheduled) whose audience includes people who unsubscribed or opted out,
// or whose flags switch the suppression list off, reaches people who asked not to be contacted:
// consent law and the sender's reputation both say a person decides that, not the agent. An
// audience that excludes them ("subscribed_only", `exclude_unsubscribed: true`) runs.

const AUDIENCE_KEY = /^(?:audience|segment|segments|list|lists|list_id|segment_id|recipients?|to|group|groups|contacts|target|targets|filter|include)$/i;
const OPTED_OUT = /(?:^|[^a-z])(?:incl(?:uding|udes?)?[-_ ]?)?(?:unsubscrib\w*|opted[-_ ]?out|opt[-_ ]?outs?|suppress(?:ed|ion)\w*|do[-_ ]?not[-_ ]?(?:contact|email|mail|call|text)|dnc|bounced|complain\w*)(?:[^a-z]|$)/i;
const EXCLUDED = /(?:^|[^a-z])(?:excl(?:uding|udes?)?|without|minus|except|no|not|non)[-_ ]?(?:the[-_ ])?(?:unsubscrib|opted|opt|suppress|bounced|dnc)/i;
const OVERRIDE_FLAG = /^(?:ignore|skip|bypass|override|disable|include)_?(?:opt_?outs?|unsubscribe[ds]?|unsubscribes|suppressions?|suppression_list|dnc|do_not_contact|consent|preferences)$/i;

/** The arguments (and objects nested up to two levels down) send to people who opted out, or switch suppression off. */
export function sendsToOptedOut(args: Record<string, unknown>, depth = 0): Finding | null {
  for (const [k, v] of Object.entries(args)) {
    if (v === true && OVERRIDE_FLAG.test(k)) return finding(0.8, 'critical', false, 'consent', `sends with ${k} set, to people who opted out of contact`);
    const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    if (AUDIENCE_KEY.test(k)) {
      const hit = values.find((x) => OPTED_OUT.test(x) && !EXCLUDED.test(x));
      if (hit) return finding(0.8, 'critical', false, 'consent', `sends to an audience that includes people who opted out (${k}: ${hit.slice(0, 60)})`);
    }
    if (depth < 2 && v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = sendsToOptedOut(v as Record<string, unknown>, depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}
