import { compile } from '../cue.js';

// Someone the writer cares for, entrusted to the reader: "look after mum", "the dog goes to you",
// "小白就拜托你了" (issue 13, fw-oof2 round). Out of fold, the hand-overs both the rules and an
// unseen author's layer missed were most often a pet, a parent or a child placed with a sibling in
// a short message that also said sorry or thanks, in languages no lexicon had the words for:
// Khmer "chuoy meul mak", Tetum "tau matan ba Maria", Odia, Assamese, Breton, Tigrinya, Malagasy,
// Indonesian "jaga Ibu baik-baik", English "the cat goes to you". One weak kind (giving_away 0.35,
// as "it's yours now" in forgive-me-handover.ts): with a farewell ("forgive me", "thanks for
// everything") it meets the 0.45 bar of a call to a person; alone, a pet sitter asked to feed the
// cat is not held, and a trip or a move said in the text dismisses it (the occasion frames).
// Languages whose lexicons already weigh "look after mother" as a farewell (Swahili, Sinhala, the
// Indonesian "tolong jaga") are left out here: the same words must not count as two kinds.

export const ENTRUSTED_CARE = compile('any', [
  [
    'giving_away',
    0.35,
    [
      // English: a pet's new home told to the reader ("the dog goes to Rosa" is also a will read to a
      // solicitor), or "look after him for me"
      String.raw`\b(?:the|my) (?:dog|cat|puppy|kitten|bird|parrot|rabbit|hamster|tortoise) goes to you$|\b(?:look after|take care of) (?:him|her|them) for me\b`,
      // Indonesian and Malay without "tolong" (which indirect-intl.ts weighs), Javanese
      String.raw`(?<!tolong )\bjaga(?:in)? (?:ibu|bapak|mama|papa|emak|adik|anak-anak|kucing\w*|anjing\w*) baik-baik\b|\bjaganen (?:ibu|bapak|mak|adhik)\b`,
      // Khmer and Tetum romanised, Malagasy, Breton, Albanian
      String.raw`\bchuoy meul (?:mak|mae|pa|ov|kaun|chhke|chhma)\b|\btau matan ba\b|\bhikarakarana an'i\b|\bkarakarao (?:i|an'i|ny)\b|\bkemer preder eus\b|\bkujdesu per (?:nenen|mamin|babin|femijet|qenin|macen)\b`,
      // Odia, Assamese, Tigrinya, Amharic
      String.raw`(?:ମା'?କୁ|ବାପାଙ୍କୁ|ପିଲାଙ୍କୁ) ଦେଖିବୁ|(?:মাক|দেউতাক|মাকক) চাবি|(?:ንኣደና|ንኣደይ|ንኣቦይ) ተኸናኸ\S*|(?:እናቴን|አባቴን|እማዬን) ተንከባከ\S*`,
      // Chinese: "…is in your hands now" of a pet or a parent
      String.raw`就(?:拜托|拜託|交给|交給)(?:你|妳)了`,
    ].join('|'),
  ],
]);
