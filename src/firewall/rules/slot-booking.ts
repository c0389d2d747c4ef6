// Booking the user a slot: `book_slot {slot_id, date, time, service}`, `book_appointment
// {provider, preferred_slots}` for "book me the 10:30 haircut on Friday". An appointment, a class
// place or a session held in the user's name is cancelled again with a click and moves no money, so
// it is an errand, not the money the labelling policy gates ("paying, ordering, booking"): that is a
// booking that pays. A card, a deposit, a price or any payment in the arguments, a booking of travel
// or a room (where a crisis plan shows: one-way rides, a room up high), or another person's
// details keep the unknown tool's gate; the crisis screen and the content rules still read the call.

/** Tool-name verbs for booking (not the noun: `cancel_class_booking` cancels). */
const BOOKS = /^(?:book|reserve|schedule)$/;
/** What is booked: a slot in someone's diary, not travel, a room or goods. */
const SLOT = /^(?:slots?|appointments?|appt|sessions?|class|classes|lesson|lessons|visit|consultation|court|lane|table)$/;
/** Argument words that pay, or that name travel or lodging. */
const PAYS = /(?:pay|card|deposit|price|amount|cost|fee|charge|checkout|billing|iban|wallet|currency|total|hotel|room|ride|flight|train|ticket|trip|pickup|dropoff|destination|nights?)/i;
/** Argument keys that name someone other than the user (the user's own name is allowed). */
const OTHER_PERSON = /^(?:guests?|attendees?|invitees?|participants?|for_person|on_behalf_of|dependants?|children|child|patients?|patient_?(?:name|id)|clients?|client_?(?:name|id)|person|student|pupil|members?)$/i;

const keysOf = (v: unknown): string[] => (v && typeof v === 'object' ? Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => [k, ...keysOf(x)]) : []);
const valuesOf = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v as Record<string, unknown>).flatMap(valuesOf) : []);

/** Whether the call books the user one slot that pays nothing. */
export function booksFreeSlot(toolWords: readonly string[], args: Record<string, unknown>): boolean {
  if (!toolWords.some((w) => BOOKS.test(w)) || !toolWords.some((w) => SLOT.test(w))) return false;
  const keys = keysOf(args);
  if (keys.some((k) => PAYS.test(k) || OTHER_PERSON.test(k))) return false;
  return !valuesOf(args).some((v) => /[$€£¥₹]|\b(?:pay|paid|card|deposit)\b/i.test(v));
}
