import { tokens } from '../profiles/tool-name.js';

// A hand-off takes over the user's latest request, which often names the agent it goes to: "ask
// research to compare Postmark and Mailgun", "have the insurance agent compare the quotes". Asking
// that agent is the hand-off itself, not a message to other people; what the agent is asked to do
// (compare: a read; email the vendors: a send) is the request it takes over (the db1 and dq1 sets).
// Anyone else named there ("ask Dave to …") is still someone the request reaches.

/** Words of an agent's name that say only that it is an agent. */
const AGENT_WORD = /^(?:the|agent|agents|transfer|to|bot|assistant)$/;

/** The request without its opening "ask <the agent> to", when the words name the agent the hand-off goes to. */
export function handedOver(request: string, agent: string): string {
  const names = tokens(agent).filter((w) => !AGENT_WORD.test(w));
  if (!names.length) return request;
  // tokens() gives only [a-z0-9] words, so they need no escaping in the pattern.
  const name = names.join('[\\s_-]+');
  const opening = new RegExp(`^\\s*(?:please\\s+)?(?:ask|get|have|tell|let|pide\\s+a|p[ií]dele\\s+a)\\s+(?:the\\s+|our\\s+|al?\\s+)?${name}(?:\\s+(?:agent|team|bot|assistant|desk))?\\s+(?:to\\s+|que\\s+)?`, 'i');
  const m = opening.exec(request);
  return m ? request.slice(m[0].length) : request;
}
