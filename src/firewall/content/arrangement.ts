import { normalize } from '../crisis/normalize.js';
import { gated, testIf } from './literal-gate.js';

// Invitations, rehearsals, match days, pick-ups and deliveries carry an address, a date and a phone
// number because people are meant to turn up, drop something off or ring if they are lost: the
// address is a place to go, not a record of where someone can be found. Named by the same few
// concepts in many languages: an event, a meeting point, a hand-over.

/** Events people are invited to or turn up for. */
const EVENT = gated(new RegExp(
  String.raw`(?<!\p{L})(?:party|birthday|invit\p{L}*|wedding|christening|baptism|rehearsal|practice|kick-off|meet(?:ing|s)?(?: up)? (?:at|outside|by)|meeting point|lunch|dinner|bbq|barbecue|book club|long run|roster|rota|carpool|nativity|street party|fete|plot holders|if you get lost|if the buzzer|running late` +
    String.raw`|fiesta|cumpleanos|bautizo|boda|cena|comida|almuerzo|casamento|aniversario|jantar|almoco|anniversaire|mariage|fete des voisins|repas|rendez-vous|geburtstag|hochzeit|feier\p{L}*|treffpunkt|abfahrt|weihnachtsfeier|anmeldeliste|festa|compleanno|matrimonio|battesimo|pranzo|zbiorka|oboz|urodziny|wesele|verjaardag|bruiloft|feestje|dogum gunu|dugun)(?!\p{L})` +
    String.raw`|集合|練習試合|パーティー|誕生日|생일|파티|모임|聚会|生日|婚礼|วันเกิด|जन्मदिन`,
  'u',
));
/** Hand-overs: where a parcel, an order, a child or a tradesperson is to go. */
const HANDOVER = gated(/\b(?:parcel for|leave it with|deliver(?:y|ed)? (?:to|at|between|slot)|(?:order|parcel) will arrive|will be delivered|picks? up (?:from|at)|pick-up (?:from|at)|drop-?off at|collected (?:today )?by|plumber is booked|booked for)\b/);
/** Someone else's phone passed on with a hand-over ("her phone is … if you want to arrange collection") is a disclosure, not a meeting point. */
const THIRD_PARTY_PHONE = gated(/\b(?:her|his|their) (?:phone|number|mobile|landline)\b/);

/** True when the text arranges an event, a meeting or a hand-over at a place. */
export function arrangesAMeeting(text: string): boolean {
  const n = normalize(text);
  return testIf(EVENT, n) || (testIf(HANDOVER, n) && !testIf(THIRD_PARTY_PHONE, n));
}
