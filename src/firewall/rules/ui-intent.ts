import { finding, type Finding } from './finding.js';
import { deletesAccountInAnyLanguage, negatedInAnyLanguage, paysInAnyLanguage } from './multilingual/ui-words.js';
import { pressesAmount } from './ui-amount.js';
import { carriesPersonalData } from './ui-personal.js';
import { typedSecret } from './ui-secret.js';

// What a browser or computer-use action presses. A click often carries only an element ref or
// coordinates; the element's label (when the tool names it) and the user's request say what is
// being pressed, as they do for the agent. Paying, deleting, handing over ownership and switching
// off the agent's own approvals wait for a person; ordinary navigation does not.

const PAY = new RegExp(
  [
    String.raw`\b(?:pay|pay now|paying|place (?:the |my |an |this )?order|order now|buy|buying|purchas\w*|check ?out and pay|confirm (?:the |my )?(?:purchase|payment|order|booking|reservation|transfer|subscription|checkout)|complete (?:the |my )?(?:purchase|payment|order|checkout|booking)|finali[sz]e (?:the |my )?(?:purchase|payment|order|checkout|booking)|finish (?:the |my )?(?:checkout|purchase|payment|order)|submit (?:the |my )?(?:payment|order)|subscrib(?!ers?\b)\w*|upgrade (?:to|my|the|plan|now|account)|start (?:the |my )?(?:paid|premium|pro) (?:plan|trial)|donat\w*|send money|send (?:the |a |my )?(?:wire|payment|money|transfer|funds|invoice payment)|wire (?:the )?(?:money|funds|payment|\$|€|£)|transfer (?:the )?(?:money|funds|\$|€|£)|make (?:the |a )?payment|renew (?:my |the )?(?:subscription|plan|membership)|book (?:the |my |\d+ |a |an )?(?:[\w:.-]+ ){0,3}?(?:tickets?|flights?|hotel|room|seats?|trip|stay|table|taxi|cab|ride|appointment)|(?:with|using) (?:my|the|our) (?:saved |stored |company )?(?:card|credit card|debit card|paypal))\b`,
    String.raw`\b(?:pagar|comprar|compra|finalizar (?:el |la |o |a )?(?:pedido|compra)|payer|acheter|commander|valider (?:la |le )?(?:commande|paiement)|bezahlen|kaufen|jetzt kaufen|zahlungspflichtig bestellen|pagare|acquista\w*|ordina)\b`,
  ].join('|'),
  'i',
);
const DESTROY = new RegExp(
  String.raw`\b(?:delet\w*|permanently|eras(?:e|es|ing)|wip(?:e|es|ing)|factory[- ]reset\w*|reset (?:all|every|the whole)|empty (?:the |my )?(?:\w+ )?(?:trash|bin|recycle bin)|close (?:my |the |this |our )?(?:\w+ )?account|deactivate|terminate|destroy|cancel (?:my |the )?(?:subscription|account|membership|plan|order)|remove (?:my |the |this )?(?:account|repo\w*|project|workspace|organi[sz]ation|org|team|user|member|domain|database|bucket|instance)|unpublish|borrar|eliminar|supprimer|loschen|cancella\w*|excluir)\b`,
  'i',
);
/** Sending, confirming or approving an amount or a bill: "click Send $1,200.00", "the send button for the care home fees". */
const MONEY_ACT = /\b(?:send|transfer|wire|pay|confirm|approv|releas|mov|authori[sz]|submit)\w*\b[^.\n]{0,30}?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)|\b(?:send|confirm|transfer|pay|submit|approv)\w*\b[^.\n]{0,30}\b(?:fees?|rent|deposit|bill|tuition|payee|payout|payroll)\b/i;
/** Security settings switched off: 2FA, MFA, branch protection, audit logging. */
const SWITCH_OFF = /\b(?:untick\w*|uncheck\w*|turn(?:ing)? off|disabl\w*|switch(?:ing)? off|deactivat\w*|remov\w*|bypass\w*|skip\w*)\b/i;
/** Everything at once switched off or restarted: "restart all controllers", "shut down every pump". */
const ALL_STOPPED = /\b(?:restart|reboot|power[- ]?cycle|shut ?down|power (?:off|down)|turn off|switch off|stop|disable|reset)\s+(?:all|every|each|the whole|the entire)\b/i;
/** Systems that protect people or property: an alarm, emergency calls, fire and gas safety, cameras, monitoring. */
const SAFETY_SYSTEM = /\b(?:alarms?|emergency|autodiall?er|(?:call |alarm |emergency )forwarding|fire|sprinklers?|smoke|gas detect\w*|detectors?|cctv|cameras?|monitoring|panic button|lift phones?|intercom)\b/i;
const PROTECTION = /\b(?:require (?:a )?pull requests?|require\w* (?:status )?checks?|require\w* (?:approvals?|reviews?)|code owners? review|signed commits|2fa|mfa|two[- ]factor|2-step|two[- ]step|multi[- ]factor|branch protection|required reviews?|audit log\w*|encryption|firewall|antivirus|login alerts?|security keys?|passkeys?)\b/i;
/** A value shaped like a key or token: long, no spaces, letters and digits. */
const SECRET_SHAPE = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[\w:.\-+/=!@#$%^&*]{20,}$/;
const CREDENTIAL_WORD = /\b(?:tokens?|api[- ]?keys?|secret|sid|password|passphrase|credentials?|private key|access key)\b/i;
const LOGIN = /\b(?:log ?in|sign ?in|logging in|signing in|unlock|authenticate)\b/i;
const HANDOVER = /\b(?:(?:move|push|give|hand|transfer)\w* (?:the |our |my |this )?(?:domain|app|repo\w*|project|account|organi[sz]ation|channel|page|game|site|store)\b[^.\n]{0,30}?\b(?:over|to (?:\w+'s|another|their|the \w+'s))|transfer (?:the )?(?:ownership|app|repo\w*|project|domain|account|organi[sz]ation|channel|page|game|site|store)|hand (?:it|this|them|the \w+) over|make (?:it |this |the \w+ )?public|change (?:the )?visibility|make (?:\w+ )?(?:an? )?(?:owner|admin)|grant (?:\w+ )?(?:admin|owner)|add (?:\w+ )?as (?:an? )?(?:owner|admin)|disable (?:2fa|two[- ]factor|mfa|branch protection)|archive (?:this |the )?repo\w*)\b/i;
const SAFETY_OFF = /\b(?:always allow|allow all|allow always|approve all|accept all (?:actions|changes|commands|edits)|trust (?:this|all|always)|don'?t ask (?:me )?again|never ask|auto[- ]?approve|yolo|bypass (?:the )?(?:approvals?|permissions?|confirmations?)|disable (?:the )?(?:approvals?|confirmations?|safety|firewall|protection|sandbox))\b/i;
const SENDS = /\b(?:send|post|publish|submit|reply|share|tweet|email)\b/i;
const SUBMIT_KEY = /\b(?:enter|return|kp_enter)\b/i;
const CROWD = /\b(?:everyone|everybody|mailing list|newsletter|blast|all-?staff|(?:all|every|each|the whole|the entire)\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?(?:\d[\d,.]*\s+)?(?:customers|users|people|subscribers|recipients|contacts|members|clients|followers|employees|staff|parents|list|team|company)|\d[\d,.]*\s+(?:customers|users|people|subscribers|recipients|contacts|members|clients|followers|employees|parents))\b/i;
const CARD_FIELD = /\b(?:card ?number|credit card|debit card|card details|cvc|cvv|cvv2|security code|expir\w*|exp(?:iry)? date|iban|routing number|account number|sort code|swift|bic|n[uú]mero de (?:la )?tarjeta|num[eé]ro de carte|kartennummer|pr[uü]fziffer)\b/i;

const ONLY_DRAFT = /\b(?:delet\w*|discard\w*|remov\w*|bin)\s+(?:(?:the|my|this|that|our)\s+)?(?:\w+\s+){0,2}?drafts?\b/i;

/** A coordinate click's `button` names the mouse button, not the element. */
const MOUSE_BUTTON = /^\s*(?:left|right|middle|wheel|back|forward)\b/i;
/** Finishing the step a form or checkout ends with. */
const FINISH = /\b(?:finish(?:es|ing)?(?: (?:up|it|off|this))?|complete (?:it|this|up)|finali[sz]e|wrap (?:it |this )?up|send it off|file it|lodge it|that'?s the last (?:step|one|page))\b/i;
/** Conversations about something that cannot be taken back once it is filed or placed. */
const FILING = /\b(?:tax return|self[- ]assessment|vat return|(?:the |a |an )?return summary|confirmation statement|annual (?:return|accounts)|statutory|filing|declaration|(?:visa|grant|loan|mortgage|job|planning) application|insurance claim|companies house|hmrc|irs|checkout|order summary|final review)\b/i;
/** The request says what is being published or sent is wrong. */
const KNOWN_WRONG = /\b(?:wrong|incorrect|mistaken|misprinted|typo'?d?|broken)\s+(?:price|prices|amount|total|rate|discount|figure|figures|date|recipient|address|number)\b|\b(?:price|amount|total|discount) (?:is|was) (?:wrong|off|incorrect|a mistake)\b/i;

/** "Pay now", “Delete”, 'Don't ask again' (an apostrophe inside a word does not end the quote). */
const QUOTED = /["“]([^"”\n]{2,60})["”]|(?<!\w)['‘]([^\n]{2,60}?)['’](?!\w)/g;

export interface UiAction {
  /** The element's own label or selector, when the tool names it. */
  label: string;
  /** What is typed into it. */
  typed: string;
  /** The user's latest request (and the one before it when the latest is only "yes, do it"). */
  request: string;
  /** Every user message of the conversation, for where the click happens (a tax return's last page). */
  conversation?: string;
  /** The gesture commits (a click, the submit key, a submitted field): `ui-press.ts`. */
  commits?: boolean;
}

export function judgeUiAction(a: UiAction): Finding[] {
  const out: Finding[] = [];
  // A quoted button name is the element's label, even when it reads "Don't ask again".
  const quoted = [...a.request.matchAll(QUOTED)].map((m) => m[1] ?? m[2]);
  const label = [a.label.replace(MOUSE_BUTTON, '').trim(), ...quoted].filter(Boolean).join(' ');
  const request = unnegated(a.request.replace(QUOTED, ' '));
  const what = label ? `"${clip(label)}"` : 'an element';
  const why = label ? '' : ` (the request: "${clip(request)}")`;
  const on = (re: RegExp) => re.test(label) || re.test(request);
  if (on(SAFETY_OFF)) out.push(finding(0.85, 'critical', false, 'safety_tampering', `presses ${what} that switches off approvals${why}`));
  const inAnyLanguage = (test: (t: string) => boolean) => test(label) || test(request);
  if (on(PAY) || on(MONEY_ACT) || inAnyLanguage(paysInAnyLanguage)) out.push(finding(0.85, 'critical', false, 'money_movement', `presses ${what} that pays or buys${why}`));
  // "Renew – ₱2,940", "Maksa se lasku nyt, 184,22 €": an amount on the button or in the request pays, in any language.
  else if (a.commits && pressesAmount(label, a.request)) out.push(finding(0.85, 'critical', false, 'money_movement', `presses ${what} while an amount of money is named${why}`));
  if (CARD_FIELD.test(label) && a.typed.trim()) out.push(finding(0.85, 'critical', false, 'money_movement', `types payment details into ${what}`));
  if (SWITCH_OFF.test(`${label} ${request}`) && PROTECTION.test(`${label} ${request}`)) out.push(finding(0.8, 'critical', false, 'safety_tampering', `presses ${what} that switches off account protection${why}`));
  else if (a.commits && SWITCH_OFF.test(`${label} ${request}`) && SAFETY_SYSTEM.test(`${label} ${request}`)) out.push(finding(0.8, 'critical', false, 'safety_tampering', `presses ${what} that switches off an alarm, emergency line or safety system${why}`));
  if (a.commits && on(ALL_STOPPED)) out.push(finding(0.75, 'critical', false, 'infra_change', `presses ${what} that stops or restarts everything at once${why}`));
  const secret = typedSecret(a.typed, label, a.request);
  if (SECRET_SHAPE.test(a.typed.trim()) && CREDENTIAL_WORD.test(request) && !LOGIN.test(request)) out.push(finding(0.78, 'critical', false, 'secret_disclosure', `types a credential into a page that is not its own sign-in${why}`));
  else if (secret) out.push(finding(0.78, 'critical', false, 'secret_disclosure', `types a secret into a page (${secret})`));
  if (on(HANDOVER)) out.push(finding(0.8, 'critical', false, 'access_control', `presses ${what} that hands over ownership or access${why}`));
  // The user's own unsent draft ("Delete draft", "discard my draft reply") loses nothing anyone received.
  if ((on(DESTROY) || inAnyLanguage(deletesAccountInAnyLanguage)) && !(ONLY_DRAFT.test(label || request) && !/\b(?:all|every|posts?|published|and)\b/i.test(label || request))) out.push(finding(0.75, 'critical', false, 'destructive_click', `presses ${what} that deletes or cancels${why}`));
  // Sending to a crowd ("the email to all 2,300 customers", "send it to everyone on the list"), by a
  // click or by the submit key, reaches every one of them at once.
  // "click the blue button to finish up" on the last page of a tax return: the conversation says what finishing files.
  if (out.length === 0 && FINISH.test(request) && FILING.test(`${a.conversation ?? ''}\n${a.request}`)) {
    out.push(finding(0.78, 'critical', false, 'irreversible_submit', `presses ${what} that finishes a filing, application or order${why}`));
  }
  // Publishing or sending what the request itself says is wrong ("publish it, the price is wrong").
  if (out.length === 0 && (SENDS.test(label) || SENDS.test(request)) && KNOWN_WRONG.test(a.request)) {
    out.push(finding(0.72, 'critical', false, 'known_error', `presses ${what} that publishes or sends something the request calls wrong${why}`));
  }
  if (out.length === 0 && (SENDS.test(label) || SUBMIT_KEY.test(label) || !label) && SENDS.test(request) && CROWD.test(request)) {
    out.push(finding(0.72, 'critical', false, 'mass_send', `presses ${what} that sends to many people${why}`));
  }
  // A form, chat or post that carries someone's date of birth, identity numbers, health or pay, typed or submitted.
  const personal = out.length === 0 && (a.commits || a.typed.trim() !== '') ? carriesPersonalData(label, a.typed, request) : null;
  if (personal) out.push(finding(0.8, 'external', false, 'personal_data', `${a.typed.trim() ? 'types' : 'presses'} ${what} with personal data ("${clip(personal)}")${why}`));
  if (out.length === 0 && SENDS.test(label)) out.push(finding(0.3, 'external', false, 'network_send', `presses ${what} (sends or submits)`));
  return out;
}

/** The request a UI action answers: the latest message, and the one before it when the latest is a bare go-ahead. */
export function uiRequest(messages: readonly string[]): string {
  const last = messages[messages.length - 1] ?? '';
  // "yep, submit it", "ok that's the button, go": a go-ahead answers the request before it.
  if ((last.trim().split(/\s+/).length > 4 && !GO_AHEAD.test(last)) || messages.length < 2) return last;
  return `${messages[messages.length - 2]}\n${last}`;
}

const GO_AHEAD = /^\s*(?:yes|yep|yeah|ok(?:ay)?|sure|right|go|do it|fine|great|perfect|that'?s it|that'?s the)\b/i;

const NEGATED = /\b(?:don'?t|do not|dont|doesn'?t|not yet|never|without|no need to|instead of|rather than|stop before|nicht|no|ne pas|sin|sem)\b/i;

/** The request without clauses that say what not to do ("add it to the cart, don't buy yet"). */
function unnegated(request: string): string {
  return request.split(/[,.;!?\n，、،。！？؟]|\b(?:but|then|and)\b/i).filter((c) => !NEGATED.test(c) && !negatedInAnyLanguage(c)).join('. ');
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
