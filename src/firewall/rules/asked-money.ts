import type { ToolProfile } from '../profiles/types.js';

// Money the latest request asked to move, made exactly as asked: a refund (requested-refund.ts) or
// a transfer between the user's own accounts (own-account-transfer.ts). The profiles those rules
// make are remembered here, so the content detectors do not weigh the call's own talk of moving
// that amount a second time (carried.ts).

/** A question, a condition, or a share of an amount: no call can be matched to such a request. "For the quarter" is a period, not a share, and "half-term" a holiday. */
export const NOT_PLAIN = /\?|\b(?:if|unless|once|provided|half(?!-)|third|(?<!\b(?:the|this|last|next|each|every|per) )quarter|percent)\b|%/i;

const asked = new WeakSet<ToolProfile>();

/** Marks a profile as the money the request asked to move, and returns it. */
export function askedMoney(profile: ToolProfile): ToolProfile {
  asked.add(profile);
  return profile;
}

export const isAskedMoney = (profile: ToolProfile): boolean => asked.has(profile);
