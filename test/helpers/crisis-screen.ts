import { screenCrisis } from '../../src/firewall/crisis/screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from '../../src/firewall/crisis/types.js';

// The crisis screen as the engine asks it for a message that goes out: the user's conversation,
// the outbound text, and the partial threshold of calls that reach a person.

export const screenOutbound = (conversation: string[], message: string) =>
  screenCrisis({ conversation, outbound: message, partialThreshold: OUTBOUND_CRISIS_THRESHOLD });

/** Whether the screen holds the message as crisis. */
export const heldOutbound = (conversation: string[], message: string): boolean => screenOutbound(conversation, message).crisis;
