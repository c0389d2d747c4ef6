import type { ExamplesConfig } from '../config/optimize-schema.js';
import { renderOutput, type Shot } from '../core/examples.js';
import type { OptimizeData } from './data.js';
import { ExamplePool } from './examples/pool.js';
import type { Base } from './variant.js';
import type { Proposal } from './proposal.js';

// Dynamic in-context learning: the candidate is the current variant plus `examples`, so each
// request carries the k stored good answers most similar to it. The report's evidence needs no
// model call: how often the nearest train example already gives a held-out item's good answer.

export function proposeDicl(base: Base, data: OptimizeData, examples: ExamplesConfig): Proposal {
  const variant = { ...base.variant, examples };
  const why = [
    `each request gets the ${examples.k} most similar of ${data.train.length} good answers (${data.source}) as in-context examples, ${examples.as === 'system' ? 'in a system block' : 'as prior user/assistant turns'}`,
    `the pool keeps growing: every new good rating on the route adds its inference (similarity: ${examples.similarity}${examples.embedding_model ? ` via ${examples.embedding_model}` : ''})`,
  ];
  const details: Record<string, unknown> = { pool: data.train.length, held_out: data.test.length, k: examples.k, similarity: examples.similarity };
  if (examples.similarity === 'bm25' && data.train.length && data.test.length) {
    const pool = new ExamplePool('report', 'report', examples);
    for (const p of data.train) pool.add({ inference_id: p.id, text: p.shot.input, shot: p.shot, embedding: null });
    let agree = 0;
    let covered = 0;
    for (const p of data.test) {
      const near = pool.nearest({ text: p.shot.input }, examples.k);
      if (near.length) covered++;
      if (near[0] && sameAnswer(near[0], p.shot)) agree++;
    }
    details.nearest_agrees = agree / data.test.length;
    details.with_examples = covered / data.test.length;
    why.push(`on the held-out split, the nearest stored example already has the good answer's ${p0(data.test[0].shot)} for ${(100 * agree / data.test.length).toFixed(0)}% of requests (${agree}/${data.test.length}); ${covered}/${data.test.length} requests find at least one example`);
  }
  return { method: 'dicl', variant, why, details };
}

function p0(s: Shot): string {
  return s.output.tool_calls?.length ? 'tool' : 'reply';
}

/** Same tool for tool calls, same text for replies. */
function sameAnswer(a: Shot, b: Shot): boolean {
  const ta = a.output.tool_calls?.[0]?.function.name;
  const tb = b.output.tool_calls?.[0]?.function.name;
  if (ta || tb) return ta === tb;
  return renderOutput(a.output).trim() === renderOutput(b.output).trim();
}
