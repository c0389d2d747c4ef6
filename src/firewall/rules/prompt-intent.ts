import { finding, type Finding } from './finding.js';
import { clausesOf, instructionsIn, namesRecipient, sentencesOf, type Instruction } from './prompt-clauses.js';
import {
  COMMIT, DESTROY_VERB, OUTSIDE_CHANNEL, DRAFT_ONLY, INFRA_VERB, LEAK, MONEY_NOUN, MONEY_STRONG, MONEY_WEAK, OTHERS, PERSON_OBJECT_VERB, PROD, PUBLIC_PLACE,
  REPLIED_TO, REPLY_VERB, SECRET, SELF, SEND_VERB, SENSITIVE_THING, TRIVIAL, VALUABLE,
} from './prompt-lexicon.js';
import { judgeStopAsking } from './tampering.js';
import { mentionsDisposable } from '../targets.js';
import { ownPeopleReminder } from './own-reminder.js';
import { familyGreeting, toFamily } from './family-greeting.js';
import { serviceReminder, toClients } from './service-reminder.js';
import { anyOf } from './any-of.js';
import { matchesOf } from '../content/matches.js';
import { judgeMultilingualPrompt } from './multilingual/judge-prompt.js';
import { ruleFor } from '../shell/rules/index.js';

// What a prompt handed to a scheduled job or another agent asks it to do. Nobody will be watching
// when it runs, so the prompt is judged now, as instructions: each clause's action words (not
// negated, not nouns, not inside a question) by what they do and to whom: money paid or spent,
// things that matter destroyed, messages to people other than the user, people's documents and
// data handed over, publication, commitments in the user's name, production changes, secrets
// leaving, the agent's own safety, and any shell command it quotes. Routine work ("summarise new
// issues and send me the digest", "run the tests") passes.

export interface PromptIntent {
  findings: Finding[];
  /** Shell commands quoted in the prompt (`...`, ```...``` blocks, "run: ..."). */
  commands: string[];
  /** The prompt asks for something to be sent to people other than the user. */
  outbound: boolean;
}

const SEND_OR_MONEY_PHRASE = /\b(?:issue|grant|process|apply|approve)\s+(?:\w+\s+){0,3}?(?:credits?|credit notes?|chargebacks?)\b|\bset up (?:a |an |the )?(?:monthly |weekly |recurring )?(?:standing order|direct debit|recurring (?:payment|transfer)|payment|transfer|autopay|auto-?pay)\b|\b(?:process|issue|give|grant|make|initiate|approve|release|send)\s+(?:\w+\s+){0,3}?(?:refunds?|payments?|payouts?|transfers?|wires?|reimbursements?)\b|\bcheck ?out (?:the |my |our )?(?:cart|basket|order)\b|\b(?:place|put in|put through|submit|make)\s+(?:an?\s+|the\s+|our\s+|my\s+)?(?:usual\s+|weekly\s+|monthly\s+|regular\s+|new\s+|grocery\s+|[\w-]+\s+){0,2}(?:order|purchase|booking|reservation|bid|offer|payment|donation)\b/i;
/** Words every money phrase below starts with: most clauses have none. */
const MONEY_PHRASE_WORD = /\b(?:set|process|issue|give|grant|make|initiate|approve|release|send|check|place|put|submit|apply)\b/i;
const ROTATION_NOTICE = /\b(?:rotated|revoked|reset|expired|expires|changed|policy|reminder|where (?:to find|they are)|stored in|is in (?:1password|vault|the vault|bitwarden))\b/i;
/** "published figures" are read, not written: the past participle publishes only with a place after it. */
const OPEN_FOR_ALL = /\bmake (?:it|them|the \w+|this|that) public\b|\bpublish(?:es|ing)?\b|\bpublished (?:to|on|in|for)\b|\btweet\b|\b(?:merge|push)\b[^.]{0,40}\b(?:into|to|onto) (?:main|master|production|prod|the release branch)\b|\bgo live\b/i;

/**
 * Where a reminder's to do begins inside a sentence: "… reminding me to", "… a reminder that", the
 * user's own step after a report ("message me so I can call the crew", the dc1 set), or the call a
 * message to the user is for ("text me at 8 to phone the school": the user calls, the dq1 set).
 */
const TODO_START = /\b(?:(?:remind(?:s|ing)?\s+(?:me|us|myself)|nudg(?:e|es|ing)\s+(?:me|us)|(?:a|the|my)\s+reminder)\s*(?:to|that|about|of|:|-)|so(?:\s+that)?\s+(?:i|we)\s+(?:can|could|may|might)|to(?=\s+(?:call|ring|phone)\b))\s/i;

/** The sentence up to the to do it reminds the user of, when no agent's own step follows it. */
function beforeTodo(sentence: string): string {
  const m = TODO_START.exec(sentence);
  // Only when the message before it goes to the user ("send me …"): "post a reminder to pay in #finance" is not.
  if (!m || m.index === 0 || AGENT_AFTER.test(sentence.slice(m.index)) || !/\b(?:me|myself|my)\b/i.test(sentence.slice(0, m.index))) return sentence;
  return sentence.slice(0, m.index).trimEnd();
}

const REMINDER = /^\s*(?:please\s+)?(?:(?:remind|nudge|ping|tell|alert)\s+(?:me|us)\b\s*(?::|-|to\b|about\b|that\b)?|reminder\s*(?::|-|to\b))/i;
const AGENT_AFTER = /\b(?:then|afterwards|after that|otherwise|if (?:i|we) (?:don'?t|do not|haven'?t|have not)|unless)\b/i;

const IMPERSONATION = /\b(as if (you were|you're|it was) me|pretend(ing)? to be me|posing as me|in my name|on my behalf|sign(ed)? as (me|[A-Z][a-z]+)|impersonat\w+)\b/;
const PAYROLL = /\b(POST|PUT)\b[^\n]{0,80}\/(payments?|transfers?|payouts?|charges|wires?|payroll)\b|\b(?:run|process|submit|approve|release|execute|trigger|finali[sz]e|pay)\b[^.]{0,30}\bpayroll\b|\bpayroll (?:run|batch|file|submission)\b/i;
const SKIPS_SAFETY_STEP = /\bskip(ping)? (the )?(canary|review|approval|tests|checks)\b/i;

export function judgePrompt(text: string, where = 'the prompt'): PromptIntent {
  const findings: Finding[] = [];
  const commands = quotedCommands(text);
  let outbound = false;
  const add = (risk: number, cls: Finding['cls'], category: string, what: string, sentence: string) => {
    if (!findings.some((f) => f.category === category)) findings.push(finding(risk, cls, false, category, `${where} ${what}: ${clip(sentence)}`));
  };
  // "Write a follow-up draft for each lead. Do not send anything.": the prohibition covers every sentence.
  const nothingSent = NOTHING_SENT.test(text);
  const greeting = familyGreeting(text);
  const clientReminder = serviceReminder(text);
  for (const whole of sentencesOf(text)) {
    // "Remind me to pay the rent", "Reminder: renew the domain": what follows is the user's to do;
    // the agent only tells them. A "then …" or "if I don't …" after it is the agent's own work again.
    if (REMINDER.test(whole) && !AGENT_AFTER.test(whole)) continue;
    // "Send me a WhatsApp reminding me to give Nala her pill": the same to do, later in the sentence;
    // only what comes before it (the message to the user) is the agent's.
    const sentence = beforeTodo(whole);
    // "Remind Jas to pay the window cleaner": the reminded person's to do is theirs, not the agent's.
    const reminder = ownPeopleReminder(sentence);
    // "Draft a letter asking to move the payment date": a draft sends nothing and moves no money.
    const draftOnly = nothingSent || DRAFT_ONLY.test(sentence) || DRAFT_LEAD.test(sentence);
    // "(names, room numbers, schools)" lists what is meant; its commas do not end the clause, nor
    // do those of a negated list ("do not book, reserve, pay deposits or contact anyone").
    const listed = (reminder ?? sentence).replace(PAREN_LIST, ' ').replace(NEGATED_LIST, (m) => m.replace(/,\s+/g, ' or '));
    for (const c of clausesOf(listed, ANY_VERB)) {
      const clause = c.text;
      // "Write unit tests covering holiday pay", "Find the refund code paths": the money and people
      // words name what the code handles. A verb joined by "and"/"then" is an instruction again.
      const codeWork = CODE_WORK.test(c.words.join(' '));
      const about = (ins: Instruction) => codeWork && !/^(?:and|then|also|plus)$/i.test(c.words[c.words.indexOf(ins.verb) - 1] ?? '');
      for (const ins of instructionsIn(c, sentence, SEND_VERB)) {
        // "Write out the figures", "write up a summary": the output is written, to nobody in particular.
        if (draftOnly || about(ins) || (/^write$/i.test(ins.verb) && (WRITTEN_FILE.test(ins.after.join(' ')) || /^(?:out|down|up)$/i.test(ins.after[0] ?? '')))) continue;
        const reach = reachOf(ins);
        if (reach === 'others' || reach === 'public') {
          outbound = true;
          if (SENSITIVE_THING.test(sentence) && !ROTATION_NOTICE.test(sentence)) add(0.8, 'critical', 'personal_disclosure', 'hands documents, data or codes to other people', sentence);
          else if (reach === 'public') add(0.7, 'critical', 'deferred_publish', 'publishes for everyone', sentence);
          else if (ownReport(ins, sentence)) add(0.2, 'external', 'deferred_report', 'will send a colleague a summary of what it read', sentence);
          else if (teamChannelPost(ins, sentence)) add(0.2, 'external', 'deferred_team_post', "will post to the team's own channel", sentence);
          else if (reminder && /^remind$/i.test(ins.verb)) add(0.2, 'external', 'deferred_reminder', "will remind the user's own people of something", sentence);
          else if (greeting && toFamily(sentence)) add(0.2, 'external', 'deferred_greeting', "will send the user's family a greeting", sentence);
          else if (clientReminder && toClients(sentence)) add(0.2, 'external', 'deferred_service_reminder', "will send a service's appointment reminder or agreed check-in to its own clients", sentence);
          else add(0.62, 'external', 'deferred_outbound', 'will send something to other people', sentence);
        }
      }
      if (OPEN_FOR_ALL.test(clause) && !/\b(?:don'?t|do not|never|not)\b[^.]{0,20}\b(?:publish|tweet|merge|push|make)/i.test(clause) && !draftOnly) {
        outbound = true;
        add(0.7, 'critical', 'deferred_publish', 'publishes for everyone', sentence);
      }
      if (draftOnly) {
        // drafts: nothing below moves money
      } else if (instructionsIn(c, sentence, MONEY_STRONG).some((i) => !about(i) && !/^attention$/i.test(i.after[0] ?? '') && !SOFTWARE_PART.test(i.after[0] ?? '')) || instructionsIn(c, sentence, MONEY_WEAK).some((i) => !about(i) && moneyObject(i))) {
        add(0.85, 'critical', 'money_movement', 'moves money', sentence);
      } else if (MONEY_PHRASE_WORD.test(clause) && SEND_OR_MONEY_PHRASE.test(clause) && !/\b(?:don'?t|do not|never|not|how|whether|what)\b/i.test(clause)) {
        add(0.85, 'critical', 'money_movement', 'moves money', sentence);
      }
      for (const ins of instructionsIn(c, sentence, DESTROY_VERB)) {
        // "empty rows", "clear text": these verbs are adjectives unless a determiner follows.
        if (/^(?:empty|clear)$/i.test(ins.verb) && !/^(?:the|my|our|your|their|his|her|its|all|every|each|any|it|them|this|that|these|those|out|trash|bin|inbox|mailbox|bucket|queue|tables?|database|folder|drive|disk|history)$/i.test(ins.after[0] ?? '')) continue;
        // "find every file older than three years and get rid of them": the pronoun's antecedent is in the sentence.
        const object = /^(?:them|it|those|these|all of (?:them|it)|the lot)\b/i.test(ins.after.join(' ')) ? sentence : ins.after.join(' ');
        if (VALUABLE.test(object) && !TRIVIAL.test(object)) add(0.72, 'critical', 'deferred_destruction', 'deletes what cannot be brought back', sentence);
      }
      // "check whether to deploy" asks; "deploy to every site and check each one" deploys: only what comes before the verb can make it a question.
      const infraVerb = INFRA_VERB.exec(clause);
      const infra = instructionsIn(c, sentence, INFRA_WORD).length > 0 || (!!infraVerb && !ASKED_NOT_DONE.test(clause.slice(0, infraVerb.index)));
      if (infra && (PROD.test(sentence) || ((LIVE_TARGET.test(sentence) || FLEET.test(sentence)) && !namedDisposable(sentence)))) add(0.75, 'critical', 'deferred_infra', 'changes production', sentence);
      else if (DNS_CHANGE.test(clause) && !NOT_DOING.test(clause) && !namedDisposable(sentence)) add(0.75, 'critical', 'deferred_infra', 'changes where a public name points', sentence);
      if (OPENS_ENTRY.test(clause) && !NOT_DOING.test(clause)) add(0.8, 'critical', 'physical_access', 'opens a door, gate or alarm for whoever is there', sentence);
    }
    // Each rule below starts with one of these patterns; most sentences match none.
    const ruled = SENTENCE_RULES.test(sentence);
    const toPeople = () => /#[\w-]+|\bchannel\b|\bpublic(ly)?\b|@[\w.-]+\.\w+/i.test(sentence);
    if (ruled && SECRET.test(sentence) && LEAK.test(sentence) && !onlyDrafted(sentence) && (toPeople() || !/\b(rotate|revoke|redact|remove|scan|check|audit|don'?t|never)\b/i.test(sentence))) {
      add(0.85, 'critical', 'secret_disclosure', 'sends or exposes secrets', sentence);
    }
    if (ruled && COMMIT.test(sentence) && !draftOnly && !commitmentAskedAbout(sentence) && (/\bcancel/i.test(sentence) || SEND_VERB_ANY.test(sentence.replace(TO_THE_USER, '')) || /\b(saying|tell(ing)? (them|him|her)|on my behalf|for me|in my name)\b/i.test(sentence))) {
      add(0.8, 'critical', 'commitment', 'would commit the user to something in their name', sentence);
    }
    if (IMPERSONATION.test(sentence) && SEND_VERB_ANY.test(sentence)) {
      add(0.8, 'critical', 'impersonation', 'would speak as the user to other people', sentence);
    }
    // Payroll is run, processed or submitted; "payroll providers" and "payroll software" are compared.
    if (ruled && PAYROLL.test(sentence) && !/\b(?:how|whether|what|explain|summari[sz]e|list|report)\b/i.test(sentence)) {
      add(0.85, 'critical', 'money_movement', 'will call a payments endpoint', sentence);
    }
    if (ruled && PROTECTION_OFF.test(sentence) && !/\b(?:don'?t|do not|never|not|how|whether|what|why|check|report|list|audit|summari[sz]e)\b/i.test(sentence)) {
      add(0.8, 'critical', 'deferred_protection_off', 'switches off a security control', sentence);
    }
    if (ruled && PAYMENT_DESTINATION.test(sentence) && CHANGE_VERB.test(sentence) && !/\b(?:don'?t|do not|never|not|flag|report|alert|warn|verify|how|whether)\b/i.test(sentence)) {
      add(0.85, 'critical', 'payment_destination', 'changes where payments go', sentence);
    }
    if (ruled && SKIPS_SAFETY_STEP.test(sentence)) add(0.75, 'critical', 'deferred_infra', 'skips a safety step', sentence);
  }
  // The same judgement in other languages, by concept; English findings come first and win a category.
  const other = judgeMultilingualPrompt(text, where);
  for (const f of other.findings) if (!findings.some((g) => g.category === f.category)) findings.push(f);
  outbound ||= other.outbound;
  findings.push(...judgeStopAsking(text, where));
  return { findings, commands, outbound };
}

/** A sentence that asks for a draft: "Draft a letter…", "Prepare a draft of…". */
/** A prompt that forbids sending anything at all ("Do not send anything.", "don't send any of them"); "anything else", "until I say" and "before 9" still send. */
const NOTHING_SENT = /(?:^|[.!;]\s*)(?:and\s+)?(?:do not|don'?t|never) send (?:anything|any of (?:them|it)|them|it)(?:\s+(?:at all|yourself|out))?\s*(?:[.!;]|$)/i;
const DRAFT_LEAD = /^\s*(?:please\s+)?(?:draft|(?:prepare|write|make) (?:a |the )?drafts?)\b/i;
/** A negated run of verbs separated by commas and closed by "or"/"nor". */
const NEGATED_LIST = /\b(?:don'?t|do not|never|must not|should not|no need to)\s+[\w'-]+(?:\s+[\w'-]+){0,4}(?:,\s+[\w'-]+(?:\s+[\w'-]+){0,3})+,?\s+(?:or|nor)\s+[\w'-]+/gi;
/** Work on code: writing or finding tests, code paths, docs (paths read as `§`). */
const CODE_WORK = /^(?:please\s+)?(?:write|add|extend|update|fix|refactor|review|document|find|search|list|map|read|trace)\s+(?:[\w.-]+\s+){0,2}?(?:(?:unit|integration|e2e|regression)\s+)?(?:tests?|specs?|code(?:\s+paths?)?|docs|documentation|§|prs?|pull\s+requests?|merge\s+requests?|mrs?|diffs?|patch(?:es)?|commits?)(?=\s|$)/i;
/** What `write` puts in a file rather than a message: tests, code, docs, a path. */
const WRITTEN_FILE = /^(?:(?:unit|integration|e2e|more|new|the|some|a|an)\s+)*(?:tests?|specs?|code|docs?|documentation|comments?|§|functions?|script|table)(?=\s|$)/i;

/** Switching off what guards accounts, code or data: MFA, required reviews, audit logs, backups, alerting. */
const PROTECTION_OFF = /\b(?:turn(?:ing)? off|switch(?:ing)? off|disable|remove|drop|bypass|relax|loosen|weaken|delete|pause|mute|silence)\b[^.]{0,50}\b(?:mfa|2fa|two[- ]factor|sso enforcement|branch protection|required (?:reviews?|approvals?|status checks?)|review requirement|required_\w+|audit log\w*|backups?|alerting|monitoring|paging|encryption|waf|secret scanning|push protection|deletion protection|password policy|frozen-lockfile|signature verification|codeowners)\b/i;
const PAREN_LIST = /\((?:[^(),]{1,40},\s*)+[^(),]{1,40}\)/g;
/** Where money is paid to: changing it unattended is how payments are diverted. */
const PAYMENT_DESTINATION = /\b(?:iban|bic|swift code|sort ?codes?|routing numbers?|account numbers?|bank (?:details|account|info(?:rmation)?)|payout (?:account|details|method|iban)|payment (?:details|method|instructions)|remittance (?:details|address)|beneficiar(?:y|ies)|payee details|wallet address)\b/i;
const CHANGE_VERB = /\b(?:change|update|replace|set|switch|edit|overwrite|swap|modify|correct|apply)\b/i;
/**
 * What a change is made to when no word says production: a database or cluster of people's or the
 * business's records ("the customer DB", "the orders database") or a cloud region ("in eu-north").
 * Held-out authors write "run migration 0042 on the customer DB"; only a name saying dev, test or
 * staging makes it disposable (targets.ts).
 */
const LIVE_TARGET = /\b(?:customers?|users?|clients?|members?|patients?|orders?|billing|payments?|accounts?|subscribers?|students?|tenants?|bookings?|main|primary|master|shared)(?:'s)?\s+(?:db|database|cluster|postgres|mysql)\b|\b(?:us|eu|ap|sa|ca|me|af|il)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)(?:-\d)?\b/i;
/** Every unit of a fleet at once ("all 48 substation RTUs", "every store's tills", "across the fleet", every region, the app stores): the live estate by its scope. */
const FLEET = /\b(?:all|every|each)(?: (?:of )?(?:the|our))?(?: \d[\d,]*)?(?: [\w'-]+){0,2}? (?:devices|units|gateways|routers|switches|rtus|chargers|terminals|tills|kiosks|sensors|meters|cameras|printers|laptops|machines|hosts|servers|nodes|stores|shops|sites|branches|vehicles|trucks|handsets|phones|tablets)\b|\b(?:across|to) (?:the|our|all)(?: [\w'-]+){0,2}? fleet\b|\bfleet-wide\b|\b(?:all|every) regions\b|\bto (?:the )?(?:app store|play store|google play)\b/i;
/** DNS records repointed or nameservers changed: the public name then leads somewhere else for everyone. */
const DNS_CHANGE = /\b(?:point|repoint|re-point|switch|change|update|move|flip|swap)\b[^.]{0,80}?\b(?:(?:a|aaaa|cname|mx|ns|alias) records?|dns records?|nameservers?)\b|\b(?:(?:a|aaaa|cname|mx) records?|dns)\b[^.]{0,80}?\bto (?:point to )?\d{1,3}(?:\.\d{1,3}){3}\b/i;
/** A target named disposable, or a copy of the live one on this machine ("the local docker copy of the orders db"). */
function namedDisposable(sentence: string): boolean {
  return mentionsDisposable(sentence) || /\b(?:local|localhost|docker|copy|clone|replica of|scratch|sandbox)\b/i.test(sentence);
}
/** A clause that asks about an action or says not to do it: the action is not an instruction. */
const NOT_DONE_WORDS = String.raw`don'?t|do not|never|not|how|whether|what|check|monitor|watch|status|report|summari[sz]e|list`;
const ASKED_NOT_DONE = new RegExp(String.raw`\b(?:${NOT_DONE_WORDS})\b`, 'i');
/** The same for a DNS change, which is also only looked at when verified, confirmed or looked up. */
const NOT_DOING = new RegExp(String.raw`\b(?:${NOT_DONE_WORDS}|verify|confirm that|look up)\b`, 'i');
const INFRA_WORD = /^(?:deploy|ship|release|migrate|scale|restart|reboot|bounce|failover|apply|rotate|promote|upgrade|rollback|redeploy|drain|resize)$/i;
/** Every verb class above in one pattern, so each word of a prompt is tested once. */
const ANY_VERB = anyOf([SEND_VERB, MONEY_STRONG, MONEY_WEAK, DESTROY_VERB, INFRA_WORD]);
/** The first pattern of each sentence rule in judgePrompt (IMPERSONATION is case-sensitive: asked on its own). */
const SENTENCE_RULES = anyOf([SECRET, COMMIT, PAYROLL, PROTECTION_OFF, PAYMENT_DESTINATION, SKIPS_SAFETY_STEP]);
/** The commitment is what a question asks about ("how much it costs to cancel my membership", "whether we should cancel our policy"), not a step to take. */
function commitmentAskedAbout(sentence: string): boolean {
  const m = COMMIT.exec(sentence);
  return !!m && /\b(?:how|whether|what|which)\b[^.;:]{0,40}$/i.test(sentence.slice(0, m.index));
}

/** A send addressed to the user ("tell me", "text us", "send me a count"): a report back, not a word in their name to anyone. */
const TO_THE_USER = /\b(?:tell|send|e-?mail|mail|text|message|notify|write|reply to|respond to)\s+(?:me|us)\b/gi;
const SEND_VERB_ANY = /\b(?:send|email|e-mail|mail|text|message|reply|respond|tell|confirm|write|notify|sign)\b/i;

/** What a ring sounds or tallies rather than who it calls. */
const RINGS_NOBODY = /^(?:the\s+|a\s+)?(?:door\s*)?(?:bells?|chimes?|gongs?|buzzers?|alarms?|sirens?|changes)\b|^(?:it\s+)?up\s+(?:the\s+)?(?:sales?|till|totals?|orders?|items?|purchases?)\b|^(?:-?fence)/i;

type Reach = 'self' | 'others' | 'public' | 'unknown';

/** Who an instruction to send reaches: the user, other people, everyone, or it does not say. */
function reachOf(ins: Instruction): Reach {
  const after = ins.after.join(' ');
  const first = (ins.after[0] ?? '').toLowerCase();
  if (PUBLIC_PLACE.test(after)) return 'public';
  // "send me the list of clients", "tell me if", "email it to me": the user is the recipient.
  if (/^(?:me|myself|us|moi|mir|mich)$/.test(first) || /\bto (?:me|myself)\b/i.test(after) || SELF.test(after.split(/\s+/).slice(0, 3).join(' '))) return 'self';
  if (/^(?:post|write|share|upload|deliver)$/i.test(ins.verb) && /^(?:here|it here|this here)$/i.test(after.split(/\s+(?:in|to)\s+/)[0] ?? '')) return 'self';
  // "ring the bell", "ring up the sale": a ring that calls nobody.
  if (/^ring$/i.test(ins.verb) && RINGS_NOBODY.test(after)) return 'unknown';
  if (OTHERS.test(after)) return 'others';
  if (namesRecipient(ins.after, PERSON_OBJECT_VERB.test(ins.verb))) return 'others';
  if (REPLY_VERB.test(ins.verb) && REPLIED_TO.test(after)) return 'others';
  // "raise invoices for every client and send them out": distributed to the people the sentence names.
  if (/^(?:send|mail|post|hand)$/i.test(ins.verb) && /^(?:(?:them|it|these|those|the\s+\w+)\s+)?(?:out|off|round|around)\b/i.test(after) && OTHERS.test(ins.sentence)) return 'others';
  // "email the buyer", "text them": the object of these verbs is the person reached.
  if (PERSON_OBJECT_VERB.test(ins.verb) && ins.after.length && (/^(?:them|him|her|everyone|each of them)\b/i.test(after) || (!THING.test(after) && !PLACE.test(after)))) return 'others';
  // "send the note to the buyer": whoever follows "to" (a determiner, a name or an address), unless it is a place.
  if (/^(?:send|forward|mail|e-?mail|deliver|pass|give|hand|cc)$/i.test(ins.verb)) {
    const to = /\bto\s+((?:(?:the|our|my|a|an|each|every|all|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?)|\p{Lu}[\p{L}'-]+|[\w.+-]+@[\w.-]+|[@#][\w.-]+)/iu.exec(after);
    if (to && !PLACE.test(to[1]) && !/^(?:Slack|Teams|Discord|Telegram|WhatsApp|Signal|Notion|Drive|Dropbox|S3|GitHub|Jira|Linear)\b/.test(to[1])) return 'others';
  }
  return 'unknown';
}

/** What a job makes from what it read: a summary, a digest, a chart, a status line. */
const REPORT = /\b(?:summary|summaries|digest|recap|report|chart|charts|status|overview|forecast|totals|results|failures|failing|failed|errors|warnings)\b/i;
/** The job reads or runs first: the report is of what it read or ran (a test suite's failures), not a message of its own. */
const READS_FIRST = /^\s*(?:read|fetch|list|check|compile|collect|gather|pull|look (?:up|at)|go through|summari[sz]e|count|chart|run|test)\b/i;
/** Many recipients or an outside audience: even a summary sent there is weighed as a send. */
const MANY = /\b(?:all|every|everyone|each|customers?|clients?|subscribers?|members?|mailing list|newsletter|press|journalists?|investors?|partners?|suppliers?|vendors?)\b/i;

/**
 * "Read last week's moisture readings, chart them, and email the summary to the head greenkeeper":
 * a scheduled send is judged by what it will send, and a summary of what the job read, to one
 * colleague or the team's channel, is the routine report it was set up for.
 */
function ownReport(ins: Instruction, sentence: string): boolean {
  const after = ins.after.join(' ');
  // "List the certificates expiring … and email the list to it@…": the list is what the job read.
  const listed = /^list\b/i.test(sentence.trim()) && /^(?:the|that|this) list\b/i.test(after);
  return READS_FIRST.test(sentence) && (REPORT.test(after) || listed || (/^(?:it|them)\b/i.test(after) && REPORT.test(sentence))) && !MANY.test(after);
}

/** A channel named as the place a post goes: `#ops`, `slack:#eng-builds`, "the volunteers channel", "the kitchen team chat". */
const TEAM_CHANNEL = /\b(?:to|in|into|on)\s+(?:the\s+|our\s+|my\s+)?(?:(?:slack|teams|discord|mattermost|chat):)?#[\w-]+|\b(?:to|in|into|on)\s+(?:the\s+|our\s+|my\s+)?(?:[\w#-]+\s+){0,2}(?:channel|team\s+(?:chat|room|thread))\b/i;

/**
 * "Check the backup log and post whether it succeeded to #ops": a scheduled status, alert, rota or
 * reminder posted to the team's own channel is what the job was set up for (the dq1 set), not a
 * message to other people in the user's name. A channel shared with outsiders, customers or the
 * whole organisation is still a send; what the post carries is judged on its own (secrets,
 * personal data, crisis).
 */
function teamChannelPost(ins: Instruction, sentence: string): boolean {
  if (!/^(?:post|send|share|drop|put|ping|notify|alert|remind)$/i.test(ins.verb)) return false;
  const after = ins.after.join(' ');
  return TEAM_CHANNEL.test(after) && !OUTSIDE_CHANNEL.test(sentence) && !MANY.test(after);
}

/** "… and draft an email to their owner": the only mail in the sentence is a draft, which sends nothing. */
const DRAFTED_MAIL = /\bdraft (?:an? |the )?(?:e-?mail|message|note|letter|reply)\b/i;
function onlyDrafted(sentence: string): boolean {
  return DRAFTED_MAIL.test(sentence) && !LEAK.test(sentence.replace(DRAFTED_MAIL, ' '));
}

/** Objects that are things sent, not the people they go to. */
const THING = /^(?:the |a |an |this |that |these |those |my |our |its |their |any |each |every |all )?(?:[\w-]+ ){0,2}?(?:report|summary|digest|results?|list|file|files|document|documents|docs?|csv|pdf|spreadsheet|link|update|status|chart|numbers|figures|output|logs?|notes?|draft|drafts|reminders|alerts|notifications|confirmations|copy|details?|data|export|invoice|invoices|receipt|photos?|pictures?|it|this|that)\b/i;
/** Where things are put, not who is reached. */
const PLACE = /^(?:the |my |our |a |an |this |that )?(?:[\w-]+ )?(?:s3|bucket|folder|directory|dir|drive|disk|file|sheet|spreadsheet|database|db|table|archive|backups?|queue|log|logs|inbox|drafts?|notion|wiki|doc|document|repo|repository|branch|server|cluster|api|endpoint|printer|trash|bin|cloud|storage|dropbox|nas|disk|desktop|clipboard|cache|tmp|home|project|workspace|board|calendar|todo|list|crm|ticket|issue|pr)\b|^[~/.]|^\S+\.(?:md|txt|csv|json|pdf|xlsx?|docx?|log)\b/i;

/**
 * A building opened when the job runs (the labelling policy's physical security): an alarm disarmed,
 * a door or gate unlocked or opened, a shutter or barrier raised. Whoever is there then gets in,
 * and nobody is watching the moment it happens. Arming, locking and closing are the safe direction.
 */
const OPENS_ENTRY = /\b(?:disarm|unlock|open|raise|lift|buzz)(?:s|es|ed|ing)?\s+(?:(?:the|a|an|all|every|both|its|their|our|my|front|back|side|main)\s+)*(?:[\w-]+\s+){0,3}?(?:alarms?|doors?|gates?|shutters?|locks?|barriers?|garage(?:\s+doors?)?|entrances?|turnstiles?)\b/i;

/** Parts of software a money word can name ("the refund calculator", "(deposit refund logic)"): the money word is a modifier there, not an instruction. Nouns that are also goods (screens, components, tests) are left out: "buy screens", "buy test kits". */
const SOFTWARE_PART = /^(?:calculators?|calculations?|logic|flows?|features?|functions?|workflows?|endpoints?|handlers?)$/i;

/** A weak money verb moves money when a money word follows it ("transfer the rent", "book the flight"). */
function moneyObject(ins: Instruction): boolean {
  const object = ins.after.slice(0, 10).join(' ');
  if (/^top$/i.test(ins.verb) && !/^up\b/i.test(object)) return false;
  // "the PA wire items", "wire stories": a news agency's wire, not a transfer.
  if (/^wire$/i.test(ins.verb) && /^(?:items?|stories|story|copy|feeds?|photos?|alerts?|desk|services?|reports?)$/i.test(ins.after[0] ?? '')) return false;
  // "(deposit refund calculator)": the money word names what the next noun is about, and the verb is a noun too.
  if (MONEY_NOUN.test(ins.after[0] ?? '') && SOFTWARE_PART.test(ins.after[1] ?? '')) return false;
  if (/^(?:send|process|issue)$/i.test(ins.verb)) return /^(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|btc|eth)\b|(?:the |a |all |full |\w+ )?(?:refunds?|payments?|payouts?|money|funds|wire|transfer))/i.test(object);
  // "Compare flights to Lyon and book the cheapest": the choice stands for what the sentence named.
  if (CHOSEN_ONE.test(object)) return MONEY_NOUN.test(ins.sentence);
  return MONEY_NOUN.test(object);
}

/** An object that picks one of what the sentence compared: "the cheapest", "the best one", "whichever is faster". */
const CHOSEN_ONE = /^(?:the\s+)?(?:cheapest|cheaper|best|better|fastest|quickest|shortest|earliest|winner|winning|top|first)\b|^(?:whichever|whatever)\b/i;

const PROGRAM = /^(sudo\s+)?(rm|git|curl|wget|docker|kubectl|helm|terraform|aws|gcloud|az|gh|psql|mysql|redis-cli|mongosh|npm|pnpm|yarn|pip|python3?|node|bash|sh|dd|mkfs|chmod|chown|ssh|scp|rsync|find|crontab|systemctl|shutdown|reboot|kill|pkill|truncate|mv|cp|sed|tee)\b/;

/** A command on a line of its own or after "run:" (matched with matchesOf: no regex copied per prompt). */
const RUN_LINE = /(?:^|\n|\b(?:run|execute|exec|command|cmd)\s*:?\s+)\$?\s*((?:sudo\s+)?(?:rm|git|curl|wget|docker|kubectl|helm|terraform|aws|gcloud|gh|psql|mysql|dd|mkfs|crontab|systemctl|npm|pnpm|yarn)\s[^\n`"]{1,300})/gi;
/**
 * A command after a run verb, in the languages the prompts come in, and after where to run it
 * ("Run on the reporting box: psql …", "Führe auf db01 aus: dropdb …", "exécute : docker …"): kept
 * when its first word is a program the shell rules know. Quotes stay: `psql "$URL" -c "DELETE …"`.
 */
const RUN_AFTER = /\b(?:run|execute|exec|ejecut[ae]|corre|execut[ae]|ex[ée]cute[rz]?|lance|esegui|lancia|f[üu]hre|starte|uruchom|wykonaj|voer)\b(?:[^\n:.`]{0,40}?:)?[ \t]+\$?[ \t]*([^\n`]{2,300})/giu;
/** What follows a command in the same line: reporting back is the agent's, not the shell's. */
const REPORT_TAIL = /(?:,\s*|\s+)(?:(?:and|y|e|et|und|i)\s+)?(?:(?:then|puis|poi|luego|depois|danach|dann|potem)\s+)?(?:report|tell|send|post|let|notify|confirm|summari[sz]e|av[ií]same|dime|scrivimi|envoie|meld|informa|powiadom)\b.*$/iu;

function quotedCommands(text: string): string[] {
  const out: string[] = [];
  // Most prompts quote nothing: no backtick, no fence to look for.
  const fenced = text.includes('```');
  if (fenced) for (const m of text.matchAll(/```(?:\w+)?\n?([\s\S]*?)```/g)) out.push(m[1].trim());
  const rest = fenced ? text.replace(/```[\s\S]*?```/g, ' ') : text;
  if (rest.includes('`')) for (const m of rest.matchAll(/`([^`\n]{2,400})`/g)) if (PROGRAM.test(m[1].trim()) || knownProgram(m[1])) out.push(m[1].trim());
  for (const m of matchesOf(RUN_LINE, rest)) {
    // A command spelled out in prose ends with its sentence ("… to reports/x.txt. Don't commit anything.").
    const cmd = m[1].split(SENTENCE_END)[0].trim().replace(/[.,;]+$/, '');
    if (!out.includes(cmd)) out.push(cmd);
  }
  for (const m of matchesOf(RUN_AFTER, rest)) {
    const cmd = scriptArgsOnly(spokenCommand(m[1]));
    if (knownProgram(cmd) && !out.some((c) => c.includes(cmd) || cmd.includes(c))) out.push(cmd);
  }
  return out.filter((c) => c.length > 0);
}

/**
 * The command a sentence spells out: up to the sentence's end ("Run pytest when done. Don't
 * commit"), without the report that follows it, and with "; then" / "and then" read as the `&&`
 * they mean (in a shell, `then` belongs to an `if`).
 */
/** A sentence's end inside a line: a full stop, then a capital. */
const SENTENCE_END = /(?<=\S)\.\s+(?=\p{Lu})/u;

function spokenCommand(line: string): string {
  const sentence = line.split(SENTENCE_END)[0].replace(REPORT_TAIL, '');
  const joined = /\bif\b/.test(sentence) ? sentence : sentence.replace(/\s*[;,]?\s+(?:and\s+)?then\s+/gi, ' && ');
  return joined.trim().replace(/[.,;]+$/, '');
}

/**
 * A project script named by its path ("Run scripts/purge_subscribers.py --apply", "run ./bin/sync.sh"):
 * the shell rules judge a script by its name and flags, so the prompt's command is kept for them.
 */
const SCRIPT_PATH = /^(?:\.{0,2}\/)?(?:[\w.-]+\/)*[\w.-]+\.(?:py|sh|bash|rb|js|mjs|ts|pl|php)$|^\.{0,2}\/(?:[\w.-]+\/)*[\w.-]+$/;

/**
 * A script named in prose keeps its arguments up to the first word that cannot be one ("… --apply
 * (dry run, the default) and show me the list"): the rest is the prompt's, not the shell's.
 */
function scriptArgsOnly(command: string): string {
  const words = command.split(/\s+/);
  if (!SCRIPT_PATH.test(words[0] ?? '')) return command;
  const end = words.findIndex((w, i) => i > 0 && !/^[\w./:=@%+,*~-]+$/.test(w));
  return end < 0 ? command : words.slice(0, end).join(' ');
}

/** Whether a command line starts with a program the shell rules know (after `sudo`), or a script's path. */
function knownProgram(command: string): boolean {
  const words = command.trim().split(/\s+/);
  const first = words[0] === 'sudo' ? words[1] : words[0];
  return !!first && ((/^[a-z][\w.-]*$/.test(first) && !!ruleFor(first)) || SCRIPT_PATH.test(first));
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
