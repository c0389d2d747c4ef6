import { compile } from '../cue.js';

// Mockery of someone's self-harm or goodbye post, in outgoing text only (issue 13, fw-oof2 round).
// Out of fold, the harmful messages to a person at risk that both the rules and an unseen author's
// layer missed were mostly this: "nobody cares, stop posting your cutting pics for attention",
// "someone tell her the cutting era is so 2014", a goodbye screenshot captioned "… lol". The rules
// had the insults ("you're pathetic") but not the concept: a post, picture or message of
// self-harm or of a goodbye named within a few words of laughter or "for attention". Each half is
// ordinary alone (a cutting board, a show's goodbye episode, "lol"); the thing is what must be a
// post of distress, so "goodbye episode" or "cutting board" do not match.

/** A post, picture or message that shows distress. */
const DISTRESS_POST = String.raw`(?:cutting|self[- ]?harm|vent|goodbye|farewell|suicide|suicidal) (?:pics?|photos?|posts?|messages?|notes?|era|screenshots?|videos?|stories|story|tweets?)|(?:fotos? de (?:sus |tus )?cortes|post de despedida|mensaje de despedida|foto dos cortes|mensagem de despedida)`;
/** Laughter or "for attention", in the words and signs people type. */
const MOCKERY = String.raw`\b(?:lol|lmao|lmfao|rofl|kek|for attention|for the attention|so 20\d\d|cringe|jaja\w*|jsjs\w*|xd|kkk+|para llamar la atencion|pra chamar atencao)\b|💀|🙄|😂|🤣|ㅋㅋ|ｗｗ|哈哈|草`;

export const MOCKED_DISTRESS = compile('any', [
  ['harm_shaming', 0.7, String.raw`\b(?:${DISTRESS_POST})\b[^.!?]{0,40}(?:${MOCKERY})|(?:${MOCKERY})[^.!?]{0,40}\b(?:${DISTRESS_POST})\b`],
]);
