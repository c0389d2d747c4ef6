import { basename, dirname } from 'node:path';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreOpenError } from '../errors.js';
import { applyWalSettings } from './wal-settings.js';

// Opening the SQLite file the way an operator needs it: the state directory 0700 and the database
// files 0600 (they hold prompts), and a start-up that cannot write fails with one line naming the
// file and the fix instead of serving requests it cannot record.

/** The files SQLite keeps for one database in WAL mode. */
const sqliteFiles = (path: string) => [path, `${path}-wal`, `${path}-shm`];

export function openSqliteFile(path: string, warn?: (msg: string) => void): Database.Database {
  const dir = dirname(path);
  const memory = path === ':memory:';
  try {
    if (memory) {
      // nothing on disk
    } else if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } else if (basename(dir) === '.switchyard') {
      chmodSync(dir, 0o700); // our default state directory: earlier versions made it 0755
    } else if ((statSync(dir).mode & 0o077) !== 0 && warn) {
      warn(`storage: directory ${dir} is readable by other users; the database file itself is 0600`);
    }
    // Create the file 0600 before SQLite does (SQLite gives -wal and -shm the database's mode).
    if (!memory && !existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  } catch (err) {
    throw openError(path, err);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    applyWalSettings(db);
    db.pragma('foreign_keys = ON');
    // A read-only file opens silently read-only; take the write lock once to find out now.
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    if (!memory) for (const f of sqliteFiles(path)) if (existsSync(f)) chmodSync(f, 0o600);
    return db;
  } catch (err) {
    if (db?.open) db.close();
    throw openError(path, err);
  }
}

/** One line: which file, what is wrong, what to do. */
export function openError(path: string, err: unknown): StoreOpenError {
  const code = String((err as { code?: string }).code ?? '');
  const dir = dirname(path);
  let msg: string;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    msg = `storage: ${path} is not a valid SQLite database (${code}); move it aside (or restore a backup) and start again, or point storage.path at another file`;
  } else if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code === 'EROFS') {
    msg = `storage: ${path} is read-only; make the file and its directory ${dir} writable by this user (SQLite also writes ${basename(path)}-wal and -shm there), or point storage.path elsewhere`;
  } else if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') {
    msg = `storage: cannot open ${path} for writing (${code}); the directory ${dir} must exist and be writable by this user (SQLite creates -wal and -shm files beside the database), or point storage.path elsewhere`;
  } else if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code.startsWith('SQLITE_IOERR')) {
    msg = `storage: cannot write ${path} (${code}: ${(err as Error).message}); free disk space on its file system or point storage.path elsewhere`;
  } else if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    msg = `storage: ${path} is locked by another process (${code}); stop the other writer or use storage.kind: postgres for several gateways`;
  } else {
    msg = `storage: cannot open ${path}: ${(err as Error).message}`;
  }
  return new StoreOpenError(msg, { cause: err });
}
