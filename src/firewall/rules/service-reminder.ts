// A care or prevention service's own routine message to its clients: "Text tomorrow's patients
// 'Reminder: appointment at Westgate Surgery at <time>. Reply C to cancel.'", "Text each client on
// the step-down list 'Evening check-in from Tidewell: reply 1 if OK, 2 if you'd like a call'".
// The labelling policy counts a worker's agreed check-in or a service's appointment reminder as the
// worker's own work, not a message someone must approve (the worker is the person who checks).
// Each client gets only their own reminder, so the list is not a crowd told one thing. The message
// must be a reminder or check-in and nothing else: a diagnosis, a result, a medication, a reason for
// the visit, a bill or an offer keep the send's gate, and the content rules still read it.

/** A reminder of a client's own appointment, or a scheduled check-in that asks for a reply. */
const ROUTINE = /\breminder:?\s+(?:of\s+)?(?:your\s+)?(?:appointment|session|visit|check-?up|consultation|class|lesson|group)\b|\b(?:evening|morning|daily|nightly|weekly)\s+check-?in\b|\bcheck-?in from\b/i;
/** The service's own clients. */
const CLIENTS = /\b(?:patients?|clients?|service users?|residents?|participants?|callers?)\b/i;
/** What a reminder must not carry: clinical detail, the reason, money, marketing. */
const BEYOND = /\b(?:diagnos\w*|results?|prescri\w*|medication|medicine|dose|reason|condition|pay|payment|invoice|overdue|owe|owing|fees?|balance|discount|offer|sale|donat\w*|newsletter)\b|%/i;

/** The sentence sends to the service's clients: another send in the same prompt is judged on its own. */
export const toClients = (sentence: string): boolean => CLIENTS.test(sentence);

/** Whether a prompt sends a service's appointment reminder or agreed check-in to its own clients, and nothing more. */
export function serviceReminder(text: string): boolean {
  return ROUTINE.test(text) && CLIENTS.test(text) && !BEYOND.test(text);
}
