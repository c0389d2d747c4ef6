import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteDatasetRepo } from '../../../store/sqlite/dataset-repo.js';
import { SqliteImportRepo } from '../../../store/sqlite/import-repo.js';
import { migrateSqlite } from '../../../store/sqlite/migrate.js';
import { sqliteMigrations } from '../../../store/sqlite/migrations/index.js';
import { importHermes } from './importer.js';
import { SessionDbError } from './session-db.js';
import { parseTrajectoryLines } from './trajectories.js';

const fixture = (n: string) => fileURLToPath(new URL(`../fixtures/${n}`, import.meta.url));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sy-hermes-import-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

// The real schema (every SQLite migration) and the real repos on a file in a temp dir; the store's
// writer machinery is not needed to import.
function openStore(name: string) {
  const db = new Database(join(dir, `${name}.db`));
  migrateSqlite(db, sqliteMigrations);
  const store = { db, datasets: new SqliteDatasetRepo(db), close: async () => db.close() };
  return { store, repo: new SqliteImportRepo(db) };
}

describe('import hermes: the sample SessionDB and trajectories', () => {
  test('sessions become episodes, messages turns, trajectories datapoints; importing twice adds nothing', async () => {
    const stateDb = join(dir, 'state-copy.db');
    copyFileSync(fixture('state.db'), stateDb);
    const before = { hash: sha(stateDb), mtime: statSync(stateDb).mtimeMs };
    const { store, repo } = openStore('main');
    try {
      const phases = new Set<string>();
      const first = await importHermes({ stateDb, trajectories: [fixture('trajectories.jsonl')], repo, datasets: store.datasets, onProgress: (p) => phases.add(p) });
      assert.deepEqual([first.episodes.added, first.turns.added, first.datapoints.added], [7, 28, 5]);
      assert.deepEqual(first.problems, []);
      assert.deepEqual(first.dataset, { name: 'hermes-trajectories', version: 1 });
      assert.deepEqual([...phases].sort(), ['messages', 'sessions', 'trajectories']);

      const second = await importHermes({ stateDb, trajectories: [fixture('trajectories.jsonl')], repo, datasets: store.datasets });
      assert.deepEqual([second.episodes.added, second.turns.added, second.datapoints.added], [0, 0, 0]);
      assert.deepEqual([second.episodes.already, second.turns.already, second.datapoints.already], [7, 28, 5]);
      assert.equal(second.dataset, null);
      assert.deepEqual(await repo.counts(), { episodes: 7, turns: 28, datapoints: 5 });
      assert.equal((await store.datasets.getVersion('hermes-trajectories'))!.size, 5);

      // the source database is never written
      assert.equal(sha(stateDb), before.hash);
      assert.equal(statSync(stateDb).mtimeMs, before.mtime);

      const ep = (await repo.getEpisode('20261101_000000_44cb63'))!;
      assert.equal(ep.platform, 'cli');
      assert.equal(ep.model, 'anthropic/claude-sonnet-4');
      assert.equal(ep.stats.input_tokens, 900);
      assert.deepEqual(ep.extra.model_config, { provider: 'openrouter' });
      const turns = await repo.listTurns('20261101_000000_44cb63');
      assert.deepEqual(turns.map((t) => t.message.role), ['user', 'assistant', 'tool', 'assistant']);
      assert.deepEqual(turns.map((t) => t.seq), [0, 1, 2, 3]);
      const call = turns[1].message.tool_calls![0];
      assert.equal(call.function.name, 'read_file');
      assert.equal(turns[2].message.tool_call_id, call.id, 'the tool result answers the call');
      assert.equal(turns[2].message.name, 'read_file');
      assert.equal(turns[1].finish_reason, 'tool_calls');
    } finally {
      await store.close();
    }
  });

  test('trajectories keep tool calls, results, reference output and metadata', () => {
    const parsed = parseTrajectoryLines(readFileSync(fixture('trajectories.jsonl'), 'utf8'), 'traj.jsonl');
    const d = parsed[0].datapoint!;
    assert.deepEqual(d.messages.map((m) => m.role), ['system', 'user', 'assistant', 'tool']);
    assert.equal(d.messages[2].tool_calls![0].function.arguments, '{"path":"README.md"}');
    assert.equal(d.messages[3].tool_call_id, d.messages[2].tool_calls![0].id);
    assert.equal(d.messages[3].content, 'ok 0');
    assert.equal(d.output!.content, "All set: what's in readme.md?");
    assert.equal(d.tags.prompt_index, '0');
    assert.equal(d.tags.model, 'hermes-4-70b');
    assert.deepEqual(d.metadata.tool_stats, { read_file: { count: 1, success: 1, failure: 0 } });
    assert.equal(parsed[3].datapoint!.tags.completed, 'false');
  });
});

describe('import hermes: real-world shapes and corrupt rows', () => {
  function hermesDb(name: string, build: (db: Database.Database) => void): string {
    const file = join(dir, `${name}.hermes.db`);
    const db = new Database(file);
    build(db);
    db.close();
    return file;
  }

  test('extra and missing optional columns are tolerated; corrupt rows are reported by id and skipped', async () => {
    const file = hermesDb('messy', (db) => {
      // newer Hermes columns (cwd, reasoning_details, ...) and no title / tool_name / reasoning columns
      db.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, source TEXT, model TEXT, started_at REAL, ended_at REAL, cwd TEXT, cache_read_tokens INTEGER, archived INTEGER);
        CREATE TABLE messages (id INTEGER PRIMARY KEY, session_id TEXT, role TEXT, content TEXT, tool_call_id TEXT, tool_calls TEXT, timestamp REAL, reasoning_details TEXT);`);
      const s = db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      s.run('good', 'cli', 'm', 1790000000, null, '/home/me', 5, 0);
      s.run('badtime', 'cli', 'm', 'yesterday-ish', null, null, 0, 0);
      const m = db.prepare('INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      m.run(1, 'good', 'user', 'hello, my key is sk-or-v1-abcdefghijklmnopqrstuvwxyz012345', null, null, 1790000001, null);
      m.run(2, 'good', 'assistant', null, null, '{not json', 1790000002, null);
      m.run(3, 'good', 'wizard', 'abracadabra', null, null, 1790000003, null);
      m.run(4, 'good', 'assistant', '', null, JSON.stringify([{ id: 'c1', function: { name: 'terminal', arguments: { command: 'ls' } } }]), 1790000004, '[{"type":"summary"}]');
      m.run(5, 'good', 'tool', 'a.txt', 'c1', null, 1790000005, null);
      m.run(6, 'badtime', 'user', 'orphan', null, null, 1790000006, null);
      m.run(7, 'good', 'tool', 'no id', null, null, 1790000007, null);
    });
    const { store, repo } = openStore('messy');
    try {
      const s = await importHermes({ stateDb: file, repo });
      const why = Object.fromEntries(s.problems.map((p) => [`${p.source}:${p.id}`, p.reason]));
      assert.deepEqual(Object.keys(why).sort(), ['messages:2', 'messages:3', 'messages:6', 'messages:7', 'sessions:badtime']);
      assert.match(why['messages:2'], /tool_calls/);
      assert.match(why['messages:3'], /unknown role "wizard"/);
      assert.match(why['messages:6'], /session badtime was not imported/);
      assert.match(why['sessions:badtime'], /started_at/);
      assert.equal(s.episodes.added, 1);
      assert.equal(s.turns.added, 3);
      assert.equal(s.turns.skipped, 4);
      const ep = (await repo.getEpisode('good'))!;
      assert.equal(ep.title, null);
      assert.equal(ep.extra.cwd, '/home/me');
      assert.equal(ep.stats.cache_read_tokens, 5);
      const turns = await repo.listTurns('good');
      assert.equal(turns[0].message.content, 'hello, my key is [REDACTED]');
      assert.equal(turns[1].message.tool_calls![0].function.arguments, '{"command":"ls"}');
      assert.deepEqual(turns[1].extra.reasoning_details, [{ type: 'summary' }]);
      assert.equal(turns[2].message.tool_call_id, 'c1');
      const raw = store.db.prepare('SELECT message FROM imported_turns').all() as { message: string }[];
      assert.ok(!raw.some((r) => r.message.includes('sk-or-v1')));
    } finally {
      await store.close();
    }
  });

  test('newer SessionDBs: system prompts and tool lists resolved through system_prompts by hash', async () => {
    const file = hermesDb('hashed', (db) => {
      db.exec(`CREATE TABLE system_prompts (hash TEXT PRIMARY KEY, prompt TEXT NOT NULL);
        CREATE TABLE sessions (id TEXT PRIMARY KEY, source TEXT NOT NULL, started_at REAL NOT NULL, system_prompt_hash TEXT, tool_names TEXT);
        CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, role TEXT NOT NULL, content TEXT, timestamp REAL NOT NULL);
        INSERT INTO system_prompts VALUES ('h1', 'You are Hermes.'), ('h2', '["terminal","read_file"]');
        INSERT INTO sessions VALUES ('s1', 'cli', 1790000000, 'h1', 'h2'), ('s2', 'cli', 1790000001, 'missing', NULL);
        INSERT INTO messages (session_id, role, content, timestamp) VALUES ('s1', 'user', 'hi', 1790000002);`);
    });
    const { store, repo } = openStore('hashed');
    try {
      const s = await importHermes({ stateDb: file, repo });
      assert.deepEqual([s.episodes.added, s.turns.added, s.problems.length], [2, 1, 0]);
      const s1 = (await repo.getEpisode('s1'))!;
      assert.equal(s1.system_prompt, 'You are Hermes.');
      assert.deepEqual(s1.extra, { tool_names: ['terminal', 'read_file'] });
      const s2 = (await repo.getEpisode('s2'))!;
      assert.equal(s2.system_prompt, null);
      assert.equal(s2.extra.system_prompt_hash, 'missing');
    } finally {
      await store.close();
    }
  });

  test('a database without a messages table still imports its sessions', async () => {
    const file = hermesDb('nomsg', (db) => db.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY); INSERT INTO sessions VALUES ('only');`));
    const { store, repo } = openStore('nomsg');
    try {
      const s = await importHermes({ stateDb: file, repo });
      assert.equal(s.episodes.added, 1);
      assert.equal(s.turns.read, 0);
    } finally {
      await store.close();
    }
  });

  test('a missing file or a database that is not Hermes\'s is a clear error, and nothing is created', async () => {
    const { store, repo } = openStore('errors');
    try {
      const missing = join(dir, 'does-not-exist.db');
      await assert.rejects(importHermes({ stateDb: missing, repo }), (e: unknown) => e instanceof SessionDbError && e.message.includes(missing));
      assert.throws(() => statSync(missing));
      const other = hermesDb('other', (db) => db.exec('CREATE TABLE notes (x TEXT)'));
      await assert.rejects(importHermes({ stateDb: other, repo }), /no sessions table/);
    } finally {
      await store.close();
    }
  });

  test('a corrupt trajectory line is reported with file and line; the rest imports once', async () => {
    const good = readFileSync(fixture('trajectories.jsonl'), 'utf8').split('\n')[0];
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, `${good}\n{broken\n\n{"conversations": []}\n{"conversations": [{"from": "robot", "value": "x"}]}\n${good}\n`);
    const { store, repo } = openStore('traj');
    try {
      const s = await importHermes({ trajectories: [file], repo, datasets: store.datasets });
      assert.deepEqual(s.problems.map((p) => p.id), [`${file}:2`, `${file}:4`, `${file}:5`]);
      assert.deepEqual(s.problems.map((p) => p.reason), ['not valid JSON', 'no conversations', 'conversations[0].from is "robot"']);
      assert.equal(s.datapoints.added, 1, 'the duplicated record is one datapoint');
      assert.equal((await store.datasets.getVersion('hermes-trajectories'))!.size, 1);
    } finally {
      await store.close();
    }
  });
});
