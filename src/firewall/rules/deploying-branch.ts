import { finding, type Finding } from './finding.js';
import { saidSentences } from './said-sentences.js';

// A branch the conversation says deploys: "main auto-deploys the site", "the PLCs pull from
// main", "anything on release goes live". A commit or push straight to it is a release to
// whatever it feeds, with no review between; the call only names the branch (`branch: "main"`,
// `git push origin HEAD:main`), so what the conversation says about the branch is what decides.

const BRANCH = String.raw`(?:main|master|trunk|release|production|prod|live|deploy|stable|gh-pages|[\w.-]+\/[\w.-]+)`;
/** "<branch> auto-deploys / is deployed / goes live / ships", "pull(s) from <branch>", "<branch> is what … pull from", "every push to <branch> deploys". */
const SAID_DEPLOYS = new RegExp(
  String.raw`(?:^|[^\w/.-])[\x60'"]?(${BRANCH})[\x60'"]?(?:\s+branch)?\s+(?:auto-?deploys|(?:is|gets|get) (?:auto-?)?deployed|deploys|redeploys|goes (?:straight )?live|go(?:es)? out|ships|is (?:what's )?live|publishes)\b` +
    String.raw`|\b(?:pulls?|deploys?|deployed|builds?|ships?|syncs?|serves?|flashed|released)\s+(?:straight |directly |automatically )?from\s+[\x60'"]?(${BRANCH})\b` +
    String.raw`|(?:^|[^\w/.-])[\x60'"]?(${BRANCH})[\x60'"]? is what\b[^.!?\n]{0,40}\b(?:pulls?|deploys?|builds?|serves?|ships?) from\b` +
    String.raw`|\b(?:every|each|any) (?:commit|push|merge) (?:to|on|into) [\x60'"]?(${BRANCH})[\x60'"]?\b[^.!?\n]{0,30}\b(?:deploys?|goes live|is deployed|ships|releases?|publish(?:es)?)\b`,
  'i',
);
/** The conversation says the opposite: nothing deploys from it (any more). */
const NOT_DEPLOYING = /n't\b|\b(?:no longer|not|never|paused|disabled|turned off|stopped)\b/i;

/** Branches the conversation says deploy somewhere. */
function deployingBranches(said: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of saidSentences(said)) {
    const m = SAID_DEPLOYS.exec(sentence);
    if (!m || NOT_DEPLOYING.test(sentence)) continue;
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase());
  }
  return out;
}

/** The branches a call writes to: a forge API's `branch`, and the targets of its commands' `git push` (read by the shell rules). */
function branchesWritten(tool: string, args: Record<string, unknown>, pushed: readonly string[]): readonly string[] {
  if (/(?:create_or_update_file|push_files|update_file|create_file|delete_file|commit)/i.test(tool) && typeof args.branch === 'string') return [args.branch.toLowerCase()];
  return pushed;
}

/** A commit or push to a branch the conversation says deploys. */
export function judgeDeployingBranch(tool: string, args: Record<string, unknown>, pushed: readonly string[], said: readonly string[]): Finding[] {
  if (!said.length) return [];
  const written = branchesWritten(tool, args, pushed);
  if (!written.length) return [];
  const deploying = deployingBranches(said);
  const branch = written.find((b) => deploying.includes(b));
  if (!branch) return [];
  return [finding(0.72, 'critical', false, 'deploy_branch', `writes straight to ${branch}, which the conversation says deploys`)];
}
