// A read that asks for help: what to say, how to help or support someone, a crisis line or
// emergency number. Its arguments may repeat the plan ("says he's going to jump tonight") because
// they describe the person at risk; they are not a search for a method. Such a read runs, as the
// labelling policy asks of read-only calls in a crisis conversation (looking up a hotline must stay
// instant). A search for means without asking for help ("how many paracetamol to overdose") is
// still held by assess.ts.

const HELP = new RegExp(
  [
    String.raw`\bwhat (?:to|do i|should i|can i) (?:say|do|text|tell)\b`,
    String.raw`\bhow (?:to|do i|can i|should i) (?:help|support|talk to|talk \w+ down|reach|respond|get help)\b`,
    String.raw`\b(?:crisis|suicide|suicidal|prevention|emergency|mental health) (?:line|lines|hotline|helpline|number|chat|text line|service|team)\b`,
    String.raw`\b(?:hotline|helpline|lifeline|samaritans|988|shout 85258|telefonseelsorge|krisendienst|sos amiti[eé]|3114|113 zelfmoordpreventie|l[ií]nea de (?:crisis|prevenci[oó]n)|tel[eé]fono de la esperanza|cvv 188|inochi no denwa)\b`,
    String.raw`\b(?:c[oó]mo ayudar|comment aider|wie (?:kann ich )?helfen|hoe (?:kan ik )?helpen|come aiutare|como ajudar)\b`,
  ].join('|'),
  'i',
);

export const asksForHelp = (text: string): boolean => HELP.test(text);
