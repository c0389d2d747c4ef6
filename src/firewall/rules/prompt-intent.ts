import { finding, type Finding } from './finding.js';
import { judgeStopAsking } from './tampering.js';

// What a prompt handed to a scheduled job or another agent asks it to do. Nobody will be watching
// when it runs, so the prompt is judged now: destruction of things that matter, money, messages to
// other people, secrets leaving, production changes, the agent's own safety, and any shell
// command it quotes. Routine work ("summarize new issues", "run the tests") passes.

export interface PromptIntent {
  findings: Finding[];
  /** Shell commands quoted in the prompt (`...`, ```...``` blocks, "run: ..."). */
  commands: string[];
  /** The prompt asks for something to be sent to people other than the user. */
  outbound: boolean;
}

const DESTROY = /\b(delete|deleting|remove|removing|wipe|wiping|erase|erasing|drop|dropping|destroy|destroying|purge|purging|truncate|nuke|shred|overwrite|force[- ]push|reset --hard|tear down|teardown|uninstall|deprovision|terminate|clean up|cleanup|prune|borra\w*|elimina\w*|supprime\w*|efface\w*|lösch\w*|entfern\w*|cancella\w*|apaga\w*)\b/i;
const VALUABLE = /\b(all|every|everything|entire|whole|database|databases|db|table|tables|schema|branch(es)?|repo(sitor(y|ies))?|bucket|backups?|snapshots?|volumes?|records|rows|users|accounts?|customers?|emails|inbox|mailbox|history|production|prod|cluster|namespace|instances?|servers?|vms?|infrastructure|stack|data|home directory|~\/|\/etc|disk|drive|partition|photos|documents|files older|old files|releases?|tags|issues|secrets|keys|todos las|tous les|alle)\b/i;
const TRIVIAL = /\b(unused (import|variable|code|function)s?|imports?|comments?|whitespace|trailing|typos?|console\.log|debug (lines|statements)|dead code|todo comments?|duplicate lines|lint (errors|warnings)|build artifacts|node_modules|__pycache__|\.pyc|cache|tmp files|temp files|the test|a test|this line|that line|the line|the function|a function|the variable|stale branches? (locally|that are merged)|merged local branches)\b/i;

const SEND = /\b(send|sending|email|e-mail|mail|message|messages|text|sms|dm|post|posting|tweet|publish|reply|respond|answer|forward|notify|announce|broadcast|invite|share|upload|contact|call|envía|envoyer|envoie|schick\w*|sende\w*|invia\w*|envia\w*)\b/i;
const OTHERS = /\b(to|an|à|a|al|an die|alla|every|all|each|everyone in|all of)\s+(my\s+|our\s+|the\s+|all\s+|every\s+|of my\s+)?(boss|manager|team|colleagues?|coworkers?|clients?|customers?|leads?|new mentions?|mentions|commenters|reviewers|prospects?|subscribers?|members?|employees?|users|contacts|everyone|all contacts|mailing list|list|channel|group|investors?|board|hr|landlord|ex|ex-\w+|wife|husband|partner|mom|mum|mother|dad|father|parents?|sister|brother|family|friends?|followers|public|press|journalists?|vendor|supplier|bank|accountant|lawyer|recruiters?|candidates?|applicants?|tenants?|landlords?|students?|teachers?|patients?|donors?|partners?|senders?|people|everybody|all (?:unread )?(?:emails?|messages|mail)|every (?:unread )?(?:email|message|mail|dm)|each (?:email|message|sender)|unread (?:emails?|messages)|[\w.+-]+@[\w-]+\.[\w.]+|#[\w-]+|@[\w-]+|\+?\d[\d\s-]{7,})/i;
const TO_SELF = /\b(send|notify|remind|message|text|email|ping|tell|dm)\s+(me|myself|us)\b|\bremind me\b|\bto me\b/i;
const PUBLIC = /\bon X\b|\b(on|to)\s+(twitter|x\.com|linkedin|facebook|instagram|reddit|hacker news|mastodon|bluesky|the blog|our blog|the website|public)\b/i;

const MONEY = /\b(pay|paying|payments?|refunds?|transfer|wire|send money|purchase|buy|order|checkout|refund|payout|withdraw|invoice|charge|donate|trade|sell|swap|bank details|iban|routing number|pagar|pago|transferencia|virement|payer|überweis\w*|bonifico|pagamento)\b/i;
const AMOUNT = /([$€£¥]\s?\d|\d[\d,.]*\s?(usd|eur|gbp|dollars?|euros?|pounds?|btc|eth|usdc)\b|\b(stripe|paypal|venmo|zelle|wise|revolut|coinbase|credit card|card)\b)/i;

const SECRET = /(?:\.env\b|\b(?:api[_ -]?keys?|tokens?|passwords?|credentials?|secrets?|private keys?|ssh keys?|id_rsa|\.aws|aws keys|cookies?|session ids?|2fa codes?|otp|recovery codes?|seed phrase|mnemonic)\b)/i;
const LEAK = /\b(send|post|upload|paste|share|email|publish|commit|push|expose|print|leak|exfiltrate|forward|copy)\b/i;

const INFRA = /\b(deploy|ship|roll ?out|release|migrate|scale|restart|reboot|failover|apply|terraform apply|helm upgrade|kubectl apply|rotate)\b/i;
const PROD = /\b(prod|production|live (site|system|database|cluster)|customer[- ]facing|main cluster)\b/i;

export function judgePrompt(text: string, where = 'the prompt'): PromptIntent {
  const findings: Finding[] = [];
  const commands = quotedCommands(text);
  let outbound = false;
  for (const sentence of text.split(/(?<=[.!?\n;])\s+/)) {
    if (!sentence.trim()) continue;
    if (DESTROY.test(sentence) && VALUABLE.test(sentence) && !TRIVIAL.test(sentence)) {
      findings.push(finding(0.72, 'critical', false, 'deferred_destruction', `${where} asks to ${clip(sentence)}`));
    }
    if (MONEY.test(sentence) && (AMOUNT.test(sentence) || /\b(pay|transfer|wire|purchase|buy|refunds?|payouts?|issue a refund)\b/i.test(sentence)) && !/\b(how (do|to|can)|explain|what is|policy|status of|check (the )?status|look up|list)\b/i.test(sentence)) {
      findings.push(finding(0.85, 'critical', false, 'money_movement', `${where} asks to move money: ${clip(sentence)}`));
    }
    const toPeople = /#[\w-]+|\bchannel\b|\bpublic(ly)?\b|@[\w.-]+\.\w+/i.test(sentence);
    if (SECRET.test(sentence) && LEAK.test(sentence) && (toPeople || !/\b(rotate|revoke|redact|remove|scan|check|audit|don'?t|never)\b/i.test(sentence))) {
      findings.push(finding(0.85, 'critical', false, 'secret_disclosure', `${where} asks to send or expose secrets: ${clip(sentence)}`));
    }
    const draftOnly = /\b(do not send|don'?t send|without sending|not (?:to )?send|drafts? only|as drafts?|save (?:it |them |the \w+ )?(?:as|to) drafts?)\b/i.test(sentence);
    if (SEND.test(sentence) && !draftOnly && (OTHERS.test(sentence) || PUBLIC.test(sentence)) && !(TO_SELF.test(sentence) && !OTHERS.test(sentence))) {
      outbound = true;
      findings.push(finding(0.62, 'external', false, 'deferred_outbound', `${where} will send something to other people: ${clip(sentence)}`));
    }
    if (/\b(accept(ing)?|decline|declining|sign(ing)?|agree(ing)? to|commit(ting)? to|resign(ing)?|quit(ting)?|cancel(ling)?)\b[^.]{0,30}\b(offer|contract|agreement|terms|deal|position|job|lease|my (job|position|membership|subscription))\b/i.test(sentence) && (SEND.test(sentence) || /\b(saying|tell(ing)? (them|him|her)|on my behalf|for me)\b/i.test(sentence))) {
      findings.push(finding(0.8, 'critical', false, 'commitment', `${where} would commit the user to something in their name: ${clip(sentence)}`));
    }
    if (/\b(as if (you were|you're|it was) me|pretend(ing)? to be me|posing as me|in my name|sign(ed)? as me|impersonat\w+)\b/i.test(sentence)) {
      findings.push(finding(0.8, 'critical', false, 'impersonation', `${where} would speak as the user to other people: ${clip(sentence)}`));
    }
    if (/\b(POST|PUT)\b[^\n]{0,80}\/(payments?|transfers?|payouts?|charges|wires?|payroll)\b|\bpayroll\b/i.test(sentence)) {
      findings.push(finding(0.85, 'critical', false, 'money_movement', `${where} will call a payments endpoint: ${clip(sentence)}`));
    }
    if (INFRA.test(sentence) && PROD.test(sentence) && !/\b(check|monitor|report|watch|status|read|look|summari[sz]e|list|don'?t|never)\b/i.test(sentence) || /\bskip(ping)? (the )?(canary|review|approval|tests|checks)\b/i.test(sentence)) {
      findings.push(finding(0.75, 'critical', false, 'deferred_infra', `${where} changes production: ${clip(sentence)}`));
    }
  }
  findings.push(...judgeStopAsking(text, where));
  return { findings, commands, outbound };
}

const PROGRAM = /^(sudo\s+)?(rm|git|curl|wget|docker|kubectl|helm|terraform|aws|gcloud|az|gh|psql|mysql|redis-cli|mongosh|npm|pnpm|yarn|pip|python3?|node|bash|sh|dd|mkfs|chmod|chown|ssh|scp|rsync|find|crontab|systemctl|shutdown|reboot|kill|pkill|truncate|mv|cp|sed|tee)\b/;

function quotedCommands(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/```(?:\w+)?\n?([\s\S]*?)```/g)) out.push(m[1].trim());
  const rest = text.replace(/```[\s\S]*?```/g, ' ');
  for (const m of rest.matchAll(/`([^`\n]{2,400})`/g)) if (PROGRAM.test(m[1].trim())) out.push(m[1].trim());
  for (const m of rest.matchAll(/(?:^|\n|\b(?:run|execute|exec|command|cmd)\s*:?\s+)\$?\s*((?:sudo\s+)?(?:rm|git|curl|wget|docker|kubectl|helm|terraform|aws|gcloud|gh|psql|mysql|dd|mkfs|crontab|systemctl|npm|pnpm|yarn)\s[^\n`"]{1,300})/gi)) {
    const cmd = m[1].trim().replace(/[.,;]+$/, '');
    if (!out.includes(cmd)) out.push(cmd);
  }
  return out.filter((c) => c.length > 0);
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
