// What a target's name says about who depends on it: throwaway, before production, production.
// The one vocabulary for environments, namespaces, releases, apps, accounts, API paths and
// databases, shared by the shell rules and the rules that read tool arguments. A word counts when
// it stands alone between non-letters (`pr-12`, `app_dev`, `test1`, `/staging/`), never inside a
// longer word (`latest`, `device`, `stages`).

/** Throwaway: previews, per-PR and review apps, tests, sandboxes, scratch and local clusters; nobody else works in them. */
const THROWAWAY_WORDS = ['previews?', 'pr-?\\d+', 'review-apps?', 'review-\\d+', 'ephemeral', 'sandbox', 'scratch', 'tmp', 'temp', 'tests?', 'testing', 'e2e', 'fixtures?', 'ci', 'dev', 'development', 'local', 'kind', 'minikube'];

/** Before production: what changes there reaches testers, not customers, but testers do work there. */
const PREPROD_WORDS = ['staging', 'stage', 'stg', 'qa', 'uat', 'demo', 'preprod', 'pre-prod'];

/** Names, contexts and hosts that mean production. */
const PROD_WORDS = ['prod', 'production', 'prd', 'live', 'main-cluster'];

const standalone = (words: string[]) => new RegExp(`(^|[^a-z])(${words.join('|')})([^a-z]|$)`, 'i');

const THROWAWAY = standalone(THROWAWAY_WORDS);
const NON_PRODUCTION = standalone([...THROWAWAY_WORDS, ...PREPROD_WORDS]);
export const PROD = standalone(PROD_WORDS);

const joined = (names: (string | undefined)[]) => names.filter(Boolean).join(' ');

/** The target is named as one before production: dev, test, preview, per-PR, review app, staging, QA; and nothing in the names says production. */
export function disposable(...names: (string | undefined)[]): boolean {
  const text = joined(names);
  return text !== '' && !PROD.test(text) && NON_PRODUCTION.test(text);
}

/**
 * The narrower notion, for removals: the target is named as one nobody else works in (a test,
 * scratch, preview or local one; not staging or QA, where removing loses testers' work), and
 * nothing in the names says production.
 */
export function throwaway(...names: (string | undefined)[]): boolean {
  const text = joined(names);
  return text !== '' && !PROD.test(text) && THROWAWAY.test(text);
}
