import { loadavg } from 'node:os';
import { resolve } from 'node:path';

// The calls caselessRegex made faster, two builds in one process (docs/firewall-speed.md, "One
// caseless regex helper"): each round times every case on one build then the other, order flipped
// every round, CPU time per call (process.cpuUsage over REPEAT calls), median over rounds. Warm
// (each case run before timing); the cold cost of a large `iu` regex, its compiling, is what
// bench/firewall-paired.ts with CORPUS=all sees.
// Env: FIREWALL_BUILDS (two built checkouts, "base,branch"), ROUNDS (15), REPEAT (200), SECONDS (120).
// Run: npx tsc -p tsconfig.build.json in both, then npx tsx bench/caseless-regex.ts

const roots = (process.env.FIREWALL_BUILDS ?? '.,.').split(',').map((r) => resolve(r));
if (roots.length !== 2) throw new Error('FIREWALL_BUILDS names two built checkouts');
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const REPEAT = Number(process.env.REPEAT ?? 200);
const CAP_MS = Number(process.env.SECONDS ?? 120) * 1000;

const conversation = [
  'Hi! Quick one before the weekend. The server in the back office keeps running out of space.',
  'It holds the accounts for the shop and the old photo exports. Can you free some room?',
  'The builds in /srv/ci/dist are safe to remove, we make them again every night. Thanks a lot.',
  'Oh and books.db is the live ledger, please be careful with it. We never backed it up properly.',
  'Start with the dist folder and tell me how much space you got back.',
];
const prompt =
  'Please go through the shared inbox this afternoon and answer the suppliers who wrote about the spring order. ' +
  'Tell them we confirm the quantities from last month, ask for the delivery date, and file the invoices in the accounts folder.';

async function casesOf(root: string): Promise<Record<string, () => unknown>> {
  const { judgeSensitiveStore } = await import(`${root}/dist/firewall/rules/sensitive-store.js`);
  const { judgeMultilingualPrompt } = await import(`${root}/dist/firewall/rules/multilingual/judge-prompt.js`);
  const { scanCodes } = await import(`${root}/dist/firewall/content/codes.js`);
  const { scanPrivateCircumstances } = await import(`${root}/dist/firewall/content/private-circumstances.js`);
  const { scanSomeonesDetails } = await import(`${root}/dist/firewall/content/someones-details.js`);
  return {
    'sensitive-store, rm with 5 messages': () => judgeSensitiveStore('Bash', 'rm -rf /srv/ci/dist', conversation),
    'sensitive-store, rm with 1 short message': () => judgeSensitiveStore('Bash', 'rm -rf dist/ .cache/', ['clear the build output please, it is not the live site']),
    'multilingual prompt, 230 ASCII chars': () => judgeMultilingualPrompt(prompt, 'prompt'),
    'codes, message with a number': () => scanCodes('Hi Sam, the delivery for order 48213 is on Tuesday, the gate is open from 9 to 5, see you then'),
    'private circumstances, named person': () => scanPrivateCircumstances('Dear Mr Patel, your rent for March is still open, could you pay by Friday? Thanks, Ana', '#tenants'),
    'someones details, phone and name': () => scanSomeonesDetails('Maria Lopez can be reached on +44 7700 900123 after six, she asked to be called about the flat'),
  };
}

const builds = [await casesOf(roots[0]), await casesOf(roots[1])];
const names = Object.keys(builds[0]);
for (const b of builds) for (const n of names) for (let i = 0; i < 500; i++) b[n]();
const samples = builds.map(() => names.map((): number[] => []));
const started = Date.now();
let rounds = 0;
for (let r = 0; r < ROUNDS && Date.now() - started < CAP_MS; r++, rounds++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    names.forEach((n, i) => {
      const c0 = process.cpuUsage();
      for (let j = 0; j < REPEAT; j++) builds[k][n]();
      const c = process.cpuUsage(c0);
      samples[k][i].push((c.user + c.system) / REPEAT);
    });
  }
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`warm, CPU µs per call, median of ${rounds} rounds x ${REPEAT} calls, load average ${loadavg()[0].toFixed(1)}`);
console.log(`${roots[0]} -> ${roots[1]}`);
names.forEach((n, i) => {
  const [a, b] = [median(samples[0][i]), median(samples[1][i])];
  console.log(`  ${n.padEnd(42)} ${a.toFixed(1).padStart(8)} -> ${b.toFixed(1).padStart(7)} µs  (${(a / b).toFixed(1)}x)`);
});
