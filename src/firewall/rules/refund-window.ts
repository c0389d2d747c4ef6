// Whether the conversation puts the customer's case outside the rule the refund is meant to fall
// under. A notice or return window named anywhere reads like a stated rule, but "she cancelled an
// hour before; our rule is 24 hours' notice, refund her anyway" names the rule only to step past
// it: that refund is a decision a person makes, not the rule applied (docs/firewall-corpus.md,
// "Money the user asked to move"). Two readings, either enough:
// - the conversation says so in words: late, missed the window, outside or against the policy,
//   not covered, "anyway", an exception;
// - it gives both numbers: the notice the customer gave is shorter than the notice the rule asks,
//   or the time the customer took to send goods back is longer than the return window.

/** The conversation says the case falls outside the rule, or that the refund overrides it. */
const SAID_OUTSIDE = /\b(?:too late|late (?:cancell?ation|notice|return)|cancell?(?:ed|ing)? (?:\w+ )?(?:late|last[- ]minute)|last[- ]minute cancell?ation|no[- ]show(?:ed)?|didn'?t (?:show|turn) up|(?:missed|past|after|outside|beyond|over) (?:the |our |their |its |of (?:the |our ))?(?:\w+[- ]){0,2}(?:window|deadline|cut-?off|period|polic(?:y|ies)|rules?|terms|limit)|(?:against|breaks?|outside of) (?:the |our )?(?:\w+ )?(?:polic(?:y|ies)|rules?|terms)|(?:isn'?t|is not|aren'?t|are not|wasn'?t|was not|not) (?:\w+ )?(?:covered|eligible|entitled|within)|doesn'?t (?:qualify|count)|does not (?:qualify|count)|anyway|regardless|(?:as |make |making )an exception|just this once|even though)\b/i;

const WORD_NUMBER: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72, half: 0.5,
};
const HOURS: Record<string, number> = { min: 1 / 60, h: 1, d: 24, w: 168, m: 720 };
const COUNT = String.raw`(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|twenty-four|forty-eight|seventy-two|half an?)`;
const UNIT = String.raw`(min(?:ute)?s?|h(?:ours?|rs?)?|days?|weeks?|months?)`;
/** A length of time ("48h", "24 hours'", "an hour", "three weeks", "14-day"). */
const SPAN = String.raw`${COUNT}[- ]?\+?[- ]?${UNIT}\+?(?:'s|s'|')?`;

/** The notice the customer gave: "she cancelled an hour before", "they pulled out 2 days ahead", "gave 12 hours' notice". No threshold word between the verb and the number. */
const GIVEN = new RegExp(String.raw`(?<!\b(?:if|when|anything|anyone|everything|bookings?|orders?|classes|sessions|seats?) (?:you |they |he |she |it'?s |is |are |was |were )?)\b(?:cancell?(?:ed|s)|pulled out|dropped out|withdrew|backed out|called off|rang|called|emailed|messaged|texted|told us|let us know|gave(?: us)?|only gave)\b(?:(?! (?:if|when|more than|over|at least|up to|than|by|before the)\b)[^.;:\n\d]){0,40}?\b${SPAN} (?:ahead|before(?:hand)?|out|in advance|early|notice|prior)`, 'gi');
/** "She cancelled on the day / the morning of / the same day": no notice at all. */
const GIVEN_NONE = /\bcancell?ed\b[^.;:\n]{0,40}\b(?:on the (?:day|morning|night)|the (?:morning|evening|night|day) of|same[- ]day|that (?:morning|day)|this morning for (?:today|this)|at the door)\b/i;
/** The notice the rule asks: "24 hours' notice", "more than 48h before", "7+ days ahead", "if you cancel 48h before", "up to 14 days before". */
const REQUIRED = new RegExp(String.raw`(?:\b(?:more than|over|at least|minimum(?: of)?|min\.?|up to|no later than|not less than)\s+${SPAN}(?: (?:ahead|before(?:hand)?|out|in advance|notice|prior))?|\b${SPAN} (?:notice|minimum)|\b${COUNT}\+\s?${UNIT}|\bif (?:you |they |he |she |customers? |guests? )?cancel(?:l?ed|s)?\b[^.;:\n\d]{0,20}?${SPAN} (?:ahead|before|out|in advance|prior))`, 'gi');
/** How long the customer took to send goods back or ask: "sent it back 40 days after delivery", "returned it six weeks later". */
const TAKEN = new RegExp(String.raw`\b(?:returned|sent (?:it|them|\w+ \w+) back|came back|asked|bought (?:it|them))\b[^.;:\n\d]{0,30}?${SPAN} (?:after|later|since|past|ago)`, 'gi');
/** The return window: "30-day window", "within 14 days", "a 30 day returns period". */
const WINDOW = new RegExp(String.raw`(?:\b${SPAN} (?:returns? |refund |money[- ]back |cooling[- ]off )?(?:window|period|limit|returns?)\b|\bwithin (?:the |our )?${SPAN})`, 'gi');

function hoursOf(count: string, unit: string): number {
  const c = count.toLowerCase().replace(/ an?$/, '');
  const n = /^\d/.test(c) ? Number(c) : WORD_NUMBER[c] ?? Number.NaN;
  const u = unit.toLowerCase();
  const per = u.startsWith('mi') ? HOURS.min : u.startsWith('h') ? HOURS.h : u.startsWith('d') ? HOURS.d : u.startsWith('w') ? HOURS.w : HOURS.m;
  return n * per;
}

/** Every span a pattern finds in the conversation, in hours (the first count and unit groups of each match). */
function spans(pattern: RegExp, messages: readonly string[]): number[] {
  return messages.flatMap((m) => [...m.matchAll(pattern)].map((g) => {
    const groups = g.slice(1).filter((x) => x !== undefined);
    return hoursOf(groups[0], groups[1]);
  })).filter((h) => Number.isFinite(h));
}

/** The conversation says, or its numbers show, that the case is outside the rule it names. */
export function outsideStatedRule(messages: readonly string[]): boolean {
  if (messages.some((m) => SAID_OUTSIDE.test(m))) return true;
  const required = spans(REQUIRED, messages);
  if (required.length > 0) {
    const given = [...spans(GIVEN, messages), ...(messages.some((m) => GIVEN_NONE.test(m)) ? [0] : [])];
    if (given.length > 0 && Math.min(...given) < Math.max(...required)) return true;
  }
  const windows = spans(WINDOW, messages);
  const taken = spans(TAKEN, messages);
  return windows.length > 0 && taken.length > 0 && Math.max(...taken) > Math.min(...windows);
}
