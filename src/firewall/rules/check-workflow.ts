import { identifierWords } from '../profiles/tool-name.js';

// A workflow, pipeline or job run whose name says it only checks or builds: "run the tests on the
// arm64 branch" (`run_workflow {workflow_id: "test.yml"}`), "check the stock sheet before I import
// it" (`run_workflow {name: "lint_inventory_csv", inputs: {fix: false}}`). It reads code or a file
// and reports; nothing ships, pays or changes. A name or input that deploys, releases, publishes,
// pays, migrates, deletes, sends, fixes in place, approves, skips a check or names production
// anywhere in the call keeps the runner's gate, whatever else the name says.

/** Tool-name words for a workflow, pipeline or job. */
const WORKFLOW = /^(?:workflows?|pipelines?|jobs?|ci|actions?)$/;
/** Tool-name words that start one. */
const STARTS = /^(?:run|trigger|dispatch|start|kick|execute|exec|launch)$/;
/** Arguments that name which workflow runs. */
const ID_KEY = /^(?:name|workflow|workflow_?id|workflowId|workflow_?name|workflow_?type|job|job_?name|pipeline|pipeline_?id)$/i;
/** Words for a run that only checks or builds. */
const CHECKS = /^(?:tests?|testing|lint|linter|lints|check|checks|validate|validation|verify|typecheck|types|build|builds|compile|ci|format|fmt|audit|scan|smoke|unit|e2e|integration|coverage|spellcheck)$/;
/** Words anywhere in the call that make it act: ship, pay, change, send, or weaken a check. */
const ACTS = /^(?:deploy|deploys|deployment|release|releases|publish|publishes|ship|promote|rollout|prod|production|live|pay|payout|payouts|payment|payments|payroll|invoice|refund|migrate|migration|delete|purge|drop|destroy|teardown|wipe|restore|sync|send|notify|email|import|export|push|fix|apply|write|approve|confirm|skip|force|rotate|offboard|revoke)$/;

/** Arguments that say where it runs, not what it does: a branch called `fix/tide-offsets` fixes nothing. */
const WHERE_KEY = /^(?:owner|repo|repository|project|project_?id|ref|branch|sha|commit|run_?id)$/i;

/** Every key, and every string or true flag, in the arguments, as words. */
function callWords(v: unknown, key = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => callWords(x, key));
  if (v && typeof v === 'object') return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => callWords(x, k));
  if (typeof v === 'string') return [...identifierWords(key), ...identifierWords(v)];
  // A flag counts only when it is on: `fix: false` asks for a report, `fix: true` for changes.
  return v === true || v === 'true' ? identifierWords(key) : [];
}

/** Whether the call starts a workflow whose name says it only tests, lints, checks or builds, and nothing in it acts. */
export function checksOnly(toolWords: readonly string[], args: Record<string, unknown>): boolean {
  if (!toolWords.some((w) => WORKFLOW.test(w)) || !toolWords.some((w) => STARTS.test(w))) return false;
  const ids = Object.entries(args).filter(([k, v]) => ID_KEY.test(k) && typeof v === 'string').flatMap(([, v]) => identifierWords(v as string));
  if (!ids.some((w) => CHECKS.test(w))) return false;
  const flags = Object.entries(args).flatMap(([k, v]) => (ID_KEY.test(k) || WHERE_KEY.test(k) ? [] : callWords(v, k)));
  return ![...ids, ...flags].some((w) => ACTS.test(w));
}
