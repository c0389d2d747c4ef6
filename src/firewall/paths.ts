// How much it matters to touch a path. Works on the path text alone (no file system access), so
// the engine stays pure: `~`, `$HOME` and /home/<user> are all read as "the user's home".

export type PathLevel =
  | 'scratch'
  | 'regenerable'
  | 'project'
  | 'outside_project'
  | 'home'
  | 'home_top'
  | 'git_internals'
  | 'shell_profile'
  | 'system'
  | 'sensitive'
  | 'agent_settings'
  | 'device'
  | 'broad'
  | 'dynamic';

export interface PathVerdict {
  path: string;
  level: PathLevel;
  /** Risk of writing, overwriting or deleting it. */
  write_risk: number;
  /** Risk of reading it (secrets reaching the model or the network). */
  read_risk: number;
  reason: string;
}

const HARMLESS_DEVICES = new Set(['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/stdin', '/dev/tty', '/dev/zero', '/dev/random', '/dev/urandom']);
const DISK_DEVICE = /^\/dev\/(sd|hd|vd|xvd|nvme|mmcblk|disk|rdisk|mapper\/|md\d|dm-|loop)/;
const SCRATCH = /^(\/tmp|\/var\/tmp|\/private\/tmp|\/dev\/shm|\$tmpdir|\$\{tmpdir\})(\/|$)/;
const SYSTEM = /^(\/srv|\/opt|\/etc|\/usr|\/bin|\/sbin|\/lib|\/lib32|\/lib64|\/boot|\/sys|\/proc|\/var|\/snap|\/system|\/library|\/private\/etc|\/private\/var|c:\\windows|c:\/windows|c:\\program files)(\/|\\|$)/;
/** Deeper than the top: an application's or site's own files (/srv/clinic/notes, /opt/app/data, /var/www/site). */
const SERVICE_DATA = /^(\/srv|\/opt|\/var\/www)\/[^/]+\/./;
const BROAD = new Set(['/', '/*', '~', '~/', '~/*', '*', '.*', '.', './', './*', '..', '../', '../*', '/home', '/users', '/root', '/home/*', '/users/*', 'c:\\', 'c:/', '/mnt', '/media', '/volumes']);
const SYSTEM_CACHE = /^\/var\/cache\/[^/]+/;
const REGENERABLE = /(^|\/)(node_modules|dist|build|\.next|\.nuxt|target|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|coverage|\.cache|\.turbo|\.parcel-cache|\.venv|venv|\.tox|\.gradle|out|tmp|\.tmp|\.eslintcache|.*\.pyc|.*\.o|.*\.log)(\/|$)/;
const SHELL_PROFILE = /(^|\/)(\.bashrc|\.bash_profile|\.bash_login|\.bash_logout|\.profile|\.zshrc|\.zprofile|\.zshenv|\.zlogin|\.cshrc|\.tcshrc|config\.fish|\.inputrc)$/;
const SENSITIVE: Array<[RegExp, string]> = [
  [/(^|\/)\.ssh(\/|$)/, 'SSH keys and config'],
  [/(^|\/)(id_rsa|id_dsa|id_ecdsa|id_ed25519)(\.pub)?$/, 'an SSH key'],
  [/(^|\/)authorized_keys$/, 'SSH authorized_keys'],
  // A server's host keys (`/etc/ssh/ssh_host_ed25519_key`): whoever holds one can pose as the server.
  [/(^|\/)ssh_host_[a-z\d]+_key$/, "an SSH server's private host key"],
  [/(^|\/)\.aws(\/|$)/, 'AWS credentials'],
  [/(^|\/)\.gnupg(\/|$)/, 'GPG keys'],
  [/(^|\/)\.kube\/config$/, 'Kubernetes credentials'],
  [/(^|\/)\.docker\/config\.json$/, 'Docker registry credentials'],
  [/(^|\/)\.config\/(gh|gcloud|hub)(\/|$)/, 'CLI credentials'],
  [/(^|\/)\.config\/[^/]+\/(?:[^/]*[-_.])?(?:token|tokens|credentials?|secrets?|auth|api[-_]?key)(?:\.[a-z]+)?$/, "an application's stored credentials"],
  [/(^|\/)\.azure(\/|$)/, 'Azure credentials'],
  [/(^|\/)(\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.pgpass|\.my\.cnf|\.vault-token|\.terraformrc|credentials\.tfrc\.json|\.s3cfg|\.boto|\.msmtprc|\.mbsyncrc|\.fetchmailrc)$/, 'a credentials file'],
  // Signing and API private keys by their usual names: App Store Connect (.p8), Android keystores.
  [/(^|\/)([^/]+\.(?:p8|jks|keystore|p12|pfx)|[^/]*(?:service[-_]?account|adminsdk|sa[-_]key)[^/]*\.json|(?:gcp|gcloud|google)[-_]sa[-_][^/]*\.json)$/i, 'a private signing or API key'],
  // `.env`, `.env.production`, and an env file named for its service (`icecast.env`, `murmur.env`);
  // not a template named so (`app.example.env`, `worker.sample.env`, `.env.staging.example`): placeholders, no secrets.
  [/(^|\/)\.env(\.(?![\w.-]*\b(?:example|sample|template|dist)$)[\w.-]+)?$|(^|\/)(?![\w.-]*[._-](?:example|sample|template|dist)\.env$)[\w.-]+\.env$/, 'an .env file (secrets)'],
  [/\.(pem|key|p12|pfx|keystore|jks|kdbx)$/, 'a key or certificate store'],
  // A page of documentation named for secrets (`docs/secrets.md`) says how they are kept, not what they are.
  [/(^|\/)(credentials|secrets?)(\.(?!md$|rst$|adoc$|html?$)[a-z]+)?(\/|$)|[-_](?:credentials?|secrets)\.(?:json|ya?ml|toml|ini|txt|xml|conf|cfg|env)$|\.(?:secrets?|credentials)$/, 'a credentials/secrets file'],
  [/^\/etc\/(shadow|gshadow|sudoers|passwd|group)(\/|$|\.d)/, 'system account data'],
  [/(^|\/)(switchyard\.ya?ml|\.switchyard)(\/|$)/, "the gateway's own config"],
  [/(^|\/)\.hermes\/(\.env|auth\.json)$/, "the agent's own credentials"],
  [/(^|\/)\.config\/(google-chrome|chromium|brave\w*|microsoft-edge)\/.*(cookies|login data|web data)$|(^|\/)\.mozilla\/firefox\/.*(logins\.json|key4\.db|cookies\.sqlite)$/, 'browser cookies or saved passwords'],
  [/(^|\/)(terraform\.tfstate|wallet\.dat|login data|cookies\.sqlite|\.bash_history|\.zsh_history)$/, 'private data'],
  [/(^|\/)library\/keychains(\/|$)/, 'the keychain'],
];

/**
 * Configs whose format holds the credentials they connect with, and files of recovery codes: read,
 * they put those in the model's context. Editing one is an ordinary config change (what it points
 * at is judged by the content written), so only reading them is held.
 */
const CREDENTIAL_CONFIGS: Array<[RegExp, string]> = [
  [/(^|\/)(rclone\.conf|[^/]*\.ovpn|wpa_supplicant[^/]*\.conf|wp-config\.php|localsettings\.php|config\/config\.php|config\/database\.yml|(?:\.dbt\/)?profiles\.yml|himalaya\/config\.toml|clickhouse-server\/users(?:\.d\/[^/]+)?\.xml)$|(^|\/)system-connections\/[^/]+$/, 'a config that holds the credentials it connects with'],
  [/(^|\/)wireguard\/[^/]+\.conf$|(^|\/)wg\d*\.conf$/, 'a WireGuard config (its private key)'],
  // Terraform variables files hold the provider keys and passwords a plan needs (the labelling
  // policy: a secrets file unless the conversation says it holds none; `.tfvars.example` is a
  // template); FreeRADIUS's clients.conf holds each client's shared secret.
  [/(^|\/)[^/]+\.tfvars(?:\.json)?$/, 'a Terraform variables file (provider keys and passwords)'],
  [/(^|\/)freeradius\/(?:[^/]+\/)*clients\.conf$/, "a RADIUS server's client secrets"],
  // Debian's MySQL maintenance login; OpenVPN's `auth-user-pass` file (a user name and password).
  [/(^|\/)mysql\/debian\.cnf$|(^|\/)openvpn\/(?:[^/]+\/)*[^/]*(?:auth|pass)[^/]*\.(?:txt|conf)$/, 'a file of service logins'],
  [/(^|\/)([^/]*kubeconfig[^/]*|k3s\.ya?ml|kubernetes\/(?:super-)?admin\.conf)$/, 'Kubernetes credentials'],
  // Secrets files once decrypted (SOPS `x.dec.yaml`, `values.decrypted.json`) and Android signing
  // properties (`keystore.properties`, Flutter's `key.properties`): the passwords in clear.
  [/(^|\/)[^/]+\.(?:dec|decrypted)\.(?:ya?ml|json|env|ini|toml)$|(^|\/)(?:keystore|signing)\.properties$|(^|\/)android\/(?:[^/]+\/)*key\.properties$/, 'a secrets file in clear (decrypted, or signing passwords)'],
  // Two-factor recovery codes, by the names people and sites save them under.
  [/(^|\/)[^/]*(?:(?:backup|recovery)[-_ ]?codes?|codes?[-_ ]de[-_ ]secours|c[oó]digos?[-_ ]de[-_ ](?:recuperaci[oó]n|respaldo|backup)|wiederherstellungscodes?|codici[-_ ]di[-_ ](?:backup|recupero)|kody[-_ ]zapasowe|herstelcodes?)[^/]*$/, 'two-factor recovery codes'],
];
const CREDENTIAL_CONFIGS_ANY = new RegExp(CREDENTIAL_CONFIGS.map(([re]) => `(?:${re.source})`).join('|'));

/**
 * Certificates and chains: what every client of the server is sent; and keys named as the public
 * half (`as2_public.pem`, `signing-pub.pem`), which partners and docs are given. Their private keys are not these.
 */
/** `~/.ssh/config`, files it includes from `config.d/`, and `known_hosts` (with ssh-keygen's `.old` copy). */
const SSH_CLIENT_FILE = /(^|\/)\.ssh\/(?:config|config\.d\/[^/]+|known_hosts2?(?:\.old)?)$/;
const PUBLIC_CERT = /(^|\/)(?:cert|chain|fullchain|ca|ca-bundle|ca-certificates|public|pubkey|[^/]*[-_.](?:cert|crt|chain|ca|public|pub|pubkey|public[-_]key))\.pem$|\.(?:crt|cer)$|^\/etc\/(?:ssl|pki\/tls)\/certs\//;
/** Files kept encrypted (SOPS, age, GPG, Rails' credentials.yml.enc): their values are ciphertext until decrypted. */
const ENCRYPTED = /(^|\/)[^/]+\.(?:enc|sops)\.(?:ya?ml|json|env|ini)$|\.(?:gpg|age)$|(^|\/)credentials(?:\/[\w-]+)?\.yml\.enc$/;

const AGENT_SETTINGS = /(^|\/)(\.claude\/hooks(\/.*)?|\.codex\/hooks(\/.*)?|[^/]*switchyard-hook|\.claude\/settings(\.local)?\.json|\.codex\/config\.toml|\.gemini\/settings\.json|\.hermes\/config\.ya?ml|\.aider\.conf\.ya?ml|claude_desktop_config\.json|(?:\.hermes|\.claude|\.codex|\.gemini)\/[^/]*(?:danger|deny|denied|block|allow|permission|approv|safety|guard)[^/]*)$/;

/** A plain file directly in the home directory: not hidden, with a log, text or data extension. */
const HOME_FILE = /^~\/[^./][^/]*\.(?:log|txt|out|csv|tsv)$/i;
const IGNORE_LIST = /(^|\/)\.(?:git|docker|npm|prettier|eslint|helm|gcloud|vercel)ignore$/;
const VAULT_METADATA = /^\/?(?:v1\/)?[\w-]*secrets?\/metadata(?:\/|$)/;
/** Vault's KV v2 data paths (`/v1/secret/data/…`, `/v1/kv-prod/data/…`): a GET returns the secret's value. */
const VAULT_DATA = /^\/?(?:v1\/)?(?:kv|[\w-]*secrets?)(?:[-_][\w-]+)?\/data\/[^/]/;

// One combined test first: most paths match none of the sensitive patterns.
const SENSITIVE_ANY = new RegExp(SENSITIVE.map(([re]) => `(?:${re.source})`).join('|'));

/** Paths are compared lower-cased with home spelled `~`. */
export function normalizePath(raw: string): string {
  let s = raw.trim().replace(/^["']|["']$/g, '');
  s = s.replace(/^(\$HOME|\$\{HOME\})(?=\/|$)/, '~');
  s = s.replace(/^\/(home|Users)\/[^/]+(?=\/|$)/, '~').replace(/^\/root(?=\/|$)/, '~');
  s = s.replace(/\/{2,}/g, '/');
  if (s.length > 1) s = s.replace(/\/\.?$/, '');
  if (s === '') s = '/';
  return s.toLowerCase();
}

/** A process's environment (`/proc/<pid>/environ`), whichever process: its secrets in clear. */
const PROC_ENVIRON = /(?:^|\$\()\/proc\/[^/\s]+\/environ\)?$/;

export function classifyPath(raw: string, extraSensitive: readonly string[] = []): PathVerdict {
  const path = raw;
  if (PROC_ENVIRON.test(raw)) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.65, reason: `${raw} is a process's environment (its secrets)` };
  if (/[`]|\$\(|\$(?!HOME\b|\{HOME\}|TMPDIR\b|\{TMPDIR\})[A-Za-z_{]/.test(raw)) {
    return { path, level: 'dynamic', write_risk: 0.6, read_risk: 0.3, reason: `target ${raw} is computed at run time, so it cannot be checked` };
  }
  const n = normalizePath(raw);
  if (BROAD.has(n) || /^~\/?\.?\*$/.test(n)) {
    return { path, level: 'broad', write_risk: 0.97, read_risk: 0.1, reason: `target ${raw} is a whole tree (root, home or everything here)` };
  }
  if (HARMLESS_DEVICES.has(n) || n.startsWith('/dev/fd/')) return { path, level: 'scratch', write_risk: 0, read_risk: 0, reason: `${raw} is a harmless device` };
  if (DISK_DEVICE.test(n)) return { path, level: 'device', write_risk: 1, read_risk: 0.3, reason: `${raw} is a raw disk device` };
  for (const frag of extraSensitive) {
    if (frag && n.includes(frag.toLowerCase())) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.65, reason: `${raw} matches configured sensitive path ${frag}` };
  }
  if (n.endsWith('.pub') && !/(^|\/)authorized_keys/.test(n)) {
    return { path, level: 'project', write_risk: 0.5, read_risk: 0.02, reason: `${raw} is a public key` };
  }
  // An SSH client's config and its known hosts name hosts, users, ports and key files, never a key
  // (ssh_config(5) and sshd(8)'s SSH_KNOWN_HOSTS FILE FORMAT): reading them shows no secret.
  // Writing them still changes what every connection does (a `ProxyCommand` runs a command, a
  // known_hosts line decides which host key is trusted), so that stays held as any file in ~/.ssh.
  if (SSH_CLIENT_FILE.test(n)) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.03, reason: `${raw} is an SSH client's config or known hosts (no key in it)` };
  if (PUBLIC_CERT.test(n)) {
    const system = SYSTEM.test(n);
    return { path, level: system ? 'system' : 'project', write_risk: system ? 0.85 : 0.5, read_risk: 0.02, reason: `${raw} is a public certificate or key` };
  }
  // Reading ciphertext shows no secret; decrypting it is judged as the command that does it.
  if (ENCRYPTED.test(n)) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.05, reason: `${raw} is kept encrypted` };
  // Vault's KV v2 metadata paths hold secret names and versions, never values: listing them is
  // not reading secrets (changing or deleting them still is: it destroys every version).
  if (VAULT_METADATA.test(n)) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.02, reason: `${raw} holds secret names and versions, not values` };
  if (VAULT_DATA.test(n)) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.65, reason: `${raw} is a secret's value in Vault` };
  if (SENSITIVE_ANY.test(n)) for (const [re, what] of SENSITIVE) {
    if (re.test(n)) return { path, level: 'sensitive', write_risk: 0.85, read_risk: 0.65, reason: `${raw} is ${what}` };
  }
  if (CREDENTIAL_CONFIGS_ANY.test(n)) for (const [re, what] of CREDENTIAL_CONFIGS) {
    if (re.test(n)) return { path, level: 'sensitive', write_risk: 0.5, read_risk: 0.65, reason: `${raw} is ${what}` };
  }
  if (AGENT_SETTINGS.test(n)) return { path, level: 'agent_settings', write_risk: 0.7, read_risk: 0.05, reason: `${raw} is an agent's own settings (permissions, approvals, sandbox)` };
  if (SHELL_PROFILE.test(n)) return { path, level: 'shell_profile', write_risk: 0.75, read_risk: 0.05, reason: `${raw} is a shell profile (runs at every login)` };
  if (SCRATCH.test(n)) return { path, level: 'scratch', write_risk: 0.02, read_risk: 0.01, reason: `${raw} is in a scratch directory` };
  // An application's cache under /var/cache is rebuilt on demand (the FHS lets it be deleted at any time).
  if (SYSTEM_CACHE.test(n)) return { path, level: 'regenerable', write_risk: 0.05, read_risk: 0.01, reason: `${raw} is an application's cache` };
  if (SERVICE_DATA.test(n)) return { path, level: 'outside_project', write_risk: 0.45, read_risk: 0.03, reason: `${raw} is in a service or application directory` };
  if (SYSTEM.test(n)) return { path, level: 'system', write_risk: 0.85, read_risk: 0.05, reason: `${raw} is a system path` };
  if (/(^|\/)\.git(\/|$)/.test(n) && !/\.git\/(hooks\/[^/]+\.sample|info\/exclude)$/.test(n)) {
    return { path, level: 'git_internals', write_risk: 0.7, read_risk: 0.02, reason: `${raw} is inside git's own history store` };
  }
  if (n.startsWith('~')) {
    const depth = n.split('/').filter(Boolean).length - 1;
    // An ignore list (.gitignore, .dockerignore) only keeps files out of commits and images: a
    // project file wherever it sits, not a top-level folder of the home directory.
    if (IGNORE_LIST.test(n)) return { path, level: 'project', write_risk: 0.12, read_risk: 0.02, reason: `${raw} is an ignore list` };
    // A log or a note written straight into the home directory (`>> ~/lint.log`) is one file, as
    // it would be a folder down; a top-level folder (`~/Documents`) or a dotfile is not.
    if (depth <= 1 && !HOME_FILE.test(n)) return { path, level: 'home_top', write_risk: 0.75, read_risk: 0.05, reason: `${raw} is a top-level folder of the home directory` };
    if (REGENERABLE.test(n.slice(2))) return { path, level: 'regenerable', write_risk: 0.05, read_risk: 0.01, reason: `${raw} is a regenerable build/cache directory` };
    return { path, level: 'home', write_risk: 0.3, read_risk: 0.03, reason: `${raw} is in the home directory` };
  }
  if (REGENERABLE.test(n.replace(/^\.\//, ''))) return { path, level: 'regenerable', write_risk: 0.05, read_risk: 0.01, reason: `${raw} is a regenerable build/cache directory` };
  if (n.startsWith('../') || n.startsWith('/')) {
    return { path, level: 'outside_project', write_risk: 0.35, read_risk: 0.03, reason: `${raw} is outside the working directory` };
  }
  return { path, level: 'project', write_risk: 0.12, read_risk: 0.02, reason: `${raw} is a project file` };
}
