import { scanOutbound } from '../../content/index.js';
import { rehearsalFlag } from '../../profiles/nothing-real/cli-flags.js';
import { judgeAppTask } from './app-tasks.js';
import { PERSONAL_DATA_FILE, throwaway, type CommandFacts } from './types.js';

// A project script the firewall cannot read is judged by what its name and flags say it does:
// `pay_invoice.py --iban … --amount …` moves money, `crm_import.py --csv donors.csv --fields
// home_address` hands people's records to a marketing platform. A dry run or sandbox does neither.

const MONEY_SCRIPT = /(^|[/_.-])(pay|pays|payment|payments|payout|payouts|transfer|transfers|refund|refunds|wire|disburse|remit|sepa|ach|bacs|payroll|withdraw|sweep|settle|charge|charges|bill|billing)([/_.-]|$)/i;
/** Scripts named for mass mail or texts. */
const SEND_SCRIPT = /(^|[/_.-])(email|emails|mail|mailout|sms|text|texts|notify|blast|broadcast|newsletter|dunning|remind|reminders)([/_.-]|$)/i;
/** A name or flag that says it acts on everyone or everything at once, or without asking. */
const BULK = /(^|[/_.-])(all|every|everyone|bulk|batch|mass|pending|overdue|outstanding|customers|clients|members|users|subscribers|debtors|donors|list)([/_.-]|$)/i;
const UNATTENDED_FLAG = /^(?:--?(?:all|yes|y|force|no-?confirm|no-?prompt|auto|non-?interactive|confirm|execute|live)|-[a-z]*y[a-z]*)(=|$)/i;
/** Scripts whose name says they report on payments or mail rather than make them. */
const READ_SCRIPT = /(^|[/_.-])(report|reports|export|summary|summari[sz]e|list|check|audit|preview|stats|status|reconcile|validate|lint|test|tests|template|templates|render)([/_.-]|$)/i;
const MONEY_FLAG = /^--?(amount|iban|bic|swift|sort-?code|account(-?number)?|routing|beneficiary|payee|currency|to-account|from-account)(=|$)/i;
const DELETE_FLAG = /^--?(?:delete|purge|wipe|remove|erase|destroy)(?:[-_][\w-]+)?(?:=|$)/i;
/** Script names that say they delete, wipe or anonymise. */
const DELETE_SCRIPT = /(^|[/_.-])(purge|wipe|delete|erase|destroy|drop|truncate|anonymi[sz]e)([/_.-]|$)/i;
/** Names for people's records and a service's data (not caches, logs or temp files). */
const RECORDS = /(^|[/_.-])(customers?|clients?|users?|members?|subscribers?|accounts?|contacts?|leads|patients?|students?|employees?|tenants?|applicants?|donors?|orders?|records?|audit|data)([/_.-]|$)/i;
/** Services that hold contact lists and mail them: a push there is a disclosure to a processor. */
const PLATFORM = /(mailchimp|hubspot|salesforce|klaviyo|sendgrid|brevo|sendinblue|intercom|zendesk|mailerlite|constant-?contact|activecampaign|marketo|pardot|facebook|meta-?ads|google-?ads|linkedin|segment|customer-?io|braze)/i;
const PUSH_SCRIPT = /(import|upload|sync|push|export|send|load|share)/i;
/** Fields that are one person's private details. */
const PRIVATE_FIELD = /(home_?address|address|postcode|zip|dob|date_of_birth|birth|phone|mobile|salary|ssn|nino|national_insurance|medical|diagnosis|health|passport|bank|iban|total_given|donation)/i;

/** Scripts named for posting where anyone can read: review replies, social posts, announcements. */
const PUBLISH_SCRIPT = /(^|[/_.-])(post|posts|publish|tweet|toot|review|reviews|reply|announce|social)([/_.-]|$)/i;
const TEXT_FLAG = /^--?(text|message|msg|body|caption|content|reply|comment)(=|$)/i;

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Called for scripts run by an interpreter or by path; returns true when it judged the call. */
export function judgeScript(f: CommandFacts, script: string, args: string[]): boolean {
  const name = base(script);
  if (name === 'manage.py' || name === 'artisan') {
    judgeAppTask(f, name, args.find((a) => !a.startsWith('-')) ?? '');
    return true;
  }
  if (args.some(rehearsalFlag)) return false;
  // Told to delete and not to ask (`prune.sh --delete-worlds-inactive 14d --yes`): nobody confirms what goes.
  const deleting = args.find((a) => DELETE_FLAG.test(a));
  if (deleting && args.some((a) => UNATTENDED_FLAG.test(a))) {
    f.add(0.75, 'critical', false, 'destructive_file_op', `${name} is told to delete (${deleting.replace(/=.*/, '')}) without asking`);
    return true;
  }
  // Named for deleting people's records or a service's data (`purge_customers.sh`,
  // `erase_patient_records.sh`): what goes is the records themselves, often from a cron line where
  // nobody watches; caches, logs, temp uploads and test fixtures are not records.
  const removes = DELETE_SCRIPT.exec(name.replace(/\.\w+$/, ''));
  if (removes && RECORDS.test(name.replace(/\.\w+$/, '')) && !throwaway(name, args.join(' '))) {
    f.add(0.75, 'critical', false, 'destructive_file_op', `${name} is named for deleting records (${removes[2].toLowerCase()})`);
    return true;
  }
  if (MONEY_SCRIPT.test(name.replace(/\.\w+$/, '')) && args.some((a) => MONEY_FLAG.test(a))) {
    f.add(0.82, 'critical', false, 'money_movement', `${name} is named for moving money and is given ${args.filter((a) => MONEY_FLAG.test(a)).map((a) => a.replace(/=.*/, '')).join(' ')}`);
    return true;
  }
  // Named for paying or mass mailing, and told to do it to everyone or without asking: nobody
  // confirms each payment or message (the shape a cron line or `at` job gives them).
  const stem = name.replace(/\.\w+$/, '');
  const bulk = BULK.test(stem) || args.some((a) => UNATTENDED_FLAG.test(a) || BULK.test(a.replace(/^-+/, '')));
  if (bulk && !READ_SCRIPT.test(stem)) {
    if (MONEY_SCRIPT.test(stem)) {
      f.add(0.82, 'critical', false, 'money_movement', `${name} is named for moving money and runs for everything at once or without asking`);
      return true;
    }
    if (SEND_SCRIPT.test(stem)) {
      f.add(0.7, 'external', false, 'network_send', `${name} is named for mass mail or texts to people`);
      return true;
    }
  }
  // Named for posting in public (a review reply, a social post): the text it is given is published,
  // and is judged as any message is.
  if (PUBLISH_SCRIPT.test(stem)) {
    const text = args.filter((a, i) => i > 0 && TEXT_FLAG.test(args[i - 1])).concat(args.filter((a) => TEXT_FLAG.test(a) && a.includes('=')).map((a) => a.slice(a.indexOf('=') + 1))).join('\n');
    const worst = scanOutbound(text).filter((c) => c.risk >= 0.6).sort((a, b) => b.risk - a.risk)[0];
    if (worst) {
      f.add(Math.max(0.75, worst.risk), 'critical', false, 'publish', `${name} is named for posting in public and is given text with ${worst.reason}`);
      return true;
    }
  }
  const joined = args.join(' ');
  if (PUSH_SCRIPT.test(name) && (PLATFORM.test(name) || PLATFORM.test(joined))) {
    const file = args.find((a) => PERSONAL_DATA_FILE.test(a) || /\.(csv|xlsx?|jsonl?)$/i.test(a));
    if (file && (PERSONAL_DATA_FILE.test(file) || PRIVATE_FIELD.test(joined))) {
      f.add(0.78, 'critical', false, 'personal_data', `${name} pushes ${file}, people's records, to ${(PLATFORM.exec(name) ?? PLATFORM.exec(joined))?.[1]}`);
      return true;
    }
  }
  return false;
}
