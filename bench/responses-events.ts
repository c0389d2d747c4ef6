import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from './harness.js';

// The event text of a translated Responses stream (a Responses client, a chat-completions
// upstream) for the Codex turn (test/fixtures/wire/responses: 11 KB of tools), two builds in one
// process: a 10-delta text answer from response.created to response.completed. CPU of this thread
// (/proc/thread-self/schedstat), so a busy machine's waits do not count; rounds alternate the
// builds. Env: RESPONSES_BUILDS (two built checkouts, default ".,."), ROUNDS (21), N (500).

const roots = (process.env.RESPONSES_BUILDS ?? '.,.').split(',').map((r) => resolve(r));
const ROUNDS = Number(process.env.ROUNDS ?? 21);
const N = Number(process.env.N ?? 500);
const codex = JSON.parse(readFileSync(new URL('../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;

async function streamOf(root: string): Promise<() => string> {
  const { ResponsesStreamWriter } = await import(`${root}/dist/server/responses/stream.js`);
  const { responseBase } = await import(`${root}/dist/server/responses/render.js`);
  const { parseResponsesBody } = await import(`${root}/dist/server/responses/request.js`);
  const parsed = parseResponsesBody({ ...codex.body, model: 'bench-model', stream: true });
  return () => {
    const w = new ResponsesStreamWriter(responseBase(parsed, { id: 'resp_0123', hex: '0123', createdAt: 1_700_000_000 }, 'bench-model'), '0123', parsed.tools);
    let out = w.start();
    for (let i = 0; i < 10; i++) out += w.push({ type: 'delta', content: `word${i} ` });
    out += w.push({ type: 'finish', finish_reason: 'stop' }) + w.push({ type: 'usage', usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } });
    out += w.close();
    return out + w.terminal(w.final());
  };
}

const builds = await Promise.all(roots.map(async (root) => ({ root, fn: await streamOf(root), us: [] as number[] })));
for (const b of builds) for (let i = 0; i < 2000; i++) b.fn();
for (let r = 0; r < ROUNDS; r++) {
  for (const b of r % 2 ? [...builds].reverse() : builds) {
    const t = threadUs();
    for (let i = 0; i < N; i++) b.fn();
    b.us.push((threadUs() - t) / N);
  }
}
const d = builds[0].us.map((x, i) => x - builds[1].us[i]).sort((x, y) => x - y);
console.log(`translated Responses stream (Codex tools), CPU µs per stream, median of ${ROUNDS} rounds x ${N}`);
for (const b of builds) console.log(`  ${b.root}: ${median(b.us).toFixed(1)}`);
console.log(`  first - second, paired by round: ${median(d).toFixed(1)} (quartiles ${d[d.length >> 2].toFixed(1)}…${d[(3 * d.length) >> 2].toFixed(1)})`);
