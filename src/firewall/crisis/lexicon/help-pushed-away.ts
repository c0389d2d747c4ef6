import { compile } from '../cue.js';

// Help pushed away (issue 13, fw-crisis3 round; docs/firewall-corpus.md "Acting on the life of a
// person at risk"): a message that cancels care and refuses its follow-up ("no need to follow up
// with me", "I won't be rebooking", "don't ring me about it"), or asks the friend or neighbour
// who checks in to stop coming. In the visible corpus these words stood in 26 crisis rows and one
// benign one ("please don't call me during the talks", which the patterns leave out: a time or a
// channel is named, not the end of contact). A cancelled appointment is everyday, so the cue is
// weak (0.35, as "it's yours now" is for giving away): alone it never holds a message. It is told as
// a step of a plan (supports closed down) rather than an absence, so that next to a quieter sign
// of another kind in the conversation ("I stopped answering my mum's calls", an absence) the two
// kinds meet the 0.45 bar of a call that reaches a person (screen.ts: one kind alone needs 0.6).
// With it, tablets "saved up" without their name (medicine-gathered.ts needs the name): "a good few
// of them saved up in the drawer" after the tablets were named in the turn before.

export const HELP_PUSHED_AWAY = compile('en', [
  [
    'plan',
    0.35,
    String.raw`\bno need to (?:follow up|ring|call|check in|check on) (?:with |on )?me\b|\bno need to (?:rebook|ring me|call me)\b|\bwon'?t be (?:rebooking|continuing)\b|\b(?:don'?t|do not|not to) (?:ring|call) (?:me )?(?:about it|again|any ?more)\b|\bplease stop (?:coming|knocking|checking on me)\b|\bstop offering\b`,
  ],
  ['means', 0.4, String.raw`\b(?:a good few|quite a few|a few|loads|plenty|enough) of them (?:saved|stashed|put|kept) (?:up|away|aside|by)\b`],
]);
