import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLevers } from '../src/core/levers.js';
import { DEFAULT_ENGINE_CONFIG } from '../src/firewall/defaults.js';
import { contextOf, parseArgs } from '../src/firewall/inline/decide.js';
import { traceObserver } from '../src/firewall/inline/observe.js';
import type { FirewallRepo, FirewallTrace } from '../src/store/firewall-types.js';
import { openSqliteFile } from '../src/store/sqlite/open-file.js';
import { migrateSqlite } from '../src/store/sqlite/migrate.js';
import { sqliteMigrations } from '../src/store/sqlite/migrations/index.js';
import { WriterThread } from '../src/store/sqlite/writer-thread.js';
import { toTraceWrite, type TraceWrite } from '../src/store/trace-writes.js';
import { median } from './harness.js';

// What an observe-mode trace row costs from toTraceWrite to the SQLite writer thread's commit, by
// batch size and by variant of the table or the row, in one process: the bench's tool call (shell
// ["ls","-la","src"]) traced by the real observer, its rows written through a real WriterThread
// (postMessage, structured clone, insert, commit, the answer), one batch at a time with a pause
// between so each wakes the thread as a flush does. Process CPU (both threads) per row, medians
// of BENCH_ROUNDS (default 11) blocks of OPS rows (default 3000), variants interleaved.
// BATCHES: comma list of batch sizes (default 25,100,400). VARIANTS: `|`-separated, each
// `sql:<statements>` run on that variant's file (`sql:DROP INDEX firewall_traces_session`),
// `json:empty` (input and assessment stored as `{}`: what the row's JSON bytes cost) or
// `off:<lever>` (rows built with that lever off, e.g. `off:leanTraceRows`); the first variant is
// always the table and rows as they are.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const OPS = Number(process.env.OPS ?? 3000);
const BATCHES = (process.env.BATCHES ?? '25,100,400').split(',').map(Number);
const VARIANTS = (process.env.VARIANTS ?? 'json:empty|sql:DROP INDEX firewall_traces_session').split('|').filter(Boolean);

const traces: FirewallTrace[] = [];
const observe = traceObserver({ queueTrace: (t: FirewallTrace) => void traces.push(t) } as unknown as FirewallRepo, { ...DEFAULT_ENGINE_CONFIG });
const request = { model: 'bench-tools', messages: [{ role: 'system' as const, content: 'You are terse.' }, { role: 'user' as const, content: 'Say something about foxes.' }] };
const call = { tool: 'shell', args: parseArgs('{"command":["ls","-la","src"]}') };
const context = contextOf(request, undefined);

type Variant = { name: string; thread: WriterThread; emptyJson: boolean; leverOff?: string };
const dir = mkdtempSync(join(tmpdir(), 'switchyard-tracecost-'));
const variants: Variant[] = ['as is', ...VARIANTS].map((name, i) => {
  const path = join(dir, `${i}.db`);
  const db = openSqliteFile(path);
  migrateSqlite(db, sqliteMigrations);
  if (name.startsWith('sql:')) db.exec(name.slice(4));
  else if (name !== 'as is' && name !== 'json:empty' && !name.startsWith('off:')) throw new Error(`VARIANTS: sql:<statements>, json:empty or off:<lever>, not ${name}`);
  db.close();
  return { name, thread: new WriterThread(path, []), emptyJson: name === 'json:empty', leverOff: name.startsWith('off:') ? name.slice(4) : undefined };
});

const pause = () => new Promise((r) => setTimeout(r, 2));
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

async function block(v: Variant, batch: number): Promise<number> {
  traces.length = 0;
  for (let i = 0; i < OPS; i++) observe(call, context);
  const rowsOf = (): TraceWrite[] => {
    if (v.leverOff) setLevers({ [v.leverOff]: false });
    const rows = traces.map(toTraceWrite);
    if (v.leverOff) setLevers({ [v.leverOff]: true });
    return v.emptyJson ? rows.map((r) => r.map((cell, i) => (i === 4 || i === 5 ? '{}' : cell))) : rows;
  };
  let spent = 0;
  const c0 = cpu();
  const rows = rowsOf();
  spent += cpu() - c0;
  for (let i = 0; i < rows.length; i += batch) {
    const c = cpu();
    await v.thread.writeTraces(rows.slice(i, i + batch));
    spent += cpu() - c;
    await pause();
  }
  return spent / OPS;
}

try {
  for (const v of variants) await block(v, 100);
  const times = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...variants].reverse() : variants;
    for (const batch of BATCHES) for (const v of order) {
      const key = `${v.name}, batches of ${batch}`;
      times.set(key, [...(times.get(key) ?? []), await block(v, batch)]);
    }
  }
  console.log(`trace rows through the writer thread: process CPU µs per row, median (range) of ${ROUNDS} blocks of ${OPS}`);
  for (const [key, xs] of times) console.log(`  ${key.padEnd(60)} ${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)})`);
} finally {
  for (const v of variants) await v.thread.close();
  rmSync(dir, { recursive: true, force: true });
}
