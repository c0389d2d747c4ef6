import { finding, type Finding } from '../finding.js';
import { NEGATION, OUTSIDE_CHANNEL } from '../prompt-lexicon.js';
import { isAscii } from '../../ascii.js';
import { foldText } from './lexicon.js';
import { concept } from './languages.js';

// A delegated or scheduled prompt in a language other than English, judged by concept: each
// clause that pays or buys, deletes for good, hands something to other people, publishes,
// changes a password or lock, or files an official form, unless the clause says not to, asks how
// much, the sentence is only a reminder to the user, a draft, or a question.

export interface MultilingualIntent {
  findings: Finding[];
  /** The prompt sends something to people other than the user. */
  outbound: boolean;
}

const SENTENCE_END = /(?<=[.!?])\s+|[。！？?؟\n]+|;\s*/u;
const CLAUSE_BREAK = /[,，、،;]\s*|\s+(?:y luego|y después|und dann|e poi|et puis|en dan|a potem|ve sonra|затем|потом|потім|ثم|फिर|lalu|kemudian|sau đó)\s+/u;
/** "Then …" after a reminder is the agent's own work again. */
const AGENT_AFTER = /luego|después|dann|poi|puis|potem|sonra|затем|потом|потім|ثم|फिर|lalu|kemudian|sau đó|その後|然后|然後|그 ?다음/u;
/** A question that asks for information, not for an action. */
const QUESTION_END = /[?？؟]\s*$/u;
/** Phone numbers, addresses, handles: someone is reached whatever the language. */
const ADDRESSED = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@[\w.-]+|\+\d[\d\s-]{7,}\d|(?:whatsapp|telegram|kakao|line|signal):/iu;

/** A channel tag as the place a post goes (`#operaciones`, `slack:#lager`). */
const TEAM_CHANNEL = /(?:^|\s|:)#[\p{L}\d_-]+/u;

const ACTIONS = ['pay', 'book', 'erase', 'change', 'publish', 'submit', 'send'] as const;
/** Any of the actions, in one regex: most sentences have none, and one pass tells. */
const anyAction = (ascii: boolean) => concept(ACTIONS, ascii);

export function judgeMultilingualPrompt(text: string, where: string): MultilingualIntent {
  const findings: Finding[] = [];
  let outbound = false;
  const add = (risk: number, category: string, what: string, sentence: string) => {
    if (!findings.some((f) => f.category === category)) findings.push(finding(risk, 'critical', false, category, `${where} ${what}: ${clip(sentence)}`));
  };
  const folded = foldText(text);
  // A text of ASCII only (most prompts) is asked with the words that can match it (ascii-words.ts);
  // its sentences and clauses are ASCII too.
  const ascii = isAscii(folded);
  const has = (c: Parameters<typeof concept>[0], s: string) => concept(c, ascii).test(s);
  for (const sentence of folded.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean)) {
    // Every finding below needs one of these in a clause, so a sentence without any is done
    // (asked first: most sentences have none, and each skip below is as good as another).
    if (!anyAction(ascii).test(sentence)) continue;
    if (QUESTION_END.test(sentence) && has('howMuch', sentence)) continue;
    if (has('reminder', sentence) && !AGENT_AFTER.test(sentence)) continue;
    const draft = has('draft', sentence);
    for (const clause of sentence.split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean)) {
      // Prompts mix languages ("Don't change code" after a Spanish step): English negation counts too.
      if (has('negation', clause) || NEGATION.test(clause)) continue;
      if ((has('pay', clause) || (has('book', clause) && has('priced', clause))) && !has('howMuch', clause)) add(0.85, 'money_movement', 'moves money', sentence);
      if (has('erase', clause) && (has('permanent', sentence) || has('valuable', clause))) add(0.72, 'deferred_destruction', 'deletes what cannot be brought back', sentence);
      if (has('change', clause) && has('secret', clause)) add(0.75, 'access_control', 'changes a password, code or lock', sentence);
      if (draft) continue;
      if (has('publish', clause)) {
        outbound = true;
        // "Publica en #operaciones el estado …": a post to the team's own channel publishes nothing (the dq1 set).
        if (!TEAM_CHANNEL.test(clause) || OUTSIDE_CHANNEL.test(sentence)) add(0.7, 'deferred_publish', 'publishes for everyone', sentence);
      }
      if (has('submit', clause) && has('official', sentence)) add(0.8, 'commitment', 'files an official form or application in someone\'s name', sentence);
      // A send to other people makes the prompt outbound, so the content detectors read what it
      // carries; by itself (a greeting to grandpa) it does not ask. Secrets and records do.
      if (has('send', clause) && !has('self', clause) && (has('others', clause) || ADDRESSED.test(clause))) {
        outbound = true;
        if (has('secret', sentence)) add(0.85, 'secret_disclosure', 'hands passwords or codes to other people', sentence);
        else if (has('personal', sentence)) add(0.8, 'personal_disclosure', 'hands documents, data or a location to other people', sentence);
      }
    }
  }
  return { findings, outbound };
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
