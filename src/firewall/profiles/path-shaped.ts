import { looksLikePath } from '../shell/analyze.js';

// Argument names such as `source` and `destination` hold a file path on a sync or copy tool, but an
// account id, an IBAN, a queue name, a URL, an email or free text on others. Such a value is read as
// a path only when it has a path's shape, by the shell's own test for path-looking arguments.

/** A URL of any scheme (`https://`, `s3://`, `sftp://`): a place on another machine, not a file here. */
const URL_SCHEME = /^[a-z][\w+.-]*:\/\//i;
/** A path that may hold spaces: absolute, home, relative (`./`, `../`) or a Windows drive. */
const ROOTED = /^(?:\/|~|\.{1,2}\/|[a-z]:[\\/])/i;
/** A bare file name with a data or document extension (`petition.csv`) the shell's test does not list. */
const FILE_NAME = /^[\w.-]+\.(?:csv|tsv|xlsx?|ods|jsonl|ndjson|parquet|sql|dump|sqlite3?|db|txt|md|pdf|docx?|odt|pptx?|zip|tar|tgz|gz|7z|bak|log)$/i;

/** The value is a file path: rooted, or one token the shell would read as a path; a URL or prose is not. */
export function pathShaped(value: string): boolean {
  if (URL_SCHEME.test(value)) return false;
  if (ROOTED.test(value)) return true;
  return !/\s/.test(value) && (looksLikePath(value) || FILE_NAME.test(value));
}
