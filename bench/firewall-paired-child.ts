import { join, resolve } from 'node:path';

// One build's side of bench/firewall-paired.ts, in a process of its own: loads the build named by
// PAIRED_BUILD and the corpus this checkout carries, warms up, then times every call once per
// 'round' message and sends the per-call times (µs) and the round's CPU (µs) back.
// Env (set by the parent): PAIRED_BUILD, MEMOS, CORPUS (see bench/firewall-paired.ts).

interface Round {
  times: number[];
  cpu: number;
}

const root = resolve(process.env.PAIRED_BUILD ?? '.');
const MEMOS = process.env.MEMOS === '1';
const CORPUS = process.env.CORPUS ?? 'bench';

const { assess } = await import(`${root}/dist/firewall/engine.js`);
const { CORPUS_CONFIG } = await import(`${root}/dist/firewall/corpus/run-corpus.js`);
(await import(`${root}/dist/firewall/shell/analyze.js`)).setShellMemoSize(MEMOS ? 256 : 0);
(await import(`${root}/dist/firewall/crisis/screen.js`)).setCrisisMemoSize(MEMOS ? 512 : 0);
const one = (encoded: string): number => {
  const c = JSON.parse(encoded) as { tool: string; args: Record<string, unknown>; annotations?: unknown; context: Record<string, string> };
  return assess({ tool: c.tool, args: c.args, annotations: c.annotations }, c.context, CORPUS_CONFIG).risk_score;
};

// The corpus this checkout carries (the same rows for both builds), read with its own loader.
const { loadCorpus, loadRows, loadVisible } = await import('../src/firewall/corpus/run-corpus.js');
const { lexShell } = await import('../src/firewall/shell/parse-simple.js');
const corpus = join(import.meta.dirname, '../src/firewall/corpus');
const everyRow = () => [...loadVisible(), ...loadCorpus()];
const rows =
  CORPUS === 'all' ? everyRow() : CORPUS === 'turns' ? everyRow().filter((r) => (r.context?.user_messages?.length ?? 0) >= 2) : loadRows([join(corpus, 'tool-calls.jsonl'), join(corpus, 'cases')]);
const SHELL_TOOLS = new Set(['terminal', 'Bash']);
const MESSAGE_TOOLS = new Set(['send_message', 'send_email']);
const family = (tool: string, command: unknown) =>
  SHELL_TOOLS.has(tool) ? (lexShell(String(command ?? ''), '') ? 0 : 1) : MESSAGE_TOOLS.has(tool) ? 2 : 3;
const order = rows.map((r, i) => ({ f: family(r.tool, r.args.command), i })).sort((a, b) => a.f - b.f || a.i - b.i);
const encoded = order.map(({ i }) => JSON.stringify({ tool: rows[i].tool, args: rows[i].args, annotations: rows[i].annotations, context: rows[i].context ?? {} }));
const ids = order.map(({ i }) => rows[i].id);

let sink = 0;
for (let i = 0; i < 3000; i++) sink += one(encoded[i % encoded.length]);

function round(): Round {
  const times: number[] = new Array(encoded.length);
  const c0 = process.cpuUsage();
  for (let i = 0; i < encoded.length; i++) {
    const t0 = performance.now();
    sink += one(encoded[i]);
    times[i] = (performance.now() - t0) * 1000;
  }
  const c = process.cpuUsage(c0);
  return { times, cpu: c.user + c.system };
}

process.on('message', (m) => {
  if (m === 'round') process.send!(round());
  else if (m === 'stop') {
    if (sink === -1) console.log('');
    process.disconnect();
  }
});
process.send!({ ids });
