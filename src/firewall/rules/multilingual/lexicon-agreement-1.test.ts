import { test } from 'node:test';
import { checkAgreement, PARTS } from './lexicon-agreement.js';

test(`one word-start test per script, and sets of concepts, match exactly where the plain regexes do (texts part 1 of ${PARTS})`, () => {
  checkAgreement(0);
});
