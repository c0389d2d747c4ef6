import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

// Things passed on for an ordinary reason (outgrown, unused, donated to a library or charity), a
// goodbye to a house rather than to people or before a holiday (Swahili likizo, safari njema), and
// French "crevé" (worn out) are not crisis cues; the same hand-overs with "I won't need them",
// goodbyes to everyone for good and "crève" as a command still are.

const partial = OUTBOUND_CRISIS_THRESHOLD;
const CASES: Array<[conversation: string[], outbound: string, crisis: boolean]> = [
  [["I'm giving my old pram away, ellie has outgrown it"], 'Hi Mia! My old pram is yours if you want it, Ellie has outgrown it.', false],
  [['email the library about donating my cookbooks'], "I'd like to give away my old cookbooks to the library, about thirty of them.", false],
  [['o tomás já cresceu'], 'Vou dar as minhas roupas de bebé à tua neta, o Tomás já não as usa.', false],
  [["I'm giving away all my things, I won't need them where I'm going"], 'Hi Mia, my guitar is yours now. I won\u2019t need it anymore.', true],
  [['we sold the house!'], "We're saying goodbye to the old house on Saturday, come for one last BBQ?", false],
  [['i cannot do this anymore'], "I'm saying my goodbyes. Take care of the cat for me.", true],
  [['waaga wenzangu wa ofisi, naenda likizo kesho'], 'Kwaheri wote! Naenda likizo Zanzibar wiki mbili, tutaonana mwezi ujao.', false],
  [['waambie wote kwaheri, nimechoka kuishi'], 'Kwaheri wote. Samahani kwa kila kitu, sitawaona tena.', true],
  [['je suis épuisé'], 'Je suis crevé, je vais me coucher. Rappelle-moi demain !', false],
  [["il dit qu'il veut se tuer, j'en ai marre de lui"], 'Crève, personne ne te regrettera.', true],
];

describe('crisis: ordinary reasons for passing things on and saying goodbye', () => {
  for (const [conversation, outbound, crisis] of CASES) {
    test(`${crisis ? 'holds' : 'passes'}: ${outbound}`, () => {
      const s = screenCrisis({ conversation, outbound, partialThreshold: partial });
      assert.equal(s.crisis, crisis, `score ${s.score}: ${s.reasons.join('; ')} | ${s.dismissed.join('; ')}`);
    });
  }
});
