import { judgeSql } from '../../rules/sql.js';
import { PERSONAL_DATA_FILE, PROD, SHARED_BUCKET, type CommandFacts, type Rule } from './types.js';

// Data-warehouse CLIs (BigQuery's `bq`, Snowflake's `snowsql`): a query is judged by its
// statement; removing a dataset or table destroys it; an extract copies a table out to a bucket,
// which is a leak when the table holds people's data or the bucket is shared with others.


const VALUE_FLAGS = new Set(['--destination_format', '--format', '--location', '--project_id', '--dataset_id', '--field_delimiter', '--compression', '--max_rows', '-n', '--parameter', '--destination_table', '--source_format', '--schema']);

/** Operands, with the values of `--flag value` dropped. */
function positional(f: CommandFacts): string[] {
  const out: string[] = [];
  for (let i = 0; i < f.args.length; i++) {
    const t = f.args[i].text;
    if (!t.startsWith('-')) out.push(t);
    else if (VALUE_FLAGS.has(t)) i++;
  }
  return out;
}

export const bq: Rule = (f) => {
  f.network('bq');
  const ops = positional(f);
  const sub = ops[0] ?? '';
  const all = f.args.map((a) => a.text).join(' ');
  const prod = PROD.test(all);
  if (sub === 'rm') {
    const recursive = /(^|\s)-(r|rf|fr)\b|--recursive\b/.test(all);
    return f.add(recursive || prod ? 0.92 : 0.85, 'critical', false, 'infra_destruction', `bq rm deletes ${ops[1] ?? 'a dataset or table'}${recursive ? ' and everything in it' : ''}`);
  }
  if (sub === 'extract') {
    const table = ops[1] ?? '';
    const dest = ops[2] ?? '';
    if (PERSONAL_DATA_FILE.test(table.replace(/[:.]/g, '/')) || SHARED_BUCKET.test(dest)) {
      return f.add(0.8, 'critical', false, 'personal_data', `bq extract copies ${table} out to ${dest}${SHARED_BUCKET.test(dest) ? ', a bucket shared with others' : ', a table that by its name holds people\'s data'}`);
    }
    return f.add(0.45, 'external', false, 'network_send', `bq extract copies ${table} out to ${dest}`);
  }
  if (sub === 'query') {
    const sql = ops.slice(1).join(' ');
    // `--dry_run` validates the statement and estimates the bytes it would scan; nothing runs.
    if (f.args.some((a) => /^--dry[_-]run(=true)?$/.test(a.text))) return f.add(0.05, 'read_only', true, 'infra_read', 'bq query --dry_run only validates and estimates the query');
    // The warehouse is always a shared, remote database, never a local scratch copy.
    for (const x of judgeSql(sql, { where: prod ? 'prod warehouse' : 'the warehouse' })) f.add(x.risk, x.cls, x.reversible, x.category, `bq ${x.reason}`);
    return;
  }
  if (/^(ls|show|head|help|version|wait|info)$/.test(sub) || sub === '') return f.add(0.05, 'read_only', true, 'infra_read', `bq ${sub}`.trim());
  if (/^(cp|load|insert|mk|update|truncate|set-iam-policy|add-iam-policy-binding|remove-iam-policy-binding)$/.test(sub)) {
    const access = /iam/.test(sub);
    return f.add(access ? 0.78 : prod ? 0.75 : 0.5, access || prod ? 'critical' : 'external', false, access ? 'access_control' : 'infra_change', `bq ${sub} changes warehouse data${access ? ' access' : ''}`);
  }
  f.add(0.3, 'external', false, 'infra_change', `bq ${sub}`);
};
