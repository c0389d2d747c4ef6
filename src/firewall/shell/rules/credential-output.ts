import { intoStore } from './secret-stores.js';
import { flagValue, has, operands, type CommandFacts } from './types.js';

// Tools that keep secrets encrypted or in their own config, read by what their output shows: a
// secrets file decrypted to the terminal (sops -d, ansible-vault view, gpg -d, age -d), a private
// key exported or printed (gpg --export-secret-keys, wg showconf), a stored password shown (nmcli
// --show-secrets, airflow connections get, a docker credential helper's get). That output goes
// into the model's context: the labelling policy's secret reads. Checking, listing, encrypting,
// showing public keys, or decrypting into a file runs.

const reveal = (f: CommandFacts, what: string): true => {
  if (intoStore(f)) f.add(0.1, 'read_only', true, 'secrets', `${f.program} pipes a secret straight into a secrets store`);
  else {
    f.sensitiveRead(`${f.program} ${what}`);
    f.add(0.62, 'read_only', true, 'secret_read', `${f.program} ${what}`);
  }
  return true;
};
const reads = (f: CommandFacts, what: string): true => {
  f.add(0.03, 'read_only', true, 'secret_names', `${f.program} ${what}`);
  return true;
};

/** `-o FILE` / `--output FILE`: the plaintext goes to a file, not the terminal (`-` is the terminal). */
const toFile = (f: CommandFacts, ...flags: string[]): boolean => {
  const out = flagValue(f.args, ...flags);
  return out !== undefined && out !== '-' && out !== '/dev/stdout';
};

type Judge = (f: CommandFacts, verbs: string[]) => boolean;

const JUDGES: Record<string, Judge> = {
  sops: (f, v) => {
    const decrypts = has(f.args, '-d', '--decrypt') || v[0] === 'decrypt';
    if (decrypts && !has(f.args, '-i', '--in-place') && !toFile(f, '--output')) return reveal(f, 'decrypts a secrets file into its output');
    return /^(?:filestatus|updatekeys|keyservice|groups)$/.test(v[0] ?? '') || has(f.args, '-e', '--encrypt') ? reads(f, `${v[0] ?? 'encrypts'} (the values stay encrypted)`) : false;
  },
  'ansible-vault': (f, v) => {
    if (v[0] === 'view' || (v[0] === 'decrypt' && flagValue(f.args, '--output') === '-')) return reveal(f, `${v[0]} prints the decrypted vault`);
    return /^(?:encrypt|encrypt_string|create|rekey)$/.test(v[0] ?? '') ? reads(f, `${v[0]} (the values stay encrypted)`) : false;
  },
  gpg: (f) => {
    if (f.args.some((a) => /^--export-secret-(?:sub)?keys$/.test(a.text))) return reveal(f, 'exports a private key');
    if (has(f.args, '-d', '--decrypt') && !toFile(f, '-o', '--output')) return reveal(f, 'decrypts into its output');
    return has(f.args, '--list-keys', '-k', '--list-secret-keys', '-K', '--fingerprint', '--export', '--verify', '-e', '--encrypt', '--armor', '-a') ? reads(f, 'lists, verifies, encrypts or exports public keys') : false;
  },
  age: (f) => (has(f.args, '-d', '--decrypt') && !toFile(f, '-o', '--output') ? reveal(f, 'decrypts into its output') : false),
  wg: (f, v) => {
    if (v[0] === 'showconf' || (v[0] === 'show' && v.includes('private-key'))) return reveal(f, `${v[0]} prints the interface's private key`);
    return v[0] === 'show' || v[0] === 'pubkey' || v.length === 0 ? reads(f, 'shows peers, public keys and handshakes') : false;
  },
  nmcli: (f, v) => {
    if (has(f.args, '-s', '--show-secrets') || v.join(' ').includes('show-password')) return reveal(f, 'shows stored Wi-Fi and VPN secrets');
    return v.every((x) => !/^(?:up|down|delete|del|modify|mod|add|edit|reload|connect|disconnect|off|on)$/.test(x)) ? reads(f, 'shows connections and devices') : false;
  },
  airflow: (f, v) => (v[0] === 'connections' && /^(?:get|export)$/.test(v[1] ?? '') ? reveal(f, `connections ${v[1]} prints connection passwords and keys`) : false),
};

/** Credential helpers (`docker-credential-osxkeychain get`) print the stored password on `get`. */
const CREDENTIAL_HELPER = /^(?:docker-credential-[\w-]+|git-credential-[\w-]+)$/;

/** Returns true when it judged the call (a program the firewall has no other profile for). */
export function judgeCredentialOutput(f: CommandFacts): boolean {
  const verbs = operands(f.args).map((a) => a.text);
  if (CREDENTIAL_HELPER.test(f.program)) return verbs[0] === 'get' ? reveal(f, 'get prints a stored password') : reads(f, `${verbs[0] ?? ''} (stores or lists credentials)`.trim());
  return JUDGES[f.program]?.(f, verbs) ?? false;
}
