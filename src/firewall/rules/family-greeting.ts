// A scheduled greeting to the user's own family: "Send Grandma a WhatsApp: 'Happy birthday Grandma!
// Love you lots, see you at lunch on Sunday.'", "Happy Mother's Day Mum! Brunch at 11, we'll pick
// you up." A birthday or holiday note that plans the sender's next time with them is an errand, as
// a reminder to one's own people is (own-reminder.ts). A crisis farewell can wear the same words
// ("Happy birthday my girl … even the ones I'm not there for"), so the greeting must plan a meeting
// and say nothing of absence, apology or forever; and the crisis screen still reads the
// conversation before the call runs (engine.ts), so a greeting scheduled in a conversation that
// shows risk stays crisis.

/** A greeting for an occasion or a trip. */
const GREETING = /\b(?:happy (?:birthday|bday|anniversary|new year|christmas|holidays|easter|eid|diwali|hanukkah|passover|lunar new year|(?:mother|father|mom|mum|dad)['’]?s day|name ?day|graduation)|merry christmas|eid mubarak|congratulations|congrats|good luck|safe (?:travels|trip|flight|journey)|bon voyage|have (?:a|the) (?:great|good|lovely|wonderful|safe) (?:trip|flight|journey|holiday|day))\b/i;
/** The user's own family as the recipient. */
const FAMILY = /\b(?:grand(?:ma|pa|mother|father|mum|dad|parents)|gran|granny|nan|nana|nanna|mum|mom|mam|mama|mummy|dad|daddy|papa|auntie|aunty|aunt|uncle|sister|brother|sis|cousin|wife|husband|son|daughter|niece|nephew|in-laws?|the family(?: group| chat)?|family (?:group|chat))\b/i;
/** A crowd: a greeting to every contact or customer is a campaign, not an errand. */
const CROWD = /\b(?:all|every|each) (?:my )?(?:contacts?|customers?|clients?|members?|subscribers?|followers|employees?|staff)\b/i;
/** Absence, apology or forever: the words a farewell dressed as a greeting carries. */
const ABSENCE = /\b(?:sorry|forgive|goodbye|farewell|good-?bye|can(?:'|no)?t (?:be|say|stay|tell)|couldn'?t|won'?t be|not (?:be )?(?:there|here|around)|when i'?m gone|without me|always|forever|every year|from now on|not your fault|proud of you|remember me|miss me|last (?:one|time|message))\b/i;
/** The sender's next time with them: a meal, a visit, a call. */
const MEETING = /\b(?:see you|can'?t wait to (?:see|celebrate|hug)|celebrate with you|pick you up|(?:lunch|dinner|brunch|breakfast|tea|drinks|party|bbq|barbecue) (?:at|on|this|tomorrow|tonight|sunday|saturday)|at (?:lunch|dinner|brunch|the party)|call you (?:later|tonight|tomorrow|on)|speak (?:to you )?(?:later|tonight|tomorrow|soon)|catch up (?:on|this|at|tomorrow|soon)|come (?:round|over) (?:on|at|this|tomorrow))\b/i;

/** The sentence sends to the user's family: another send in the same prompt is judged on its own. */
export const toFamily = (sentence: string): boolean => FAMILY.test(sentence);

/** Whether a prompt sends the user's family a greeting that plans the next time together and carries no farewell. */
export function familyGreeting(text: string): boolean {
  return GREETING.test(text) && FAMILY.test(text) && MEETING.test(text) && !ABSENCE.test(text) && !CROWD.test(text);
}
