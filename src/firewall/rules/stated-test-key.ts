import { extractedCommands } from '../call-strings.js';
import { LIVE_KEY, TEST_KEY } from '../content/money.js';
import { unrealProfile } from '../profiles/nothing-real/index.js';
import { p, type ToolProfile } from '../profiles/types.js';

// The Stripe CLI takes its key from STRIPE_API_KEY, which the command does not show. The labelling
// policy ("The Stripe CLI's mode") counts a refund, charge or payout made through it as money moved
// unless the command or the conversation names a test key or a test card. shell/rules/payments.ts
// reads the command; this reads the conversation: when the user has named the key in use as a test
// key (`sk_test_…`, `$STRIPE_TEST_KEY`, "the CLI is on the test key"), a plain Stripe CLI call moves
// nothing. Saying "test mode" or "a test payment" names no key and keeps the gate (the rows behind
// the policy asked for "a test refund" of live payments); so does any live key or "live"/"real"
// money anywhere in the conversation, a request that is not for a trial run, `--live` in the
// command, or anything else in the script. A test card counts only in the command: it is the card
// the charge uses that the live API declines.

/** A test key named in words, or its value's prefix without a value ("the sk_test one"); content/money.ts's TEST_KEY reads a key's value or a variable named for one. */
const TEST_KEY_WORDS = /\b[rs]k_test\b|\b(?:[Tt]est|[Tt]est-mode|[Ss]andbox) (?:api |API |secret )?keys?\b/;
/** The request is for a trial run (a test, a webhook to watch): a payout "to the bank" is not one, whatever key was named before. */
const TRIAL = /\b(?:test|testing|webhooks?|handler|try|fake|dummy|sandbox)\b/i;
/** Money the user calls real or live, or the live account (a live key is content/money.ts's LIVE_KEY). */
const LIVE = /\b(?:live|real|production|prod)\b/i;
/** One Stripe CLI command: no pipe, list, redirect, substitution or variable set before it. */
const ONE_STRIPE_COMMAND = /^stripe\s+[^|;&<>`$()]*$/;

/** The profile of a plain Stripe CLI call whose key the conversation names as a test key, or null. */
export function statedTestKey(args: Record<string, unknown>, named: ToolProfile, latest: string | undefined, earlier: readonly string[]): ToolProfile | null {
  if (named.kind !== 'shell' || !latest) return null;
  const commands = extractedCommands(named, args);
  if (commands.length !== 1 || !ONE_STRIPE_COMMAND.test(commands[0].trim()) || LIVE.test(commands[0]) || LIVE_KEY.test(commands[0])) return null;
  const said = [...earlier, latest].join('\n');
  if (!(TEST_KEY.test(said) || TEST_KEY_WORDS.test(said)) || LIVE.test(said) || LIVE_KEY.test(said) || !TRIAL.test(latest)) return null;
  const { kind, class: cls, base_risk, confidence } = unrealProfile('pay_or_run');
  return p(named.source, kind, cls, 'runs the Stripe CLI on the key the conversation names as a test key', { base_risk, reversible: true, confidence });
}
