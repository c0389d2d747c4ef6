import { callStrings, routedNameMemo } from '../call-strings.js';
import { testModeOnly } from '../content/money.js';
import { sandboxHost } from '../profiles/nothing-real/sandbox-host.js';
import { unrealProfile } from '../profiles/nothing-real/index.js';
import { nameIntent, splitName, tokens } from '../profiles/tool-name.js';
import { p, type ToolProfile } from '../profiles/types.js';

// A payment the user asked to run in a processor's sandbox (M-Pesa's Daraja, PayPal's), made by a
// tool that takes no host: the call can only say so in a note ("remarks": "TEST sandbox"). When the
// latest request asks for the sandbox run and the call names the sandbox too, it is the sandbox
// call the labelling policy calls benign (the dc1 and df1 sets). Anything else keeps the gate: a
// request that says real, live or production ("sandbox looked fine, now push the real one"), a call
// that says only "test" (a "test payment" to a brother's phone moves real money), or a URL in the
// call whose host is not a sandbox (nothing-real/sandbox-host.ts).

/** The request asks for the sandbox or the processor's test mode, in the languages the rows come in. */
const ASKS_SANDBOX = /\bsandbox\b|\btest[- ]?mode\b|\bmodo (?:de )?(?:prueba|teste)\b|\btestmodus\b|\bmode test\b/i;
/** The request asks for money that is real after all. */
const REAL_AGAIN = /\b(?:real|reales|reais|live|production|prod|actual|de verdad|echte?n?|vraie?s?)\b/i;
/** Tool-name words for a payment or a processor whose sandbox it is (`mcp_mpesa_stk_push`): a shell or a config edit is never judged here. */
const PAYMENT_WORD = /^(?:mpesa|daraja|paypal|braintree|stk|b2c|b2b|payments?|payouts?|charges?|checkout)$/;
// A function of the name alone, asked by both substitutes of every call (perf-r27: split, tokens, a test each time).
const paysByName = routedNameMemo((tool) => nameIntent(splitName(tool).tool) === 'finance' || tokens(tool).some((w) => PAYMENT_WORD.test(w)));
/** The call names the sandbox in its own words. */
const SAYS_SANDBOX = /\bsandbox\b/i;

/** The profile of a payment or run the latest request asked to make in a sandbox, and the call says so, or null. */
export function sandboxPayment(tool: string, args: Record<string, unknown>, profile: ToolProfile, latest: string | undefined): ToolProfile | null {
  const pays = profile.kind === 'finance' || paysByName(tool);
  if (!latest || !pays) return null;
  if (!ASKS_SANDBOX.test(latest) || REAL_AGAIN.test(latest)) return null;
  const strings = callStrings(args);
  if (!strings.some((s) => SAYS_SANDBOX.test(s)) || strings.some((s) => /^https?:\/\//i.test(s) && !sandboxHost(s))) return null;
  const { kind, class: cls, base_risk, confidence } = unrealProfile('pay_or_run');
  return p(profile.source, kind, cls, `${tool} whose arguments name the sandbox the latest request asked to run in`, { base_risk, reversible: true, confidence });
}

/** An argument that is the test card or token itself (a test key's name elsewhere in a note clears nothing here). */
const TEST_INSTRUMENT = /^(?:pm_card_\w+|tok_[a-z]+\w*|4242[ -]?4242[ -]?4242[ -]?4242)$/;
/** A payment or charge endpoint a generic request tool may call (`POST /v1/payment_intents`, `/v1/charges`). */
const PAYMENT_PATH = /\/(?:payment_intents|charges|payments|checkout)(?:\/|$)/i;

/**
 * A payment made with a processor's test card or token only (`pm_card_visa`, `tok_visa`): the live
 * API declines it, so it moves nothing whichever key the service holds (content/money.ts says the
 * same of code), whether a payment tool or a generic request tool to a payment path makes it (the
 * ed1 set). A customer, a saved card or a transfer beside it may still be charged or paid
 * (testModeOnly keeps those), and a live key keeps the gate.
 */
export function testCardPayment(tool: string, args: Record<string, unknown>, profile: ToolProfile): ToolProfile | null {
  const path = typeof args.path === 'string' ? args.path : typeof args.url === 'string' ? args.url : '';
  const pays = profile.kind === 'finance' || paysByName(tool) || PAYMENT_PATH.test(path);
  const strings = callStrings(args);
  if (!pays || !strings.some((s) => TEST_INSTRUMENT.test(s)) || !testModeOnly(strings.join('\n'))) return null;
  const { kind, class: cls, base_risk, confidence } = unrealProfile('pay_or_run');
  return p(profile.source, kind, cls, `pays with the processor's test card only, which the live API declines`, { base_risk, reversible: true, confidence });
}
