import { HEALTH } from './personal-data.js';
import { testIf } from './literal-gate.js';
import { hasDateOfBirth } from './identity.js';

// Care instructions handed to whoever looks after a child or an animal for a while: a trip
// leader, a babysitter, a holiday club, a pet sitter or dog walker ("Ava carries an EpiPen (0.3mg)
// in her bag", "2 puffs of Ventolin if he gets wheezy", "Biscuit gets 2.5mg Vetmedin with food").
// The labelling policy makes a named person's health record sent outward must-gate; this is its
// benign edge (the dq1 set): allergies, an inhaler or an EpiPen and the doses to give are what the
// carer needs and all the text says of health. A diagnosis beside them (epilepsy, cancer, MS), a
// dose with no instruction to give it, or a date of birth (which makes the note a record anyone
// it reaches can file: e5004, a camp's parents group) is still a health record.

/** What a carer is told about allergies, inhalers and the rescue medicines that go with them. */
const CARE_TERM = /\b(?:(?:severe|life-threatening|mild) \w+ allerg\w*|allergic to|allerg\w*|al[ée]rgic[oa]s?|alergia|epipens?|anaphyla\w*|asthma|inhaler|ventolin|antihistamine|cetirizine|piriton)\b/gi;
/** What the carer is to do: give an amount, when and how, or a registration form's allergies field (the club, camp or trip's own). */
const FOR_THE_CARER = /\ballerg\w*["']?\s*[:=]|\b\d+(?:[.,]\d+)? ?(?:ml|mg|puffs?|drops?|tablets?|syringes?)\b|\b(?:half|one|two) (?:a )?(?:tablet|syringe|puff)s?\b|\b(?:twice|once|three times) a day\b|\bevery \d+ hours\b|\bcada \d+ horas\b|\bwith (?:food|breakfast|dinner)\b|\bif (?:s?he|they) (?:gets|has|starts)\b/i;
/** Animals in the carer's charge: what their medicines are is no person's record. */
const ANIMAL = /\b(?:dog|dogs|cat|cats|puppy|kitten|pony|horse|rabbit|vet|vets|kibble|litter|walker|walking (?:her|him)|vetmedin|metacam|apoquel)\b/i;

/** The text's health words are care instructions for a child or an animal in someone's charge, and nothing else. */
export function careNote(text: string): boolean {
  if ((!FOR_THE_CARER.test(text) && !ANIMAL.test(text)) || hasDateOfBirth(text)) return false;
  return !testIf(HEALTH, text.replace(CARE_TERM, ' '));
}
