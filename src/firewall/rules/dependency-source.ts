import { finding, type Finding } from './finding.js';

// Where a dependency comes from. A manifest edit that points a package at a git repository, a
// fork or a download URL replaces reviewed registry releases with whatever that branch holds
// today, and it runs with the application's privileges. Pinned to a commit it is reviewable.

export const MANIFEST_FILE = /(^|\/)((?:Formula|Casks)\/[\w@.+-]+\.rb|Gemfile|package\.json|requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|go\.mod|Cargo\.toml|composer\.json|Podfile|build\.gradle(\.kts)?|pom\.xml|mix\.exs|pubspec\.yaml)$/;

/** Sources other than the registry: git URLs, forks, tarballs, `replace` directives. */
const OFF_REGISTRY = /\bgit(?:hub)?:\s*['"]|\bgit\s*=\s*['"]|["']git\+|["']github:|["'](?:https?:\/\/)[^"'\s]+\.(?:tgz|tar\.gz|zip|whl)["']|@\s*git\+https?:|^\s*-?e?\s*git\+https?:|^\s*replace\s+\S+.*=>\s*(?!\.)\S+|:git\s*=>|\burl\s*=\s*["']https?:\/\//m;
const PINNED = /\b(?:ref|rev|commit|sha)\s*[:=]>?\s*['"]?[0-9a-f]{40}\b|#[0-9a-f]{40}\b|@[0-9a-f]{40}\b/;

/** `before` is what an edit replaces; only lines the edit adds are judged. */
export function judgeDependencySource(path: string, after: string, before = ''): Finding[] {
  const added = after.split('\n').filter((l) => l.trim() && !before.includes(l.trim()));
  // A second index next to the registry: a package of the same name there can win the install.
  const index = added.find((l) => /^\s*--(?:extra-)?index-url[= ]\s*(?!https:\/\/pypi\.org\/)\S+/.test(l));
  if (index) return [finding(0.7, 'critical', false, 'supply_chain', `edit to ${path} adds a package index besides the registry ("${index.trim().slice(0, 70)}")`)];
  // A Homebrew formula that stops checking its download installs whatever the URL serves.
  if (added.some((l) => /^\s*sha256\s+:no_check\b/.test(l))) return [finding(0.75, 'critical', false, 'supply_chain', `edit to ${path} stops checking the checksum of what it downloads`)];
  // A formula's `url` is its download by design; its checksum is what pins it.
  if (/(^|\/)(Formula|Casks)\//.test(path)) return [];
  const line = added.find((l) => OFF_REGISTRY.test(l) && !PINNED.test(l));
  if (!line) return [];
  return [finding(0.68, 'external', false, 'supply_chain', `edit to ${path} takes a dependency from a repository or URL instead of the registry, unpinned ("${line.trim().slice(0, 70)}")`)];
}
