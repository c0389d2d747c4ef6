// What a target's name says about who depends on it: throwaway, before production, production.
// Shared by the shell rules and the rules that read tool arguments.

/** Names that mean a throwaway environment: previews, tests, sandboxes. */
export const EPHEMERAL = /(^|[^a-z])(preview|pr-\d+|review-app|review-\d+|ephemeral|sandbox|scratch|tmp|test|testing|ci|dev|local|kind|minikube)([^a-z]|$)/i;

/** Environments before production: what changes there reaches testers, not customers. */
export const PREPROD = /(^|[^a-z])(staging|stage|stg|qa|uat|demo|preprod|pre-prod)([^a-z]|$)/i;

/** Names, contexts and hosts that mean production. */
export const PROD = /(^|[^a-z])(prod|production|prd|live|main-cluster)([^a-z]|$)/i;

/** The target is named as one nobody else depends on: dev, test, preview, per-PR, review app, staging. */
export function disposable(...names: (string | undefined)[]): boolean {
  const text = names.filter(Boolean).join(' ');
  return text !== '' && !PROD.test(text) && (EPHEMERAL.test(text) || PREPROD.test(text));
}
