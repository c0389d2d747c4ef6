// The web console's approvals page: its compressed JavaScript (what a phone downloads before it can
// answer a held call) and the time from navigation to a usable page (the queue listed, the live
// connection open), in headless chromium against a real gateway with 20 pending approvals. The
// baseline, in the same run, is the same browser loading a static JSON document from the gateway.
// Run: npm run bench:ui   (builds the console first; needs /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startGateway } from '../test/helpers/gateway.js';
import { ensureUiBuilt, launchBrowser } from '../test/helpers/browser.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DIST = 'dist/ui';

ensureUiBuilt();
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
// What the approvals page loads: the entry script, its preloaded chunks and its stylesheet.
const files = [...html.matchAll(/(?:src|href)="\/ui\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (f: string) => gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
const js = files.filter((f) => f.endsWith('.js'));
const jsGzip = js.reduce((s, f) => s + gz(f), 0);
const cssGzip = files.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`approvals page: JS ${kb(jsGzip)} gzip (${js.join(', ')}), CSS ${kb(cssGzip)} gzip; budget 200 KB JS -> ${jsGzip < 200 * 1024 ? 'within' : 'OVER'}`);

const gw = await startGateway(`
providers:
  sim: { type: simulated }
models:
  m: { targets: [{ provider: sim, model: sim-1 }] }
routes:
  agent-main: { model: m }
`);
const browser = await launchBrowser();
try {
  for (let i = 0; i < 20; i++) {
    await fetch(`${gw.url}/v1/firewall/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tool: 'terminal', args: { command: `rm -rf ~/project-${i}` }, context: { session_id: `bench-${i}` } }) });
  }
  const token = readFileSync(join(gw.dir, 'approver-token'), 'utf8').trim();
  const login = await fetch(`${gw.url}/ui/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: gw.url }, body: JSON.stringify({ token }) });
  const sid = /switchyard_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1];

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const measure = async (url: string, ready: string[]) => {
    const times: number[] = [];
    const inPage: number[] = [];
    const fcp: number[] = [];
    for (let r = 0; r < RUNS + 1; r++) {
      // Cold: a fresh browser profile context every run, so nothing comes from the HTTP cache.
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await ctx.addCookies([{ name: 'switchyard_session', value: sid, url: gw.url }]);
      const page = await ctx.newPage();
      const t0 = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      for (const sel of ready) await page.waitForSelector(sel);
      const t = performance.now() - t0;
      // The same moment on the page's own clock (from navigation start), without the driver's round trips.
      const own = (await page.evaluate('performance.now()')) as number;
      const paint = (await page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0")) as number;
      await ctx.close();
      if (r === 0) continue; // warm-up: chromium's own first-use costs
      times.push(t);
      inPage.push(own);
      fcp.push(paint);
    }
    return { median: median(times), max: Math.max(...times), page: median(inPage), fcp: median(fcp) };
  };
  const base = await measure(`${gw.url}/health`, ['body']);
  const page = await measure(`${gw.url}/ui/#/approvals`, ['.queue a[data-approval]', '.live.on']);
  console.log(`baseline (GET /health as a page): ${base.median.toFixed(0)} ms median from the driver, ${base.page.toFixed(0)} ms on the page's clock`);
  console.log(
    `approvals page usable (20 pending listed, live stream open): ${page.median.toFixed(0)} ms median from the driver (max ${page.max.toFixed(0)}), ` +
      `${page.page.toFixed(0)} ms on the page's clock, first contentful paint ${page.fcp.toFixed(0)} ms; ${(page.median / base.median).toFixed(2)}x baseline; ` +
      `budget 1000 ms -> ${page.page < 1000 ? 'within' : 'OVER'} (${RUNS} cold runs, 390x844 viewport; load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`,
  );
} finally {
  await browser.close();
  await gw.close();
}
