import { testModeOnly } from '../../content/money.js';
import { classifyPath } from '../../paths.js';
import { judgeSql } from '../../rules/sql.js';
import { COLLECTOR_HOST } from '../../rules/urls.js';
import { sendsPeoplesData } from '../../rules/written-content.js';
import { printsOnlyNames } from './code-prints.js';
import { judgeCodeRemovals } from './code-removals.js';
import { CONFIDENTIAL_FILE, PERSONAL_DATA_FILE } from './types.js';
import type { CommandFacts } from './types.js';

// Inline interpreter code (python -c, node -e...). Not shell, so judged by what it names:
// credential files, network calls, deletions, payment APIs, and shell strings it hands to the OS.

const PAYMENT_API = /(\.(?:transfers|payouts|payments|refunds|charges)\.(?:create|fund|execute|send)\s*\(|stripe\.(charges|paymentintents|transfers|payouts|refunds)\.create|stripe\.(Charge|PaymentIntent|Transfer|Payout|Refund)\.create|paypal|braintree|\/v1\/(charges|transfers|payouts|payment_intents)|wise\.com|api\.(stripe|paypal|adyen|squareup|wise)\.com|(send|create|make|initiate)_?(payment|transfer|payout|wire)\s*\(|\.(transfer|send_payment|pay|payout)\s*\()/i;

const SDK_DELETE = /\b(?:delete_bucket|delete_objects|terminate_instances|delete_db_(?:instance|cluster)|delete_table|delete_stack|delete_cluster|delete_function|delete_secret|delete_repository|delete_file_system|delete_volume|drop_database|delete_database)\s*\(|\.(?:delete|terminate|deregister|purge)_[a-z_]+\s*\(|\.(?:object_versions|objects)\.(?:all\(\)\.)?delete\s*\(|\b(?:bucket|b|bkt)\.delete\s*\(|\.buckets?\([^)]*\)\.delete\s*\(|\.instances\(\)\.delete\s*\(/;

const CLOUD_SDK = /\b(?:boto3|botocore|google\.cloud|googleapiclient|azure\.|@aws-sdk|aws-sdk|@google-cloud|@azure|storage\.Client|BlobServiceClient)\b/;

/** A loop over rows read from data (a CSV, a query, a file, a data frame): a bulk mailing written in code (the shell's DATA_LOOP). */
const LOOP_OVER_DATA = /\bfor\s+[\w, ()]+\s+in\s+[^\n:]*?(?:csv\.|DictReader|\breader\(|\bopen\(|readlines|\.iterrows|\.itertuples|fetchall|\.execute\(|json\.load|\.to_dict)|\bfor\s*\(\s*(?:const|let|var)\s+\w+\s+of\s+(?:rows|records|contacts|recipients|list|data|results?)\b|\b(?:rows|records|contacts|recipients|results)\.forEach\(/;
/** Mail handed to a catcher on this machine reaches nobody. */
const LOCAL_SMTP = /SMTP(?:_SSL)?\(\s*['"](?:localhost|127\.0\.0\.1)['"]|host\s*[:=]\s*['"](?:localhost|127\.0\.0\.1)['"]/;

export function inlineCode(f: CommandFacts, code: string, via: string): void {
  const credentialWord = /(\.ssh|\.aws|id_rsa|id_ed25519|\.env\b|\/etc\/shadow|\.netrc|\.git-credentials|credentials)/.test(code);
  const net = /(requests\.|urllib|http\.client|httpx|socket\.|fetch\(|https?:\/\/|axios|XMLHttpRequest|net\.connect|smtplib)/.test(code);
  const destroy = /(rmtree|os\.remove|os\.unlink|unlinkSync|rmSync|fs\.rm\b|rimraf|rm -rf|shutil\.move|DROP\s+TABLE|format\()/i.test(code);
  const spawn = /(\bsystem\s*\(|subprocess|child_process|\bexec(?:Sync|v|vp|l)?\s*\(|spawn(?:Sync)?\s*\(|popen|`|\bqx\b|Runtime\.getRuntime)/.test(code);
  const literals = [...code.matchAll(/(["'])((?:~|\/|\.\.?\/|\$HOME)[^"'\n]*)\1/g)].map((m) => m[2]);
  // A credential file by any of the names the path table knows (service-account JSON, keystores, .p8).
  const sensitive = credentialWord || literals.some((l) => classifyPath(l).read_risk >= 0.6);
  const worst = literals.map((l) => classifyPath(l)).sort((a, b) => b.write_risk - a.write_risk)[0];
  if (destroy && worst && worst.write_risk >= 0.7) f.add(Math.min(1, worst.write_risk + 0.05), 'critical', false, 'destructive_file_op', `${via} deletes or moves ${worst.path}: ${worst.reason}`);
  const envSecret = /(environ(\.get)?\s*[[(]\s*['"][A-Z_]*(TOKEN|KEY|SECRET|PASSWORD|PASS)['"]|process\.env\.[A-Z_]*(TOKEN|KEY|SECRET|PASSWORD)|getenv\(\s*['"][A-Z_]*(TOKEN|KEY|SECRET|PASSWORD))/.test(code);
  if (envSecret && net) f.add(0.92, 'critical', false, 'exfiltration', `${via} sends a secret from the environment over the network`);
  const db = /(['"])([^'"]+\.(db|sqlite3?))\1/.exec(code)?.[2] ?? '';
  for (const m of code.matchAll(/(["'])((?:select|insert|update|delete|drop|truncate|alter|create|grant)\b(?:(?!\1).){4,400})\1/gi)) {
    for (const x of judgeSql(m[2], { where: db })) if (x.risk >= 0.25) f.add(x.risk, x.cls, x.reversible, x.category, `${via} ${x.reason}`);
    if (/\b(approvals?|firewall_\w+|approval_rules)\b/i.test(m[2]) && /\b(update|insert|delete)\b/i.test(m[2]) && /switchyard|approval/i.test(code)) {
      f.add(0.92, 'critical', false, 'safety_tampering', `${via} rewrites the firewall's approvals in its database`);
    }
  }
  // Uploads from code: a file's contents posted to a paste or file-drop host, or a file named as
  // people's data or confidential material posted anywhere off this machine.
  const uploads = /\b(?:requests|httpx|session|s)\.(?:post|put|patch)\s*\(|\burlopen\s*\([^)]*data=|\bfetch\s*\([^)]*method\s*:\s*['"](?:POST|PUT)|\baxios\.(?:post|put)\b|\.upload(?:_file|_fileobj)?\s*\(/.test(code);
  const hosts = [...code.matchAll(/https?:\/\/([^/'"\s:?#]+)/g)].map((m) => m[1]).filter((h) => !/^(?:localhost|127\.|0\.0\.0\.0|\[::1\])/.test(h));
  if (uploads && hosts.length) {
    const drop = hosts.find((h) => COLLECTOR_HOST.test(h));
    const named = literals.find((l) => PERSONAL_DATA_FILE.test(l) || CONFIDENTIAL_FILE.test(l)) ?? [...code.matchAll(/open\(\s*(["'])([^"']+)\1/g)].map((m) => m[2]).find((l) => PERSONAL_DATA_FILE.test(l) || CONFIDENTIAL_FILE.test(l));
    if (drop) f.add(0.85, 'critical', false, 'exfiltration', `${via} uploads data to ${drop}, an anonymous paste, file-drop or request-capture service`);
    else if (named) f.add(0.8, 'critical', false, 'personal_data', `${via} sends ${named}, which by its name holds people's data or confidential material, to ${hosts[0]}`);
  }
  const people = net ? sendsPeoplesData(code) : null;
  if (people) f.add(people.card ? 0.85 : 0.78, 'critical', false, people.card ? 'exfiltration' : 'personal_data', `${via} sends ${people.card ? 'card data' : `people's ${people.fields.slice(0, 4).join(', ')}`} to ${people.host}`);
  if (sensitive && net) f.add(0.95, 'critical', false, 'exfiltration', `${via} reads credentials and talks to the network`);
  else if (sensitive && printsOnlyNames(code)) f.add(0.05, 'read_only', true, 'secret_names', `${via} prints only names and non-secret fields of a credential file`);
  else if (sensitive) f.add(0.65, 'external', true, 'secret_read', `${via} touches credential files`);
  // Test-mode keys only (content/money.ts): the processor moves no money.
  if (PAYMENT_API.test(code) && !testModeOnly(code)) f.add(0.9, 'critical', false, 'money_movement', `${via} calls a payment or transfer API`);
  if (/\bsmtplib|sendmail|\.send_message\(|\.sendMail\(/.test(code)) {
    f.add(0.55, 'external', false, 'network_send', `${via} sends email`);
    if (LOOP_OVER_DATA.test(code) && !LOCAL_SMTP.test(code)) f.add(0.75, 'critical', false, 'bulk_send', `${via} sends an email per entry of a list read from data: a bulk mailing`);
  }
  if (destroy) f.add(0.55, 'local_edit', false, 'destructive_file_op', `${via} deletes or moves files`);
  judgeCodeRemovals(f, code, via);
  if (spawn) f.add(0.45, 'local_edit', false, 'dynamic_code', `${via} starts other programs`);
  if (net) f.network(via);
  // Cloud SDK calls that delete buckets, instances, databases or every object version.
  const sdkDelete = CLOUD_SDK.test(code) ? SDK_DELETE.exec(code) : null;
  if (sdkDelete) {
    const prod = /(?:^|[^a-z])(?:prod|production|live)(?:[^a-z]|$)/i.test(code);
    f.add(prod ? 0.9 : 0.75, 'critical', false, 'infra_destruction', `${via} deletes cloud resources through an SDK (${sdkDelete[0].trim().slice(0, 50)})${prod ? ' in production' : ''}`);
  }
  if (spawn) {
    // An argv list (subprocess.run(['kubectl', 'delete', …])) is a command line too.
    for (const m of code.matchAll(/\[\s*((?:(["'])[^"'\n]*\2\s*,\s*)+(["'])[^"'\n]*\3)\s*,?\s*\]/g)) {
      const argv = [...m[1].matchAll(/(["'])([^"'\n]*)\1/g)].map((x) => x[2]);
      if (argv.length >= 2 && /^[\w./-]+$/.test(argv[0])) f.nested(argv.map((a) => (/^[\w./:=@%+,-]+$/.test(a) ? a : `'${a}'`)).join(' '), `${via} -> argv`);
    }
    // Strings handed to os.system / subprocess / execSync are shell commands: judge them as such.
    for (const m of code.matchAll(/(["'`])((?:(?!\1).){3,500})\1/g)) {
      if (/\s/.test(m[2]) || /^(rm|curl|wget|dd|mkfs|chmod|chown|sh|bash)\b/.test(m[2])) f.nested(m[2], `${via} -> shell`);
    }
  }
  f.add(0.25, 'local_edit', true, 'inline_code', `${via} executes inline code`);
}
