// DB size and SQLite writer CPU for 1,000 Claude Code turns (20 sessions x 50 growing turns, or one
// body repeated as bench/cpu-per-request.ts does), written by the writer's batch function on a WAL
// file in this thread, so only the writer's calls are timed. Compare checkouts with ROOT:
//   ROOT=/work/main npx tsx bench/request-storage.ts conversation|repeat

import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
const ROOT = process.env.ROOT ?? new URL('..', import.meta.url).pathname;
const mode = process.argv[2] ?? 'conversation';
const { SqliteStore } = await import(join(ROOT, 'src/store/sqlite/store.ts'));
const { requestFromSent } = await import(join(ROOT, 'src/server/wire-request.ts'));
const claude = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json'), 'utf8'));
const SESSIONS = 20, TURNS = 50;
function turnText(session: string, n: number): string {
  if (mode === 'repeat') return JSON.stringify(claude.body);
  const messages = [...claude.body.messages];
  for (let i = 1; i <= n; i++) {
    messages.push({ role: 'assistant', content: [{ type: 'text', text: `Step ${i} of ${session}: ${'I will read the file and then edit it. '.repeat(12)}` }, { type: 'tool_use', id: `toolu_${session}_${i}`, name: 'Read', input: { file_path: `/src/file${i}.ts` } }] });
    messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: `toolu_${session}_${i}`, content: `export const x${i} = ${i};\n`.repeat(30), ...(i === n ? { cache_control: { type: 'ephemeral' } } : {}) }] });
  }
  return JSON.stringify({ ...claude.body, messages, metadata: { user_id: session } });
}
const dir = mkdtempSync(join(tmpdir(), 'dbsize-'));
const path = join(dir, 'store.db');
await new SqliteStore({ path }).close(); // runs the migrations
const { inferenceBatchWriter, toCompactWrite } = await import(join(ROOT, 'src/store/sqlite/inference-writes.ts'));
const { Redactor } = await import(join(ROOT, 'src/store/redact.ts'));
const Database = (await import(join(ROOT, 'node_modules/better-sqlite3/lib/index.js'))).default;
const wdb = new Database(path);
wdb.pragma('journal_mode = WAL');
wdb.pragma('synchronous = NORMAL');
const write = inferenceBatchWriter(wdb, new Redactor());
let batch: unknown[] = [];
let sent = 0;
let cpuUs = 0;
const w0 = performance.now();
let k = 0;
for (let n = 0; n < TURNS; n++) {
  for (let s = 0; s < SESSIONS; s++) {
    const session = `sess-${s}`;
    const text = turnText(session, n);
    sent += Buffer.byteLength(text);
    const id = `0190${String(k++).padStart(8, '0')}-0000-7000-8000-${randomUUID().slice(-12)}`;
    batch.push(toCompactWrite({ id, created_at: new Date().toISOString(), kind: 'chat', session_id: session, request_id: null, route: 'r', model: 'm', variant: null, provider: 'p', upstream_model: 'u', stream: false, status: 'ok', error: null,
      request: requestFromSent('anthropic', text), request_as_sent: { format: 'anthropic', bytes: Buffer.from(text) }, response: { id: 'x', content: [{ type: 'text', text: 'ok' }] }, usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      latency_ms: 1, ttft_ms: null, attempts_count: 1, routing: null, tags: null, cost_usd: null, dropped: null, storage_content: 'full' }, []));
  }
  const t = process.cpuUsage();
  write(batch);
  const c = process.cpuUsage(t);
  cpuUs += c.user + c.system;
  batch = [];
}
const wall = performance.now() - w0;
wdb.close();
const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
// The size once the WAL is checkpointed into the file.
const db = new Database(path);
db.pragma('wal_checkpoint(TRUNCATE)');
const pages = db.pragma('page_count', { simple: true }) as number;
const free = db.pragma('freelist_count', { simple: true }) as number;
db.close();
console.log(JSON.stringify({ mode, turns: SESSIONS * TURNS, sentMB: +(sent / 1e6).toFixed(1), dbMB: +(size(path) / 1e6).toFixed(1), usedPagesMB: +(((pages - free) * 4096) / 1e6).toFixed(1), writerCpuUsPerTurn: Math.round(cpuUs / (SESSIONS * TURNS)), wallMs: Math.round(wall) }));
rmSync(dir, { recursive: true, force: true });
