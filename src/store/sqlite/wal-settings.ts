import type Database from 'better-sqlite3';

// The journal settings of every connection to the database file (the request thread's and the
// writer thread's): each connection checkpoints by its own setting, so they must agree, or the
// request thread's rare commits would run the checkpoints the writer puts off.

/** WAL pages (4 KB) a commit may leave before it copies them into the database: ~40 MB. */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;
/** The WAL file is cut back to this after a checkpoint that let it grow beyond (a long reader held it). */
const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

export function applyWalSettings(db: Database.Database): void {
  // Readers never block the writer, and a commit appends to one file.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL syncs the WAL at each checkpoint, not at each commit: a power loss or OS
  // crash can lose the last commits (rows the gateway had queued anyway), never corrupt the file;
  // a process crash loses nothing committed. FULL would fsync every batch.
  db.pragma('synchronous = NORMAL');
  // SQLite's default (1,000 pages) checkpointed every ~1,400 json rows: each checkpoint syncs both
  // files and copies the same hot pages (index tails, the tree's upper levels) again. Ten times
  // fewer checkpoints cost a WAL of up to ~40 MB on disk and a longer replay after a crash.
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
  db.pragma('busy_timeout = 5000');
}
