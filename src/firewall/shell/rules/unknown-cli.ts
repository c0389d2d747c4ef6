import { rehearsalFlag } from '../../profiles/nothing-real/cli-flags.js';
import { operands, type CommandFacts } from './types.js';

// A CLI the firewall has no profile for is still read by its subcommands, the way an unknown tool
// is read by its name: `dnsctl zone import … --replace`, `porkbun-cli dns overwrite …` change live
// DNS as surely as `aws route53 change-resource-record-sets`, and take effect for everyone at once.
// Listing, exporting or diffing the same records runs.

const DNS_NOUN = /^(?:dns|zone|zones|records?|record-?sets?|rrsets?|nameservers?|ns)$/i;
const DNS_WRITE_VERB = /^(?:import|overwrite|replace|set|update|delete|del|rm|remove|add|apply|push|sync|create|upsert|edit|purge|wipe|clear|restore|load)$/i;
const DNS_WRITE_FLAG = /^--(?:replace|overwrite|force|purge|delete|sync|apply)(?:=|$)/i;

/** Returns true when it judged the call. */
export function judgeUnknownCli(f: CommandFacts): boolean {
  if (f.args.some((a) => rehearsalFlag(a.text))) return false;
  const words = operands(f.args).slice(0, 3).map((a) => a.text.toLowerCase());
  if (!words.some((w) => DNS_NOUN.test(w))) return false;
  const verb = words.find((w) => DNS_WRITE_VERB.test(w)) ?? f.args.map((a) => a.text).find((t) => DNS_WRITE_FLAG.test(t));
  if (!verb) return false;
  f.add(0.75, 'critical', false, 'infra_change', `${f.program} ${words.join(' ')} changes live DNS (${verb}), which takes effect for everyone at once`);
  return true;
}
