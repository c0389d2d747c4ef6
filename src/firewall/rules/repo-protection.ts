import { disposable } from '../targets.js';
import { finding, type Finding } from './finding.js';

// A repository's protections are what stands between one change and everyone who builds from it:
// required reviews and status checks, admins held to them, no force pushes or deletions, signed
// commits, rulesets, who may approve a deployment, what the workflow token may write. A settings
// tool or API call that writes them is judged by its arguments: anything they loosen asks; a call
// that only turns protections on, or a sandbox repository, runs.

/** Tools, operations and API paths that write a repository's protection settings. */
const PROTECTION_TARGET = /branch[_-]?protection|protected[_-]?branch|ruleset|repo(?:sitory)?[_-]?settings|update[_-]?repo\b|actions\/permissions|\/environments\/[^/]+$|deployment[_-]branch[_-]polic|required[_-]?(?:status[_-]?checks|signatures)/i;
const WRITE = /(?:^|[_.\-/\s])(?:set|update|put|patch|edit|modify|change|delete|remove|disable|configure|replace)(?:$|[_.\-/A-Z\s])/i;
const DELETE = /(?:^|[_.\-/\s])(?:delete|remove|disable)(?:$|[_.\-/\s])|^delete$/i;
/** Values that loosen: a check or review dropped (null, 0, false), force pushes or self-approval allowed, rules off. */
const LOOSENS: Array<[RegExp, string]> = [
  [/"(?:required_[a-z_]+|restrictions|required_reviews|reviewers|deployment_branch_policy)"\s*:\s*(?:null|\[\s*\])/i, 'drops required reviews, checks or reviewers'],
  [/"(?:required_approving_review_count|required_reviews|wait_timer|required_approvals?)"\s*:\s*0\b/i, 'lets changes in with no review'],
  [/"(?:enforce_admins|require_[a-z_]+|[a-z_]*_required|dismiss_stale_reviews|strict|required_linear_history|require_signed_commits)"\s*:\s*false/i, 'stops holding admins or commits to the rules'],
  [/"(?:allow_force_pushe?s?|allow_force_push|allow_deletions|can_approve_pull_request_reviews|bypass\w*|delete_branch_protection)"\s*:\s*true/i, 'allows force pushes, deletions or self-approval'],
  [/"enforcement"\s*:\s*"(?:disabled|evaluate)"/i, 'switches a ruleset off'],
  [/"(?:default_workflow_permissions|actions_default_workflow_permissions)"\s*:\s*"write"|"allowed_actions"\s*:\s*"all"|"visibility"\s*:\s*"public"/i, 'widens what workflows may do or who sees the code'],
];

/** `tool` is the tool's name; `args` its arguments. */
export function judgeRepoProtection(tool: string, args: Record<string, unknown>): Finding[] {
  const method = typeof args.method === 'string' ? args.method.toUpperCase() : '';
  const path = [args.url, args.path, args.endpoint].find((v): v is string => typeof v === 'string') ?? '';
  const names = [tool, typeof args.function === 'string' ? args.function : '', typeof args.operation === 'string' ? args.operation : '', path].join(' ');
  if (!PROTECTION_TARGET.test(names)) return [];
  const writes = method ? method !== 'GET' : WRITE.test(tool);
  if (!writes) return [];
  const repo = [args.repo, args.repository, args.name, args.owner && `${args.owner}/${args.repo ?? ''}`, args.branch, path].filter((v): v is string => typeof v === 'string').join(' ');
  if (disposable(repo)) return [];
  const json = JSON.stringify(args).replace(/\\"/g, '"');
  const removes = method === 'DELETE' || (!method && DELETE.test(tool));
  const loosens = LOOSENS.find(([re]) => re.test(json));
  if (!removes && !loosens) return [];
  const what = removes ? 'removes a protection from' : `${loosens![1]} on`;
  return [finding(0.85, 'critical', false, 'supply_chain', `${tool} ${what} the repository's protected branches or settings`)];
}
