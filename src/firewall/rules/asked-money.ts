import type { ToolProfile } from '../profiles/types.js';
import type { AssessContext } from '../types.js';

// Money the latest request asked to move, made exactly as asked: a refund (requested-refund.ts) or
// a transfer between the user's own accounts (own-account-transfer.ts). The profiles those rules
// make are remembered here, so the content detectors do not weigh the call's own talk of moving
// that amount a second time (carried.ts).

/** A question, a condition, or a share of an amount: no call can be matched to such a request. "For the quarter" is a period, not a share. */
export const NOT_PLAIN = /\?|\b(?:if|unless|once|provided|half|third|(?<!\b(?:the|this|last|next|each|every|per) )quarter|percent)\b|%/i;

const asked = new WeakSet<ToolProfile>();

/** Marks a profile as the money the request asked to move, and returns it. */
export function askedMoney(profile: ToolProfile): ToolProfile {
  asked.add(profile);
  return profile;
}

export const isAskedMoney = (profile: ToolProfile): boolean => asked.has(profile);

/**
 * The request a money call answers and the messages before it. A caller that sends the
 * conversation as one list, with no separate latest message (the do1 set), still has a request:
 * the last thing the user said.
 */
export function moneyRequest(context: AssessContext): { latest: string | undefined; earlier: readonly string[] } {
  const messages = context.user_messages ?? [];
  if (context.user_message !== undefined || messages.length === 0) return { latest: context.user_message, earlier: messages };
  return { latest: messages[messages.length - 1], earlier: messages.slice(0, -1) };
}
