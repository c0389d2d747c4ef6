import type { AssessContext } from './types.js';

// The request a call answers and the messages before it. A caller that sends the conversation as
// one list, with no separate latest message (the do1 set), still has a request: the last thing the
// user said. Rules that read "what the latest request asked" (money made as asked, attachments sent
// where asked, drafts and test sends) read it here.

export interface LatestRequest {
  latest: string | undefined;
  earlier: readonly string[];
}

export function latestRequest(context: AssessContext): LatestRequest {
  const messages = context.user_messages ?? [];
  if (context.user_message !== undefined || messages.length === 0) return { latest: context.user_message, earlier: messages };
  return { latest: messages[messages.length - 1], earlier: messages.slice(0, -1) };
}
