import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile } from '../src/store/sqlite/open-file.js';
import { migrateSqlite } from '../src/store/sqlite/migrate.js';
import { sqliteMigrations } from '../src/store/sqlite/migrations/index.js';
import { inferenceBatchWriter, toCompactWrite, type CompactWrite } from '../src/store/sqlite/inference-writes.js';
import { Redactor } from '../src/store/redact.js';
import { jsonCaseRows } from './writer-rows.js';
import { median } from './harness.js';

// What the SQLite writer's work costs a row, and what one change to it saves: the writer thread's
// own work (redaction, inserts, commit, automatic checkpoints) run in this thread on two database
// files, A as the code has it and B with LEVER applied, so nothing but that work is timed (the
// rows are built before the clock starts). The json case's inference and attempt rows in batches
// of BATCH (default 85: a 50 ms flush at ~1,700 requests a second), blocks of OPS rows (default
// 3400) alternating A and B; each file first holds PREFILL rows (default 20,000). CPU µs per row,
// medians of BENCH_ROUNDS pairs (default 15) and the paired difference's range, and the means;
// then the WAL frames (pages) a row's commits write and the pages its checkpoints copy.
//
// LEVER, `;`-separated: `sql:<statement>` runs it on B (`sql:DROP INDEX x`), `pragma:<setting>` sets a
// pragma on B's connection, `batch:<rows>` gives B batches of that size, `usage:once` leaves B's
// usage column empty (the usage only inside the response JSON), `none` (an A/A control).

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const OPS = Number(process.env.BENCH_OPS ?? 3400);
const BATCH = Number(process.env.BATCH ?? 85);
const PREFILL = Number(process.env.PREFILL ?? 20_000);
const LEVER = process.env.LEVER ?? 'none';
function row(this: { usageOnce?: boolean } | void): CompactWrite {
  const { record, attempts } = jsonCaseRows(this?.usageOnce === true);
  return toCompactWrite(record, attempts);
}

function open(path: string, lever: string) {
  const db = openSqliteFile(path);
  let batch = BATCH;
  let usageOnce = false;
  migrateSqlite(db, sqliteMigrations);
  for (const part of lever.split(';').filter((p) => p && p !== 'none')) {
    const [kind, arg] = [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1)];
    if (kind === 'sql') db.exec(arg);
    else if (kind === 'pragma') db.pragma(arg);
    else if (kind === 'batch') batch = Number(arg);
    else if (kind === 'usage' && arg === 'once') usageOnce = true;
    else throw new Error(`LEVER: sql:<statement>, pragma:<setting>, batch:<rows> or none, ;-separated; not ${part}`);
  }
  return { db, path, batch, usageOnce, write: inferenceBatchWriter(db, new Redactor()) };
}
type Side = ReturnType<typeof open>;

function block(side: Side, n: number): number {
  const batches: CompactWrite[][] = [];
  for (let i = 0; i < n; i += side.batch) batches.push(Array.from({ length: Math.min(side.batch, n - i) }, () => row.call(side)));
  const t0 = process.cpuUsage();
  for (const b of batches) side.write(b);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / n;
}

/**
 * The WAL frames a row's commits write, and the pages a row's automatic checkpoints would copy at
 * each of `windows` (pages): one block written with checkpoints off, then its WAL read back frame by
 * frame. A checkpoint runs after the commit that takes the WAL to its limit and copies each page
 * the WAL holds once (a page written by several commits, once).
 */
function walPages(side: Side, windows: number[]): { frames: number; checkpointed: Map<number, number> } {
  const pageSize = side.db.pragma('page_size', { simple: true }) as number;
  const autocheckpoint = side.db.pragma('wal_autocheckpoint', { simple: true });
  side.db.pragma('wal_checkpoint(TRUNCATE)');
  side.db.pragma('wal_autocheckpoint = 0');
  const rows = OPS * 5;
  block(side, rows);
  const wal = readFileSync(`${side.path}-wal`);
  side.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  const frames: { page: number; commit: boolean }[] = [];
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) frames.push({ page: wal.readUInt32BE(at), commit: wal.readUInt32BE(at + 4) !== 0 });
  const checkpointed = new Map<number, number>();
  for (const limit of windows) {
    let copied = 0;
    let since = 0;
    let pages = new Set<number>();
    for (const f of frames) {
      pages.add(f.page);
      since++;
      if (f.commit && since >= limit) {
        copied += pages.size;
        pages = new Set<number>();
        since = 0;
      }
    }
    copied += pages.size; // the last, partial window: copied by a later checkpoint
    checkpointed.set(limit, copied / rows);
  }
  return { frames: frames.length / rows, checkpointed };
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-rowcost-'));
const a = open(join(dir, 'a.db'), 'none');
const b = open(join(dir, 'b.db'), LEVER);
try {
  block(a, PREFILL);
  block(b, PREFILL);
  const times = { a: [] as number[], b: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ([a, b] as const) : ([b, a] as const);
    for (const side of order) times[side === a ? 'a' : 'b'].push(block(side, OPS));
  }
  const d = times.a.map((x, i) => x - times.b[i]);
  const f = (x: number) => x.toFixed(1);
  const range = (xs: number[]) => `${f(median(xs))} (${f(Math.min(...xs))}…${f(Math.max(...xs))})`;
  console.log(`writer CPU µs per row, ${ROUNDS} pairs x ${OPS} rows in batches of ${BATCH}, after ${PREFILL} rows; B: ${LEVER}`);
  console.log(`  A (as is): ${range(times.a)}\n  B: ${range(times.b)}\n  A - B: ${range(d)}`);
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  // A checkpoint lands in some blocks only: the mean, not the median, carries its cost.
  console.log(`  means: A ${f(mean(times.a))}, B ${f(mean(times.b))}, A - B ${f(mean(d))}`);
  const windows = [1000, 4000, 10_000];
  for (const [name, side] of [['A', a], ['B', b]] as const) {
    const w = walPages(side, windows);
    console.log(`  ${name}: WAL frames a row ${w.frames.toFixed(3)}; pages a row its checkpoints copy, every ${windows.map((n) => `${n}: ${w.checkpointed.get(n)!.toFixed(3)}`).join(', ')} pages`);
  }
} finally {
  a.db.close();
  b.db.close();
  rmSync(dir, { recursive: true, force: true });
}
