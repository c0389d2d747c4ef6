import { finding, type Finding } from './finding.js';
import { escapeRegExp } from '../regex-escape.js';

// What makes a build trustworthy: what it pulls is checked (checksums, signatures, lockfile
// hashes), pinned (an action or image by digest) and comes from the registry the team chose; what
// it ships is signed and scanned. An edit or a command that removes one of these weakens every
// build after it, whichever file holds the setting (a workflow, a Dockerfile, pip.conf, .yarnrc,
// a Makefile) and however it is written (an env var, a flag, a config key).

/** Integrity checks switched off, as env vars, flags or config keys. */
const CHECKS_OFF: Array<[RegExp, string]> = [
  [/\bGO(?:SUMDB\s*[=:]\s*["']?off\b|NOSUMDB\s*[=:]|NOSUMCHECK\s*[=:]|INSECURE\s*[=:])|\bGOFLAGS\s*[=:]\s*["']?[^\n"']*-insecure/, "Go's module checksum database"],
  [/\bNODE_TLS_REJECT_UNAUTHORIZED\s*[=:]\s*["']?0|\bstrict-ssl\s*[=:]\s*["']?false|\bPIP_TRUSTED_HOST\s*[=:]|(?:^|\s)--trusted-host[= ]|\btrusted-host\s*=/m, 'TLS verification of the package index'],
  [/\bchecksumBehavior\s*:\s*["']?(?:ignore|update|reset)|\benableImmutableInstalls\s*:\s*false|<verify-(?:metadata|signatures)>\s*false/i, 'lockfile checksum verification'],
  [/--allow-unauthenticated\b|\bgpgcheck\s*=\s*0\b|--nogpgcheck\b|\[trusted=yes\]|--no-gpg-checks?\b|\bGONOSUMCHECK\b/i, 'package signature checks'],
];
/** Verification and signing a pipeline runs: removing the step ships what nobody checked. */
const VERIFICATION_STEP = /\b(?:cosign|sigstore|notation\s+(?:sign|verify)|attest(?:ation)?s?\b|provenance|slsa|in-toto|sbom|syft|gpg\s+--(?:verify|detach-sign)|sha256sum\s+(?:-c|--check)|--require-hashes|verify-metadata|verify-signatures|npm\s+audit\s+signatures)/i;
/** Security scanning a pipeline or hook config runs. */
const SCAN_STEP = /\b(?:SAST|Secret[-_ ]Detection|Dependency[-_ ]Scanning|Container[-_ ]Scanning|codeql|trivy|grype|snyk|gitleaks|trufflehog|detect-secrets|semgrep|bandit|checkov|tfsec|dependency-review|scorecard|osv-scanner|pip-audit|npm audit|safety check|zizmor)\b/i;
/** A pinned action or image reference: a commit SHA or a content digest. */
const SHA_REF = /(?:uses:\s*|FROM\s+|image:\s*)(\S+?)@(?:sha256:)?[0-9a-f]{40,64}\b/gi;
/** A registry that serves images under `library/` but is not Docker Hub: a mirror nobody vetted. */
const MIRRORED_IMAGE = /^\s*FROM\s+(?:--platform=\S+\s+)?([\w.-]+\.[\w.-]+(?::\d+)?)\/library\/\S+/im;

/** Files whose content decides what a build fetches, checks or ships. */
export const BUILD_FILE = /(^|\/)(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.yml|Jenkinsfile|azure-pipelines\.yml|bitbucket-pipelines\.yml|\.buildkite\/[^/]+\.ya?ml|(?:[\w.-]+\.)?Dockerfile(?:\.[\w.-]+)?|Containerfile|docker-compose[\w.-]*\.ya?ml|compose\.ya?ml|Makefile|\.yarnrc\.yml|\.npmrc|pip\.conf|pip\.ini|requirements[\w./-]*\.(?:txt|in|lock)|pyproject\.toml|poetry\.toml|uv\.toml|gradle[\w./-]*\.(?:xml|properties|kts)|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|\.pre-commit-config\.ya?ml|go\.env|\.bazelrc|sources\.list|[\w.-]+\.repo)$/i;

/** An edit to a build file: `content` is the new text, `removed` what it replaces. */
export function judgeBuildEdit(path: string, content: string, removed: string): Finding[] {
  const text = decodeIfBase64(content);
  const out: Finding[] = [];
  for (const [re, what] of CHECKS_OFF) {
    if (re.test(text) && !re.test(removed)) out.push(finding(0.8, 'critical', false, 'supply_chain', `edit to ${path} switches off ${what}`));
  }
  const dropped = (re: RegExp) => removed.split('\n').find((l) => re.test(l) && !text.includes(l.trim()) && !re.test(text));
  const verification = dropped(VERIFICATION_STEP);
  if (verification) out.push(finding(0.8, 'critical', false, 'supply_chain', `edit to ${path} removes a verification or signing step ("${verification.trim().slice(0, 60)}")`));
  const scan = dropped(SCAN_STEP);
  if (scan) out.push(finding(0.8, 'critical', false, 'supply_chain', `edit to ${path} removes security scanning ("${scan.trim().slice(0, 60)}")`));
  for (const m of removed.matchAll(SHA_REF)) {
    const name = m[1];
    if (text.includes(name) && !new RegExp(`${escapeRegExp(name)}@(?:sha256:)?[0-9a-f]{40,64}`, 'i').test(text)) {
      out.push(finding(0.8, 'critical', false, 'supply_chain', `edit to ${path} unpins ${name} from a commit or digest to a moving reference`));
      break;
    }
  }
  const mirror = MIRRORED_IMAGE.exec(text);
  if (mirror && !/(?:^|\.)(?:docker\.io|docker\.com)$/i.test(mirror[1]) && !MIRRORED_IMAGE.test(removed)) {
    out.push(finding(0.78, 'critical', false, 'supply_chain', `edit to ${path} takes its base image from ${mirror[1]}, a mirror of Docker Hub's official images`));
  }
  if (/\bpermissions:\s*write-all\b/.test(text) && !/\bpermissions:\s*write-all\b/.test(removed)) out.push(finding(0.75, 'critical', false, 'supply_chain', `edit to ${path} gives the workflow token write access to everything`));
  return out;
}

/** A command that switches a check off for what it installs (`GOSUMDB=off go get`, `go env -w GOINSECURE=*`). */
export function judgeBuildCommand(command: string): Finding[] {
  for (const [re, what] of CHECKS_OFF) if (re.test(command)) return [finding(0.8, 'critical', false, 'supply_chain', `the command switches off ${what} for what it installs`)];
  return [];
}

/** Files written through an API arrive base64-encoded (GitHub's contents API). */
function decodeIfBase64(s: string): string {
  const t = s.trim();
  if (t.length < 24 || !/^[A-Za-z0-9+/\n]+={0,2}$/.test(t)) return s;
  const d = Buffer.from(t, 'base64').toString('utf8');
  return /^[\x09\x0a\x0d\x20-\x7e]+$/.test(d) ? d : s;
}
