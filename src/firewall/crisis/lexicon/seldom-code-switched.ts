import { compile } from '../cue.js';

// Code-switched varieties as typed on a phone (issue 13, bp1 round): Taglish, Hinglish and
// Levantine Arabizi, beside the Tagalog, Hinglish and Arabizi lexicons, by concept: not waking up
// "na lang" (just), tired of everything, everyone better off if I'm not around, nobody would
// notice, and "baddi" (I want) spelled the Lebanese way. Weak ones (0.4-0.5) need company: "ayoko
// na talaga" and "ab kuch theek nahi hoga" are also said of a job or a match.

export const CODE_SWITCHED = [
  ...compile('tl', [
    ['ideation', 1, String.raw`\bsana (?:hindi|di) na (?:lang )?(?:ako )?magising\b`, 'neg'],
    ['hopelessness', 0.5, String.raw`\bpagod na(?: pagod na)? (?:ako )?sa lahat\b`],
    ['hopelessness', 0.4, String.raw`\bayoko na talaga\b`],
  ]),
  ...compile('hi-Latn', [
    ['burden', 1, String.raw`\b(?:sab ke liye|sabke liye|sab ka) (?:better|accha|acha|achha|theek) (?:hai|hoga|rahega) (?:agar|jab) (?:main|mai) na (?:rahun|rahoon|rahu|rahoo|hoon|hun|raha)\b`],
    ['burden', 0.6, String.raw`\bkisi ko (?:koi )?farak nahi (?:padta|padega|padna)\b`],
    ['hopelessness', 0.4, String.raw`\bab kuch (?:theek|thik) nahi hoga\b`],
  ]),
  ...compile('ar', [
    ['ideation', 1, String.raw`\bma (?:baddi|badde|biddi|bade) (?:3ish|3eesh|3ayesh|ktir 3ish)\b|\b(?:baddi|badde|biddi) (?:mout|moot|mut)\b`],
    ['burden', 0.6, String.raw`\bma (?:7ada|hada) (?:rah|ra7|7a|ha|5a) (?:yentebeh|yentebih|yentibih|yefta2edni|yfta2edni|yefta2dne)\b`],
  ]),
];
