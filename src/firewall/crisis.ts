// Crisis detection: self-harm and suicidal ideation, intent, plans and means, in the user's own
// words or in what the agent is about to send. Phrases are matched per sentence; a sentence that
// frames the topic as research, quotation, fiction or news is not a personal crisis. Recall on
// personal statements matters more than precision: a false alarm costs one human glance.

export type CrisisSignal = 'ideation' | 'intent' | 'plan' | 'means' | 'self_harm' | 'farewell';

export interface CrisisFinding {
  crisis: boolean;
  signals: CrisisSignal[];
  /** Human-readable: which text, which signal, which phrase. */
  reasons: string[];
  /** Sentences that mentioned the topic but were framed as non-personal. */
  dismissed: string[];
}

const I = String.raw`(?:i|i'm|im|i am|i've|ive|i'll|ill|i will|i'd|id|me|my|myself)`;

const PATTERNS: Array<[CrisisSignal, RegExp]> = [
  ['ideation', /\b(?:kill(?:ing)?|hurt(?:ing)?|off(?:ing)?) (?:my ?self|myself)\b/],
  ['ideation', /\b(?:end(?:ing)?|take|taking) (?:my|his|her)? ?(?:own )?life\b/],
  ['ideation', /\b(?:want|wanna|wish|wished|going|ready|deserve) (?:to )?(?:die|be dead|not exist|disappear forever|not wake up)\b/],
  ['ideation', /\bwish (?:i|i'd|id) (?:was|were|had) (?:dead|never been born)\b/],
  ['ideation', /\b(?:suicidal|suicide)\b/],
  ['ideation', /\b(?:better off (?:dead|without me)|no (?:reason|point) (?:to|in) (?:live|living|go on|going on)|can'?t (?:go on|do this anymore|keep going)|don'?t want to (?:be here|live|exist|wake up) ?(?:anymore)?)\b/],
  ['ideation', /\b(?:not be (?:around|here) (?:much longer|anymore)|won'?t be a (?:burden|problem) (?:much longer|anymore|for long)|everyone would be (?:better|happier) (?:off )?without me|nobody would (?:miss|notice) (?:me|if i))\b/],
  ['ideation', /\b(?:end it all|end it tonight|end everything|make it stop (?:for good|forever)|sleep forever|never wake up)\b/],
  ['ideation', /\b(?:don'?t|do not|can'?t) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|being alive|it all)\b/],
  ['ideation', /\bwant (?:it all|everything|the pain|all of this) to (?:stop|end) (?:forever|for good|permanently)\b/],
  ['ideation', /\b(?:wants?|wanting|going|plans?|planning|trying|tried|threaten\w*) to (?:kill|hurt|harm) (?:him|her|them)sel(?:f|ves)\b/],
  ['ideation', /\b(?:kill(?:ed|ing)?|hurt(?:ing)?) (?:him|her|them)sel(?:f|ves)\b(?=.*\b(?:friend|sister|brother|son|daughter|mom|mum|dad|wife|husband|partner|roommate|student)\b)/],
  ['intent', /\btake (?:all|every one) (?:of )?my (?:pills|meds|medication|tablets)\b/],
  ['plan', /\b(?:goodbye|farewell|suicide) (?:letter|note|message|video)s?\b/],
  ['means', /\b(?:not survive|wouldn'?t survive|guarantee (?:death|i die)|fatal fall|high enough to die)\b/],
  ['intent', /\b(?:going to|gonna|will|decided to|plan to|planning to|about to) (?:kill (?:my ?self|myself)|end (?:it|my life|things|everything)|do it tonight)\b/],
  ['plan', /\b(?:wrote|written|writing|left) (?:a|my) (?:suicide |goodbye )?note\b/],
  ['plan', /\b(?:giving|gave) away (?:my|all my) (?:things|stuff|belongings|pets?)\b/],
  ['plan', /\b(?:i have|i've got|ive got|made) a plan\b/],
  ['plan', /\b(?:picked|chose|set|decided on) (?:a|the) (?:date|day|time|spot|place|bridge)\b/],
  ['means', /\b(?:stockpil\w*|sav(?:ed|ing) up|hoard\w*) (?:my |the )?(?:pills|meds|medication|tablets|sleeping pills)\b/],
  ['means', /\bhow (?:many|much) (?:\w+ ){0,4}?(?:would it take to|will it take to|does it take to|do i need to|to|would|will) (?:die|kill|overdose|od|be fatal|be lethal|stop my heart)\b/],
  ['means', /\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b/],
  ['means', /\b(?:painless|quickest|easiest|surest|fastest) (?:way|method|ways|methods) to (?:die|kill (?:my ?self|myself)|end (?:it|my life))\b/],
  ['means', /\b(?:overdose|od) on\b/],
  ['means', /\b(?:tall enough|high enough) to (?:die|kill|be fatal)\b/],
  ['means', /\b(?:bought|buy|got|have|loaded) (?:a |the )?(?:rope|gun|noose|razor blades?)\b(?=.*\b(?:tonight|for me|end|die|myself)\b)/],
  ['self_harm', /\b(?:cut(?:ting)?|burn(?:ing)?|harm(?:ing)?|starv(?:e|ing)|punish(?:ing)?) (?:my ?self|myself)\b/],
  ['self_harm', /\bself[- ]?harm(?:ing)?\b/],
  ['farewell', /\b(?:this is (?:my )?goodbye|goodbye (?:forever|everyone)|saying (?:my )?goodbyes?|by the time you read this|take care of (?:my|the) (?:cat|dog|kids) for me|tell (?:my|them) (?:mom|mum|dad|family|kids) i (?:love|loved) them|won'?t see you again)\b/],
];

/** Sentences framed like this are about the topic, not a person in crisis. */
const NON_PERSONAL = /\b(?:research(?:ing|ers?)?|a study|studies|paper|statistics|stats on|prevalence|dataset|survey|literature|epidemiolog\w*|prevention (?:program|training|campaign|month|research)|novel|fiction|fictional|short story|the story|character|protagonist|plot|screenplay|film|movie|episode|book|poem|poet|song|lyrics|quote|quoting|line from|hamlet|shakespeare|essay|article|news|documentary|lecture|classifier|training data|content moderation|moderation policy)\b/;

/** Idioms that look like crisis words but are not. */
const IDIOM = /\b(?:kill(?:ing)? (?:the|a|this|that|it|process|job|server|task|pid|time|two birds)|killing it|dying to|dead tired|deadline|dead (?:link|code|battery)|to die for|die hard|my (?:phone|battery|laptop) (?:is )?dying|(?:laugh|laughing) (?:my ?self|myself) to death|bored to death|scared to death|kill for a|would kill for|suicide (?:squad|doors|mission|run|burn)|(?:this|that) (?:bug|code|meeting|build) is killing me)\b/g;

const NEGATION = /\b(?:not|never|no longer|don'?t|am not|i'm not|im not|wasn'?t|isn'?t)\s+(?:\w+\s+){0,2}(?:suicidal|going to (?:hurt|kill)|want to die|thinking (?:of|about) (?:suicide|killing))\b/;

const THIRD_PERSON_SUBJECT = /^\s*(?:he|she|they|his|her|their|the (?:character|narrator|patient|author|protagonist)|[A-Z][a-z]+ (?:says|said|wrote|thinks))\b/;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?\n])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function detectCrisis(texts: Array<{ label: string; text: string }>): CrisisFinding {
  const result: CrisisFinding = { crisis: false, signals: [], reasons: [], dismissed: [] };
  for (const { label, text } of texts) {
    if (!text) continue;
    for (const raw of sentences(text.slice(0, 20_000))) {
      const lower = raw.toLowerCase().replace(/[’‘]/g, "'");
      const cleaned = lower.replace(IDIOM, ' ');
      const hits: Array<[CrisisSignal, string]> = [];
      for (const [signal, re] of PATTERNS) {
        const m = re.exec(cleaned);
        if (m) hits.push([signal, m[0]]);
      }
      if (hits.length === 0) continue;
      if (NEGATION.test(cleaned)) {
        result.dismissed.push(`${label}: "${clip(raw)}" (explicitly negated)`);
        continue;
      }
      const personal = new RegExp(String.raw`\b${I}\b`).test(cleaned) || /\byou\b/.test(cleaned);
      if (NON_PERSONAL.test(cleaned) || (!personal && THIRD_PERSON_SUBJECT.test(raw))) {
        result.dismissed.push(`${label}: "${clip(raw)}" (research, quotation or fiction, not personal)`);
        continue;
      }
      // A bare topic word ("suicide") without a person attached is not enough on its own.
      const strong = hits.some(([s, phrase]) => s !== 'ideation' || !/^(suicidal|suicide)$/.test(phrase));
      if (!strong && !personal) {
        result.dismissed.push(`${label}: "${clip(raw)}" (topic mentioned, no person in it)`);
        continue;
      }
      result.crisis = true;
      for (const [signal, phrase] of hits) {
        if (!result.signals.includes(signal)) result.signals.push(signal);
        result.reasons.push(`${label} shows ${SIGNAL_TEXT[signal]}: "${phrase}"`);
      }
    }
  }
  return result;
}

const SIGNAL_TEXT: Record<CrisisSignal, string> = {
  ideation: 'suicidal ideation',
  intent: 'stated intent to act',
  plan: 'a plan or preparations',
  means: 'interest in lethal means',
  self_harm: 'self-harm',
  farewell: 'a farewell message',
};

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
