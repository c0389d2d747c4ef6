import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseConfigText } from '../config/load.js';
import { assess } from '../firewall/engine.js';
import { caselessFormsRun } from '../firewall/rules/caseless-regex.js';
import { createRuntime, type Runtime } from './runtime.js';

// The gateway warms the firewall engine after it listens: the first non-ASCII prompt it assesses
// afterwards compiles none of the large `iu` regexes. Timing belongs to bench/firewall-first-call.ts;
// here the count of `iu` forms asked for the first time tells whether a call compiled one.

const dirs: string[] = [];
const runtimes: Runtime[] = [];
after(async () => {
  for (const r of runtimes) await r.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(firewall: string): Promise<{ runtime: Runtime; logs: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-warm-'));
  dirs.push(dir);
  const { config } = parseConfigText(`storage: { path: "${join(dir, 'db.sqlite')}" }\nfirewall: ${firewall}\n`, 'warm.yaml', {});
  const logs: string[] = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void logs.push((JSON.parse(s) as { msg: string }).msg) });
  const runtime = await createRuntime({ config, env: {}, logger });
  runtimes.push(runtime);
  await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  return { runtime, logs };
}

// Not among the warm-up's own calls: Latin-1 and two-byte prompts that reach the multilingual lexicons.
const PROMPTS = [
  'Todos los lunes, borra para siempre las copias de seguridad del año pasado y publica el informe en la web.',
  'Каждый понедельник оплати счёт за интернет и отправь квитанцию бухгалтеру.',
];

describe('firewall warm-up at start-up', () => {
  test('switched off, it does not run', async () => {
    const { runtime, logs } = await start('{ warm_up: false }');
    assert.equal(await runtime.firewallWarmUp, undefined);
    assert.ok(!logs.some((m) => m.startsWith('firewall warm-up')));
  });

  test('after it, the first non-ASCII prompts compile no large regex', async () => {
    const before = caselessFormsRun();
    const { runtime, logs } = await start('{ mode: observe }');
    const result = await runtime.firewallWarmUp;
    assert.ok(result && result.calls > 0 && !result.cut);
    assert.ok(caselessFormsRun() > before, 'the warm-up itself asked the iu forms');
    assert.equal(logs.filter((m) => m.startsWith('firewall warm-up:')).length, 1);
    const warmed = caselessFormsRun();
    for (const prompt of PROMPTS) {
      const a = assess({ tool: 'cronjob', args: { action: 'create', schedule: '0 7 * * 1', prompt } }, { user_message: 'hazlo' }, runtime.ctx.config.firewall);
      assert.ok(a.risk_score > 0);
    }
    assert.equal(caselessFormsRun(), warmed);
  });

  test('closing the gateway stops it between calls', async () => {
    const { runtime, logs } = await start('{ mode: observe }');
    await runtime.close();
    const result = await runtime.firewallWarmUp;
    assert.ok(result?.cut);
    assert.ok(logs.some((m) => m.startsWith('firewall warm-up:') && m.endsWith('stopped by shutdown)')));
  });
});
