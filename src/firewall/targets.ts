// What a target's name says about who depends on it: throwaway, before production, production.
// The one vocabulary for environments, namespaces, releases, apps, accounts, stacks, API paths and
// databases, shared by the shell rules and the rules that read tool arguments. A word counts when
// it stands alone between non-letters (`pr-12`, `app_dev`, `test1`, `/staging/`), never inside a
// longer word (`latest`, `device`, `stages`).

/** Throwaway: nobody else works in it. Before production: testers do, customers do not. */
type Stage = 'throwaway' | 'preprod';

/**
 * Each word, the stage it names, and whether it names one only as (part of) an identifier: in a
 * sentence or a URL path `tmp`, `local`, `ci` or `tests` say something else ("temp silence while
 * rebooting", a CI platform's pipeline called `ci`), while `shop-tmp` or `-n ci` name a target.
 */
const WORDS: ReadonlyArray<[pattern: string, stage: Stage, identifierOnly?: 'identifier only']> = [
  ['previews?', 'throwaway'], ['pr-?\\d+', 'throwaway'], ['review-apps?', 'throwaway'], ['review-\\d+', 'throwaway'],
  ['ephemeral', 'throwaway'], ['sandbox', 'throwaway'], ['dev', 'throwaway'], ['development', 'throwaway'], ['test', 'throwaway'], ['testing', 'throwaway'],
  ['tests', 'throwaway', 'identifier only'], ['e2e', 'throwaway', 'identifier only'], ['fixtures?', 'throwaway', 'identifier only'],
  ['scratch', 'throwaway', 'identifier only'], ['playgrounds?', 'throwaway', 'identifier only'], ['tmp', 'throwaway', 'identifier only'], ['temp', 'throwaway', 'identifier only'],
  ['ci', 'throwaway', 'identifier only'], ['local', 'throwaway', 'identifier only'], ['kind', 'throwaway', 'identifier only'], ['minikube', 'throwaway', 'identifier only'],
  ['perf', 'preprod', 'identifier only'], ['load-?tests?', 'preprod'],
  ['staging', 'preprod'], ['stage', 'preprod'], ['stg', 'preprod'], ['qa', 'preprod'], ['uat', 'preprod'], ['demo', 'preprod'], ['preprod', 'preprod'], ['pre-prod', 'preprod'],
];

/** Names, contexts and hosts that mean production. */
const PROD_WORDS = ['prod', 'production', 'prd', 'live', 'main-cluster'];

const standalone = (words: readonly string[]) => new RegExp(`(^|[^a-z])(${words.join('|')})([^a-z]|$)`, 'i');
const pick = (keep: (stage: Stage, identifierOnly: boolean) => boolean) => standalone(WORDS.filter(([, stage, only]) => keep(stage, !!only)).map(([word]) => word));

const NON_PRODUCTION = pick(() => true);
const THROWAWAY = pick((stage) => stage === 'throwaway');
const NON_PRODUCTION_IN_TEXT = pick((_stage, identifierOnly) => !identifierOnly);
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

/** A free text or a URL path names a target before production by the words that mean one wherever they stand, and production nowhere. */
export function mentionsDisposable(text: string): boolean {
  return !PROD.test(text) && NON_PRODUCTION_IN_TEXT.test(text);
}
