import { disposable, throwaway } from '../targets.js';
import { finding, type Finding } from './finding.js';
import { selectedSecrets } from './sql-secrets.js';

// SQL (and a few NoSQL shapes) an agent runs through a database client or an MCP database tool.
// Reads run; writes to a database that is not obviously local ask; destruction always asks.

const DESTRUCTIVE = /(\b(drop\s+(database|schema|table|collection|keyspace|user|role|index|view)|truncate\s+(table\s+)?[\w"`.]+|flushall|flushdb|alter\s+table\s+\S+\s+drop)\b|dropdatabase\s*\(|\.drop\s*\(|\.deletemany\s*\(\s*\{\s*\}\s*\))/i;
const PRIVILEGE = /\b(grant|revoke)\b[\s\S]*\b(to|from)\b|\balter\s+(user|role)\b|\bcreate\s+(user|role)\b/i;
const WRITE = /\b(insert\s+into|update\s+[\w"`.]+\s+set|delete\s+from|alter\s+table|create\s+(table|index|view|schema|database|function|trigger)|merge\s+into|upsert|replace\s+into|copy\s+\S+\s+from|\.(insert|update|delete)(one|many)?\s*\(|\b(hset|set|del|expire|lpush|rpush|sadd|zadd)\s+\S+)/i;
/** Rows that are money: approving a payout or editing a balance moves it. */
const MONEY_TABLE = /\b(?:update|insert\s+into|delete\s+from)\s+["`]?(?:\w+\.)?(payouts?|payments?|transfers?|refunds?|invoices?|balances?|payroll|ledgers?|ledger_entries|wallets?|withdrawals?|disbursements?|charges|credits|salaries|salary)\b/i;
const READ_ONLY = /^\s*(select|with|show|describe|desc|explain|\\d|\\l|\\dt|pragma|values|table\s)/i;

export interface SqlTarget {
  /** Host, database name or connection string, when known. */
  where?: string;
}

/** This machine: a loopback host or a database file. Named targets are read by targets.ts. */
const LOCAL_HOST = /localhost|127\.0\.0\.1|::1|\.sqlite3?\b|\.db\b/i;
const LOCKING = /\bvacuum\s*(?:\([^)]*\bfull\b[^)]*\)|full\b)|\bcluster\s+(?!verbose\s*;?\s*$)[\w"`.]+|\block\s+table\b|\breindex\s+(?!\([^)]*concurrently|concurrently|\(?\s*concurrently)(?:table|index|database|schema|system)\b/i;
/** The database, schema, table or collection a destructive statement removes or empties. */
const DROPPED = /\b(?:drop\s+(?:database|schema|table|collection|keyspace|view|index)(?:\s+if\s+exists)?|truncate(?:\s+table)?|delete\s+from)\s+([\w"`.]+)/gi;
const PROD_DB = /(^|[_\-/.@:$])(prod|production|prd|live|primary|master)([_\-/.:]|$)/i;

/** Splits statements roughly; quotes containing `;` are rare in agent SQL and only make us stricter. */
export function judgeSql(sql: string, target: SqlTarget = {}): Finding[] {
  const text = sql.trim();
  if (!text) return [];
  const where = target.where ?? '';
  const prod = PROD_DB.test(where);
  const local = !prod && (LOCAL_HOST.test(where) || disposable(where));
  const place = where ? ` on ${where}` : '';
  const statements = text.split(';').filter((s) => s.trim());
  const deleteAll = statements.some((s) => /\bdelete\s+from\s+\S+/i.test(s) && !/\bwhere\b/i.test(s));
  const updateAll = statements.some((s) => /\bupdate\s+\S+\s+set\b/i.test(s) && !/\bwhere\b/i.test(s));
  // A test, tmp or scratch database, schema or table on this machine (a host named local, or none:
  // the client's own socket) is rebuilt by whatever made it: the objects dropped say so as well as
  // the connection does. A shared or production host keeps every drop held.
  const objects = statements.flatMap((s) => [...s.matchAll(DROPPED)].map((m) => m[1]));
  const throwawayObjects = objects.length > 0 && objects.every((o) => throwaway(o.replace(/["`]/g, '')));
  if ((DESTRUCTIVE.test(text) || deleteAll) && !prod && (local || !where.trim()) && (throwaway(where) || throwawayObjects)) {
    return [finding(0.3, 'local_edit', false, 'database_destruction', `runs a destructive statement on a local or test database${place}`)];
  }
  if (DESTRUCTIVE.test(text) || deleteAll) {
    return [finding(0.92, 'critical', false, 'database_destruction', `runs a destructive statement (${(DESTRUCTIVE.exec(text)?.[0] ?? 'DELETE without WHERE').trim()})${place}`)];
  }
  // VACUUM FULL, CLUSTER, LOCK TABLE and a plain REINDEX hold an exclusive lock for as long as they
  // run: on a shared or production database every query on that table waits.
  const locking = LOCKING.exec(text);
  if (locking && !statements.every((s) => READ_ONLY.test(s))) {
    if (local) return [finding(0.2, 'local_edit', true, 'database_lock', `${locking[0].trim()} locks a table in a local or test database${place}`)];
    return [finding(prod ? 0.8 : 0.65, prod ? 'critical' : 'external', true, 'database_lock', `${locking[0].trim()} takes an exclusive lock on a live table until it finishes${place}`)];
  }
  // Rewriting every row of a test or dev copy on this machine (scrubbing names before a demo) is as routine as rebuilding it.
  if (updateAll && local && throwaway(where)) return [finding(0.3, 'local_edit', false, 'database_write', `rewrites every row of a local test or dev database${place}`)];
  if (updateAll) return [finding(0.7, 'critical', false, 'database_destruction', `runs UPDATE without WHERE (rewrites every row)${place}`)];
  if (PRIVILEGE.test(text)) return [finding(0.75, 'critical', false, 'database_privileges', `changes database users or privileges${place}`)];
  if (WRITE.test(text) && !statements.every((s) => READ_ONLY.test(s))) {
    const money = MONEY_TABLE.exec(text);
    // Money tables in a staging or dev database hold test rows; on a shared or unnamed host they are the books.
    if (money && !local) return [finding(0.82, 'critical', false, 'money_movement', `changes ${money[1]} records (money)${place}`)];
    if (prod) return [finding(0.8, 'critical', false, 'database_write', `changes data in a production database${place}`)];
    if (local) return [finding(0.2, 'local_edit', true, 'database_write', `changes data in a local or test database${place}`)];
    // No host named: the client's default, usually a local socket or the developer's own database.
    if (!where.trim()) return [finding(0.35, 'local_edit', false, 'database_write', 'changes data in the default (local) database')];
    return [finding(0.62, 'external', false, 'database_write', `changes data in a database${place}`)];
  }
  const secrets = selectedSecrets(text);
  if (secrets.length) return [finding(local ? 0.2 : 0.62, 'read_only', true, 'secret_read', `selects ${secrets.slice(0, 3).join(', ')} (credentials) into the conversation${place}`)];
  return [finding(prod ? 0.12 : 0.05, 'read_only', true, 'database_read', `reads from a database${place}`)];
}
