import { extractedCommands } from '../call-strings.js';
import { profileFor } from '../profiles/index.js';
import type { ToolProfile } from '../profiles/types.js';
import { requestedRefund } from './requested-refund.js';

// The Stripe CLI's `stripe refunds create --payment-intent pi_… --amount 1800` is the same refund a
// refund tool makes: one payment, an amount, a reason. Read that way, it is judged by the rule for
// refunds made as the request asked (requested-refund.ts), as a generic request tool's
// `POST /v1/refunds` is (api-envelope.ts). Anything more in the command (a pipe, a second command,
// another flag, a live or test key) keeps the shell rules' judgement.

/** One refund of one payment, with only the flags a refund of one payment carries. */
const STRIPE_REFUND = /^stripe\s+refunds\s+create((?:\s+--(?:payment-intent|charge|amount|reason)(?:=|\s+)(?:[\w.-]+|'[\w. -]+'|"[\w. -]+"))+)\s*$/;
const FLAG = /--([\w-]+)(?:=|\s+)(?:'([^']*)'|"([^"]*)"|([\w.-]+))/g;

/** The refund profile a shell call that is one Stripe CLI refund, made as the request asked, earns, or null. */
export function cliRefund(args: Record<string, unknown>, named: ToolProfile, request: string | undefined, earlier: readonly string[]): ToolProfile | null {
  if (named.kind !== 'shell' || !request) return null;
  const commands = extractedCommands(named, args);
  const m = commands.length === 1 ? STRIPE_REFUND.exec(commands[0].trim()) : null;
  if (!m) return null;
  const refund: Record<string, string> = {};
  for (const [, flag, single, double, bare] of m[1].matchAll(FLAG)) refund[flag.replace('-', '_')] = single ?? double ?? bare;
  return requestedRefund('create_refund', refund, profileFor('create_refund', undefined, {}), request, earlier);
}
