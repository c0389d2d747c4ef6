import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PRETENURING_ENV } from './v8-tuning.js';

// A child process keeps two million literal objects alive: with pretenuring on, V8 reports
// allocation-site statistics (--trace-pretenuring-statistics) and moves the sites towards
// tenuring; once tuneV8ForRequests ran it reports none.
const moduleUrl = new URL('./v8-tuning.ts', import.meta.url).href;
const script = `
  const { tuneV8ForRequests } = await import(${JSON.stringify(moduleUrl)});
  console.log('flags=' + tuneV8ForRequests().join(','));
  const keep = [];
  const make = (i) => ({ a: i, b: [i, i + 1] });
  for (let i = 0; i < 2e6; i++) keep.push(make(i));
  console.log('kept=' + keep.length);
`;

function run(env: Record<string, string>): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--trace-pretenuring', '--trace-pretenuring-statistics', '--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('tuneV8ForRequests switches allocation-site pretenuring off', () => {
  const out = run({});
  assert.match(out, /flags=--no-allocation-site-pretenuring/);
  assert.match(out, /kept=2000000/);
  assert.doesNotMatch(out, /pretenuring:/);
});

test(`${PRETENURING_ENV}=on keeps V8's default`, () => {
  const out = run({ [PRETENURING_ENV]: 'on' });
  assert.match(out, /flags=\n/);
  assert.match(out, /pretenuring: AllocationSite/);
});
