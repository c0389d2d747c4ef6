import { encodedHostData, rawHostOf } from '../../rules/host-labels.js';
import { agentCli, switchyard } from './agents.js';
import { docker } from './containers.js';
import { dbClient } from './database.js';
import { find, rm, truncate } from './delete.js';
import { alias, evalRule, interpreter, shell, source, su, xargs } from './exec.js';
import { cpmv, ln, perms, sed, tee, touchLike } from './files.js';
import { gh } from './gh.js';
import { defender, executionPolicy, hookManager, macGuards, netsh } from './guards.js';
import { git } from './git.js';
import { ansible, cloud, hostedDb, paas, terraform, vault } from './infra.js';
import { helm, kubectl } from './kube.js';
import { amtool, argocd, buildkiteAgent, circleci, flux, nomad, salt } from './orchestrators.js';
import { bq } from './warehouse.js';
import { railsLike } from './app-tasks.js';
import { butler, fastlane, steamcmd, storeCli } from './releases.js';
import { publishedSecret } from './published-secret.js';
import { curl, mail, netcat, peerSend, remoteStore, ssh, tunnel } from './network.js';
import { pkg } from './packages.js';
import { inspect, INSPECT_PROGRAMS } from './inspect.js';
import { cryptoSend, stripe } from './payments.js';
import { echo, keychain, passwordManager, textSearch } from './secret-stores.js';
import { accounts, audit, awk, crontab, disk, envDump, firewallCtl, history, journalctl, kill, power, scheduler, service, systemdRun } from './system.js';
import { readArgs } from '../analyze.js';
import { lowLocal, readOnly, type Rule } from './types.js';

export type { CommandFacts, Rule } from './types.js';

// The one table that says which family judges which program. Families live in their own files;
// a program missing here is reported as unknown (low risk, lower confidence).

const RULES = new Map<string, Rule>();
const set = (names: string, rule: Rule) => {
  for (const n of names.split(/\s+/).filter(Boolean)) RULES.set(n, rule);
};
/** A program two families judge: its own, then one that reads the script around it. */
const both = (own: Rule, around: Rule): Rule => (f) => {
  own(f);
  around(f);
};

// They print names, sizes, counts or digests of what they are given, never its content.
set('ls tree stat file du wc which whereis type md5sum sha1sum sha256sum sha512sum b2sum shasum cksum', () => {});
set('dig nslookup host ping ping6 traceroute', (f) => {
  if (f.args.some((a) => a.dynamic && a.subst.length > 0)) {
    f.network(f.program);
    f.add(0.85, 'critical', false, 'exfiltration', `${f.program} looks up a name built from local command output (data smuggled out through DNS)`);
    return;
  }
  for (const a of f.args) {
    const encoded = a.text.startsWith('-') ? null : encodedHostData(rawHostOf(a.text));
    if (encoded) {
      f.network(f.program);
      f.add(encoded.risk, 'critical', false, 'exfiltration', `${f.program} looks up ${a.text.slice(0, 40)}…, which carries ${encoded.what} (data smuggled out through DNS)`);
      return;
    }
  }
});
set('cat head tail less more pwd sort uniq cut tr diff cmp comm jq yq date whoami id uname hostname df du free uptime ps pgrep top htop true false test [ [[ basename dirname realpath readlink column nl fold fmt seq sleep man help lsof netstat ss cd pushd popd set unset exit return read wait jobs locate zcat bat fd fzf nproc lscpu lsblk getconf tput clear :', readOnly);
set('grep egrep fgrep rg ag ack', textSearch);
set('security', keychain);
set('op bw pass gopass secret-tool', passwordManager);
set('base64 base32 xxd od hexdump strings gzip gunzip bzip2 xz unxz tar zip unzip 7z', readOnly);
set('npm npx yarn pnpm bun pip pip3 pipx uv poetry cargo go make cmake ninja mvn gradle gradlew tsc deno dotnet bundle gem composer mix rustup conda brew apt apt-get yum dnf pacman zypper apk snap port twine', pkg);
set('pytest jest vitest mocha eslint prettier ruff black mypy flake8 isort tox nox rspec phpunit ctest shellcheck', lowLocal(0.05, 'runs project checks'));
set('code vim nvim nano emacs open xdg-open', lowLocal(0.05, 'opens an editor or viewer'));
set('rm rmdir unlink shred srm trash trash-put', rm);
set('cp mv scp install rsync', cpmv);
set('find', find);
set('xargs parallel', xargs);
set('bash sh zsh dash ksh ash fish mksh busybox', shell);
set('su', su);
set('eval', evalRule);
set('source .', source);
set('python python3 python2 node nodejs perl ruby php lua Rscript pwsh powershell osascript', interpreter);
set('curl wget http https xh aria2c fetch', curl);
set('nc ncat netcat socat telnet', netcat);
set('ssh', ssh);
set('ngrok cloudflared lt localtunnel', tunnel);
set('wormhole croc', peerSend);
set('sftp ftp rclone', remoteStore);
set('git', both(git, publishedSecret));
set('gh', gh);
set('npm yarn pnpm', both(pkg, publishedSecret));
set('psql mysql mariadb sqlite3 mongo mongosh redis-cli cqlsh clickhouse-client sqlcmd cockroach dropdb mysqladmin pg_restore', dbClient);
set('dd mkfs mkfs.ext4 mkfs.ext3 mkfs.xfs mkfs.vfat mkfs.fat mkfs.btrfs mkfs.ntfs mke2fs mkswap wipefs fdisk sfdisk cfdisk parted gdisk sgdisk cryptsetup diskutil format lvremove vgremove pvremove zpool zfs blkdiscard', disk);
set('chmod chown chgrp chattr setfacl', perms);
set('shutdown reboot halt poweroff init telinit', power);
set('systemctl service launchctl sc', service);
set('kill killall pkill scancel', kill);
set('crontab', crontab);
set('atrm at schtasks', scheduler);
set('systemd-run', systemdRun);
set('sed', sed);
set('awk gawk mawk', awk);
set('tee', tee);
set('touch mkdir', touchLike);
set('truncate', truncate);
set('ln', ln);
set('env printenv export declare', envDump);
set('aws gcloud gsutil az doctl hcloud openstack linode-cli', cloud);
set('flyctl fly heroku vercel netlify railway wrangler firebase render', paas);
set('terraform tofu terragrunt pulumi', terraform);
set('vault', vault);
set('bq', bq);
set('rails rake artisan', railsLike);
set('fastlane', fastlane);
set('steamcmd', steamcmd);
set('butler', butler);
set('eas vsce ovsx snapcraft goreleaser altool xcrun', storeCli);
set('ansible ansible-playbook', ansible);
set('nomad', nomad);
set('argocd', argocd);
set('flux', flux);
set('salt salt-key salt-call salt-run', salt);
set('amtool', amtool);
set('circleci', circleci);
set('buildkite-agent', buildkiteAgent);
set('supabase pscale neonctl', hostedDb);
set('kubectl oc', kubectl);
set('helm', helm);
set('docker podman docker-compose podman-compose', docker);
set('mail mailx sendmail mutt msmtp swaks', mail);
set('useradd userdel usermod passwd chpasswd visudo groupadd groupdel adduser deluser', accounts);
set('iptables ip6tables ufw nft setenforce firewall-cmd pfctl fail2ban-client', firewallCtl);
set('journalctl', journalctl);
set(INSPECT_PROGRAMS.join(' '), inspect);
set('auditctl ausearch aureport', audit);
set('pre-commit husky lefthook overcommit', hookManager);
set('Set-MpPreference Add-MpPreference Get-MpPreference Get-MpComputerStatus', defender);
set('spctl csrutil', macGuards);
set('Set-ExecutionPolicy', executionPolicy);
set('netsh', netsh);
set('history', history);
set('alias', alias);
set('claude codex gemini hermes aider cursor-agent opencode goose amp qwen', agentCli);
set('switchyard', switchyard);
set('stripe', stripe);
// A dump is the whole database: kept locally it is a backup, piped or copied out it is a data leak.
set('pg_dump pg_dumpall mysqldump mariadb-dump mongodump mongoexport', (f) => {
  const where = f.args.map((a) => a.text).find((t) => /:\/\/|^\$\{?\w*(?:URL|DSN|URI|DB|DATABASE)/i.test(t)) ?? 'the database';
  f.sensitiveRead(`${f.program} of ${where}`);
  readArgs(f);
  f.add(0.15, 'local_edit', true, 'database_read', `${f.program} exports ${where}`);
});
set('cast solana bitcoin-cli spl-token near', cryptoSend);
set('ssh-keygen', (f) => f.add(0.08, 'local_edit', true, 'keys', 'ssh-keygen creates or inspects a key on this machine'));
// Echoing a secret-named variable is a read of that secret: with a network command in the same
// script it is exfiltration (unless the receiver is a credential store: gh secret set, login).
set('echo printf', echo);

export function ruleFor(program: string): Rule | undefined {
  if (program.startsWith('mkfs.')) return RULES.get('mkfs');
  return RULES.get(program);
}
