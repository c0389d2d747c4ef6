import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

// Browser tests of the web console: Debian's chromium driven by playwright-core (.ci/run installs
// it when missing), the console built into dist/ui like `npm run build` does.

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = 'test-output/ui';

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

const fresh = () => existsSync('dist/ui/index.html') && statSync('dist/ui/index.html').mtimeMs >= Math.max(newest('ui/src'), statSync('ui/index.html').mtimeMs);

/**
 * Builds the console when dist/ui is missing or older than ui/ (a developer edited it since). Test
 * files run in parallel: one builds under a lock directory while the others wait for it, so no
 * gateway starts while the build has emptied dist/ui.
 */
export function ensureUiBuilt(): void {
  if (fresh()) return;
  const lock = 'dist/.ui-build-lock';
  mkdirSync('dist', { recursive: true });
  try {
    mkdirSync(lock);
  } catch {
    const until = Date.now() + 180_000;
    while (existsSync(lock) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    if (!fresh()) throw new Error('another process is building the console (dist/.ui-build-lock); remove the lock if it is stale');
    return;
  }
  try {
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'ui/vite.config.ts'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr || r.stdout}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The server each launched browser runs in: its process can be killed when a close goes unanswered. */
const servers = new WeakMap<Browser, BrowserServer>();

/**
 * Launches Chromium as a browser server and connects to it. A plain `launch()` hides the process:
 * when Chromium leaves a close unanswered, its pipes keep the test file's process alive after
 * every test has passed (a loaded CI run waited out the runner's five-minute file timeout).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-extensions'],
  });
  const browser = await chromium.connect(server.wsEndpoint());
  servers.set(browser, server);
  return browser;
}

/** Closes the browser, waiting at most `ms` for Chromium to answer, then kills its process (and waits for it to exit). */
export async function closeBrowser(browser: Browser | undefined, ms = 20_000): Promise<void> {
  if (!browser) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([browser.close().catch(() => undefined), late]);
  clearTimeout(timer);
  await servers.get(browser)?.kill();
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login form and waits for the console shell. */
export async function signIn(page: Page, baseUrl: string, token: string, name = 'Test Person', hash = '#/approvals'): Promise<void> {
  await page.goto(`${baseUrl}/ui/${hash}`);
  await page.fill('input[name=token]', token);
  await page.fill('input[name=name]', name);
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('header.top .who');
}
