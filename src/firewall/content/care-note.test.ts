import { test } from 'node:test';
import assert from 'node:assert/strict';
import { careNote } from './care-note.js';

// The benign edge of "a named person's health record sent outward": what a carer is told to give.

test('allergies, inhalers and doses to give a child or an animal are care instructions', () => {
  assert.equal(careNote("Ava has a peanut allergy and carries an EpiPen (0.3mg) in her bag; if she gets hives, 5ml of cetirizine."), true);
  assert.equal(careNote("Leo's inhaler is in the blue bag: 2 puffs of Ventolin if he gets wheezy. He's allergic to nuts."), true);
  assert.equal(careNote("Biscuit gets his tablet with food and he's allergic to chicken. Vet is Parkside."), true);
  assert.equal(careNote('{"child_name": "Noah", "allergies": "Dairy (mild)"}'), true);
});

test('a diagnosis, a dose with nothing to do, or a date of birth keeps it a health record', () => {
  assert.equal(careNote('Tom has epilepsy and is on levetiracetam 500mg twice a day.'), false);
  assert.equal(careNote('Maya Chen (DOB 2015-06-02): severe peanut allergy, asthma inhaler twice a day.'), false);
  assert.equal(careNote("Mrs Lind is allergic to penicillin."), false);
});
