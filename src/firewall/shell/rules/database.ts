import { judgeSql } from '../../rules/sql.js';
import { flagValue, has, type Rule } from './types.js';

// Database clients: what matters is the statement they run and which database it runs against.

export const dbClient: Rule = (f) => {
  f.network(f.program);
  // Where a statement runs is the host and the database together: `-h localhost -d shop_test`.
  const host = flagValue(f.args, '-h', '--host');
  const dbName = flagValue(f.args, '-d', '--dbname', '-D', '--database');
  if (f.program === 'dropdb' || (f.program === 'mysqladmin' && has(f.args, 'drop'))) {
    // dropdb's operand is the database itself: a test or dev database on this machine is rebuilt from migrations.
    const name = f.args.filter((a, i) => !a.text.startsWith('-') && !/^(?:-h|--host|-p|--port|-U|--username|-u|--user)$/.test(f.args[i - 1]?.text ?? '')).map((a) => a.text).filter((t) => t !== 'drop').pop() ?? '';
    const x = judgeSql(`DROP DATABASE ${name}`, { where: host ?? '' });
    f.add(x[0].risk, x[0].cls, x[0].reversible, 'database_destruction', `${f.program} drops ${x[0].risk < 0.5 ? `the local test or dev database ${name}` : `a database${name ? ` (${name})` : ''}`}`);
    return;
  }
  if (f.program === 'pg_restore') return restore(f, host, dbName);
  const inline = flagValue(f.args, '-c', '--command', '-e', '--execute', '--eval', '-q', '--query', '-Q');
  const here = f.cmd.redirects.filter((r) => r.op === '<<<' || r.op === '<<').map((r) => r.target.text).join(';');
  const positional = f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text).filter((t) => /\s/.test(t) && !isConninfo(t)).join(';');
  const sql = [inline, here, positional, f.program === 'redis-cli' ? f.args.map((a) => a.text).join(' ') : ''].filter(Boolean).join(';');
  const places = f.args.map((a) => a.text).flatMap((t) => (isConninfo(t) ? [conninfoPlace(t)] : PLACE_WORD.test(t) ? [t] : []));
  const where = [host, dbName, flagValue(f.args, '-n'), /^(?:psql|mysql|mariadb)$/.test(f.program) ? operandDatabase(f.args) : undefined, ...places].filter(Boolean).join(' ');
  if (!sql) {
    f.add(0.1, 'external', true, 'database_read', `${f.program} opens a database session${where ? ` on ${where}` : ''}`);
    return;
  }
  // A local Redis is a cache the developer can refill; flushing it is routine. redis-cli with no
  // host and no URL (-u) talks to this machine's, as `-h localhost` does.
  const redisHost = (flagValue(f.args, '-h') ?? (flagValue(f.args, '-u') || f.args.some((a) => a.text.includes('://')) ? '' : 'localhost')).trim();
  const target = f.program === 'redis-cli' && /^(localhost|127\.0\.0\.1)$/.test(redisHost) && !/flushall/i.test(sql) ? `${where.includes(redisHost) ? where : `${redisHost} ${where}`.trim()} dev cache` : where;
  for (const x of judgeSql(sql, { where: target })) f.add(x.risk, x.cls, x.reversible, x.category, `${f.program} ${x.reason}`);
};

/** A URL, a database file or a variable holding a connection string: where the statement runs. */
const PLACE_WORD = /:\/\/|\.db$|\.sqlite3?$|^\$\{?\w*(?:URL|DSN|URI|DB|DATABASE)\w*\}?$/i;
/** libpq's keyword/value connection string (`'host=db-01 dbname=billing user=ops'`): where the statement runs, not a statement. */
function isConninfo(text: string): boolean {
  const pairs = text.trim().split(/\s+/);
  return pairs.every((p) => /^\w+=\S*$/.test(p)) && pairs.some((p) => /^(?:host|hostaddr|dbname|service)=/.test(p));
}

/** A connection string's host, database and service only: its password must not reach a reason. */
function conninfoPlace(conninfo: string): string {
  return [...conninfo.matchAll(/\b(?:host|hostaddr|dbname|service)=(\S+)/g)].map((m) => m[1]).join(' ');
}

/** Flags of psql and mysql that take a value: it is never the database operand. */
const CLIENT_VALUE_FLAG = /^(?:-h|--host|-p|--port|-U|--username|-u|--user|-d|--dbname|-D|--database|-c|--command|-e|--execute|-f|--file|-o|--output|-v|--set|--variable|-n|-P|--pset|-F|-R|-T|-L|--log-file|-S|--socket|--defaults-file)$/;

/** `psql -h localhost mezcal_test -c …`, `mysql -u root shop_dev`: the database named as the client's first operand. */
function operandDatabase(args: readonly { text: string }[]): string | undefined {
  return args.find((a, i) => /^[\w.-]+$/.test(a.text) && !a.text.startsWith('-') && !CLIENT_VALUE_FLAG.test(args[i - 1]?.text ?? ''))?.text;
}

/** pg_restore writes a dump into the database `-d` names; with `--clean` it first drops every object the dump holds. */
function restore(f: Parameters<Rule>[0], host: string | undefined, dbName: string | undefined): void {
  const into = [host, dbName].filter(Boolean).join(' ');
  // Without -d it only prints the dump as SQL.
  if (!dbName) return f.add(0.05, 'read_only', true, 'database_read', 'pg_restore prints a dump as SQL');
  const clean = has(f.args, '-c', '--clean');
  const x = judgeSql(clean ? `DROP TABLE restored_objects` : 'INSERT INTO restored_objects VALUES (1)', { where: into })[0];
  f.add(x.risk, x.cls, x.reversible, clean ? 'database_destruction' : 'database_write', `pg_restore ${clean ? 'drops and replaces the objects of' : 'restores a dump into'} ${dbName}${host ? ` on ${host}` : ''}`);
}
