import { textOf } from '../core/types.js';
import type { EvalItem } from '../evals/types.js';
import { renderOutput } from '../core/examples.js';
import type { OptimizeData } from './data.js';
import type { Progress, Proposal } from './proposal.js';
import type { Scorer } from './scorer.js';
import type { Base } from './variant.js';

// System-prompt search: an LLM (any route or model of this gateway) proposes an edited system
// prompt from the current best one, requests it got wrong and good answers; each proposal is
// scored by the eval suite on a dev sample of the train split; the best is kept. Every call goes
// through the eval cache, so an interrupted search re-run replays its finished part for free.

export interface PromptSearchOptions {
  proposer: string;
  candidates: number;
  dev: number;
  budget: number;
  seed: number;
  onProgress?: Progress;
}

const META = `You improve the system prompt of an AI assistant. You see the current system prompt, requests it answered badly with the answer that was wanted, and earlier proposals with their scores. Write one improved system prompt that would make the assistant give the wanted answers. Reply with the system prompt only, no preamble.`;

export async function searchPrompt(scorer: Scorer, base: Base, data: OptimizeData, devAll: EvalItem[], opts: Partial<PromptSearchOptions>): Promise<Proposal> {
  const o = { candidates: 6, dev: 40, budget: 1000, seed: 1, ...opts };
  if (!o.proposer) throw new Error('prompt search needs --proposer <route or model> (the LLM that writes prompt edits)');
  const dev = devAll.slice(0, o.dev);
  if (dev.length === 0) throw new Error('prompt search needs train data to score proposals on');
  const proposer = scorer.proposer();
  const total = Math.min(o.budget, (1 + o.candidates) * dev.length + o.candidates);
  let done = 0;
  const tick = (n: number) => o.onProgress?.('prompt search', Math.min((done += n), total), total);

  const evaluate = async (prompt: string, label: string) => {
    const before = scorer.calls;
    const report = await scorer.score('prompt-search', [{ name: label, variant: base.control, systemPrompt: prompt }], dev);
    tick(Math.max(dev.length, scorer.calls - before));
    const failures = report.observations.filter((ob) => Object.values(ob.scores)[0]?.score === 0).map((ob) => ob.item);
    return { score: report.contenders[0].scores[0]?.mean ?? 0, failures };
  };

  const original = base.variant.system_prompt ?? '';
  let best = { prompt: original, ...(await evaluate(original, 'prompt-0')) };
  const start = best.score;
  const tried: Array<{ prompt: string; score: number }> = [];
  let stopped = 'proposed every candidate';
  for (let i = 1; i <= o.candidates; i++) {
    if (scorer.calls + dev.length + 1 > o.budget) {
      stopped = 'the call budget ran out';
      break;
    }
    const byId = new Map(data.train.map((p) => [p.id, p]));
    const wrong = best.failures.slice(0, 6).map((id) => byId.get(id)).filter((p) => !!p);
    const good = data.train.filter((p) => !best.failures.includes(p.id)).slice(0, 4);
    const user = [
      `Current system prompt:\n<<<\n${best.prompt || '(none)'}\n>>>`,
      `Its dev score: ${(best.score * 100).toFixed(1)}% on ${dev.length} requests.`,
      wrong.length ? `Requests it got wrong, with the wanted answer:\n${wrong.map((p) => `- ${clip(p!.shot.input)} => ${clip(renderOutput(p!.shot.output))}`).join('\n')}` : '',
      good.length ? `Good answers:\n${good.map((p) => `- ${clip(p.shot.input)} => ${clip(renderOutput(p.shot.output))}`).join('\n')}` : '',
      tried.length ? `Earlier proposals:\n${tried.map((t) => `- (${(t.score * 100).toFixed(1)}%) ${clip(t.prompt, 300)}`).join('\n')}` : '',
    ].filter(Boolean).join('\n\n');
    const reply = await proposer.complete({ name: 'proposer', route: o.proposer }, { model: o.proposer, messages: [{ role: 'system', content: META }, { role: 'user', content: `${user}\n\n(proposal ${i})` }] });
    tick(1);
    const prompt = cleanPrompt(textOf(reply.response.message.content));
    if (!prompt || prompt === best.prompt || tried.some((t) => t.prompt === prompt)) continue;
    const scored = await evaluate(prompt, `prompt-${i}`);
    tried.push({ prompt, score: scored.score });
    if (scored.score > best.score) best = { prompt, ...scored };
  }
  if (best.prompt === original) {
    throw new Error(`no proposed system prompt beat the current one on the train split (${(start * 100).toFixed(1)}%; ${tried.length} distinct proposals scored; ${stopped})`);
  }
  return {
    method: 'prompt',
    variant: { ...base.variant, system_prompt: best.prompt },
    why: [
      `system prompt rewritten by ${o.proposer}: dev score ${(start * 100).toFixed(1)}% -> ${(best.score * 100).toFixed(1)}% on ${dev.length} train items`,
      `${tried.length} distinct proposals scored with ${scorer.calls} model calls (budget ${o.budget}; ${stopped})`,
    ],
    details: { dev: dev.length, start, final: best.score, tried, calls: scorer.calls },
  };
}

function cleanPrompt(text: string): string {
  return text.trim().replace(/^```[a-z]*\n?/i, '').replace(/\n?```$/, '').replace(/^<<<\n?|\n?>>>$/g, '').trim();
}

function clip(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
