import { CONFIDENTIAL_FILE, PERSONAL_DATA_FILE } from '../file-names.js';
import type { ContentFinding } from './types.js';
import { matchesOf } from './matches.js';

// A command that sends data to another machine and names a file of people's data or of the
// business's confidential material anywhere in it: the file leaves however it is reached, as an
// upload flag, a loop over a folder (`for f in patients/*.json; do curl -d @"$f" …`), a pipe
// (`csvcut … patients.csv | curl --data-binary @-`) or a substitution (`--text "$(head users.csv)"`).
// The shell rules judge literal upload flags; this is the net under the other shapes.

/** Paths: a token with a slash or a file extension, outside URLs. */
const PATH = /(?:^|[\s"'=@<(:])((?:~|\.{1,2})?\/?[\w.*~-]+(?:\/[\w.*~-]+)*\.[A-Za-z0-9]{2,5}(?:\.gz|\.zip)?|(?:~|\.{1,2})?\/?[\w.~-]+\/[\w.*~/-]+)(?=$|[\s"';)|&>])/g;
const URL = /\b(?:https?|s3|gs|az|ftp|sftp):\/\/\S+/g;

export function scanFilesSent(command: string): ContentFinding[] {
  // Windows paths (C:\\Users\\ana\\clientes.xlsx) read as POSIX ones.
  const paths = matchesOf(PATH, command.replace(URL, ' ').replace(/\\/g, '/')).map((m) => m[1]);
  const personal = paths.find((p) => PERSONAL_DATA_FILE.test(p));
  if (personal) return [{ detector: 'personal_data', kind: 'file_sent', risk: 0.8, reason: `${personal}, which by its name holds people's data, sent to another machine` }];
  const confidential = paths.find((p) => CONFIDENTIAL_FILE.test(p) && !/(?:^|\/)\.git\//.test(p));
  if (confidential) return [{ detector: 'confidential', kind: 'file_sent', risk: 0.75, reason: `${confidential}, which by its name is confidential or a copy of the business's data, sent to another machine` }];
  return [];
}
