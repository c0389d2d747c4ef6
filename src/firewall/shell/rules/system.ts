import { readArgs } from '../analyze.js';
import { disposable } from '../../targets.js';
import { flagValue, has, lit, operands, PREPROD_RESTART, shortFlags, type CommandFacts, type Rule } from './types.js';

// The machine itself: disks, power, services, processes, accounts, host firewalls, schedules,
// environment dumps and shell history.

/** Subcommands and flags of the disk tools that only print: pool status, partition tables, LUKS headers. */
const DISK_READ: Record<string, (w: string[]) => boolean> = {
  zpool: (w) => /^(status|list|iostat|get|history|events|version|help)$/.test(w.find((x) => !x.startsWith('-')) ?? 'status'),
  zfs: (w) => /^(list|get|diff|holds|userspace|groupspace|version|help)$/.test(w.find((x) => !x.startsWith('-')) ?? 'list'),
  fdisk: (w) => w.includes('-l') || w.includes('--list'),
  sfdisk: (w) => w.some((x) => /^(-l|--list|-d|--dump|-J|--json|-s|--show-size)$/.test(x)),
  parted: (w) => w.some((x) => /^(-l|--list|print)$/.test(x)) && !w.some((x) => /^(mklabel|mkpart|rm|resizepart|mkfs)$/.test(x)),
  gdisk: (w) => w.includes('-l'),
  sgdisk: (w) => w.some((x) => /^(-p|--print|-i|--info|-v|--verify)$/.test(x)) && !w.some((x) => /^(-[nodZzGt]|--(new|delete|zap|zap-all|clear|change-name))/.test(x)),
  cryptsetup: (w) => /^(status|luksDump|isLuks|benchmark)$/.test(w.find((x) => !x.startsWith('-')) ?? ''),
  wipefs: (w) => !w.some((x) => /^(-a|--all|-o|--offset|-f|--force)$|^-[a-z]*a/.test(x)),
};

function diskRead(program: string, words: string[]): boolean {
  return DISK_READ[program]?.(words) ?? false;
}

/** Tools whose operand is the device (or image) they rewrite; volume managers name volumes instead. */
const IMAGE_TOOLS = /^(?:mkfs(?:\.\w+)?|mke2fs|mkswap|wipefs|blkdiscard|fdisk|sfdisk|gdisk|sgdisk|parted)$/;
const IMAGE_TARGET = /^\/dev\/loop\d+(?:p\d+)?$|^[^-][^\s]*\.(?:img|iso|raw|qcow2|vhdx?|vmdk)$/;

export const disk: Rule = (f) => {
  if (f.program === 'dd') {
    const of = f.args.find((a) => a.text.startsWith('of='));
    if (!of) return;
    const v = f.path(lit(of.text.slice(3), of.dynamic));
    f.add(Math.max(v.write_risk, 0.3), v.write_risk >= 0.7 ? 'critical' : 'local_edit', false, 'disk', `dd writes raw bytes to ${of.text.slice(3)}: ${v.reason}`);
    return;
  }
  if (f.program === 'diskutil' && !f.args.some((a) => /^(erase|partition|zero|secureErase|reformat|apfs)/i.test(a.text))) return;
  if (diskRead(f.program, f.args.map((a) => a.text))) return f.add(0.03, 'read_only', true, 'disk', `${f.program} ${f.args.map((a) => a.text).join(' ')} shows disks or pools`.trim());
  // A disk image file or a loop device is a test's disk: wiping or formatting it loses nothing of a real one.
  const targets = operands(f.args).map((o) => o.text);
  if (IMAGE_TOOLS.test(f.program) && targets.length > 0 && targets.every((t) => IMAGE_TARGET.test(t))) {
    return f.add(0.2, 'local_edit', false, 'disk', `${f.program} rewrites ${targets.join(', ')}, an image file or loop device, not a disk`);
  }
  f.add(0.95, 'critical', false, 'disk', `${f.program} rewrites disks or filesystems`);
};

export const power: Rule = (f) => {
  // `shutdown -c` cancels a shutdown already scheduled: it keeps the machine running.
  const cancels = f.program === 'shutdown' && f.args.some((a) => a.text === '-c') && f.args.every((a) => a.text === '-c' || a.text === '--no-wall' || !a.text.startsWith('-'));
  if (cancels) return f.add(0.1, 'local_edit', true, 'power', 'shutdown -c cancels a scheduled shutdown');
  f.add(0.92, 'critical', false, 'power', `${f.program} ${f.args.map((a) => a.text).join(' ')} shuts down or restarts the machine`.trim());
};

const RESTARTS = new Set(['restart', 'reload', 'try-restart', 'reload-or-restart', 'try-reload-or-restart']);
const STOPS = new Set(['stop', 'disable', 'mask', 'kill', 'isolate', 'unload', 'remove', 'bootout', 'delete', 'poweroff', 'reboot', 'halt']);

/** User units that keep the agent in check: restarting them can reload a weakened config. */
const USER_SAFETY_UNIT = /switchyard|gateway|firewall|audit|guard|monitor|approv|policy/i;

export const service: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (words.some((w) => ['poweroff', 'reboot', 'halt', 'suspend', 'hibernate', 'kexec'].includes(w))) return power(f);
  // The user's own service (`systemctl --user`) restarted or reloaded comes straight back; stopping
  // or disabling it, or restarting the gateway, an audit or a guard, still asks.
  const own = f.program === 'systemctl' && words.includes('--user') && words.some((w) => w === 'restart' || w === 'reload' || w === 'try-restart');
  if (own && !words.some((w) => ['stop', 'disable', 'mask', 'kill', '--now'].includes(w) || USER_SAFETY_UNIT.test(w))) {
    return f.add(0.2, 'local_edit', true, 'service_control', `${f.program} ${words.join(' ')} restarts one of the user's own services`);
  }
  // Restarting or reloading units whose names say staging, dev, test or preview (`queue-worker@staging`)
  // brings them straight back on a box nobody's customers use: routine, as root or not (the root
  // factor in analyze.ts lets PREPROD_RESTART pass). Stopping, disabling or killing them still asks.
  const units = operands(f.args).map((o) => o.text).filter((w) => !RESTARTS.has(w) && !STOPS.has(w));
  if (f.program === 'systemctl' && words.some((w) => RESTARTS.has(w)) && !words.some((w) => STOPS.has(w) || w === '--now') && units.length > 0 && units.every((u) => disposable(u.replace(/\.service$/, '')) && !USER_SAFETY_UNIT.test(u))) {
    return f.add(0.25, 'local_edit', true, PREPROD_RESTART, `${f.program} ${words.join(' ')} restarts a pre-production unit, which comes straight back`);
  }
  if (words.some((w) => ['stop', 'disable', 'mask', 'restart', 'kill', 'isolate', 'unload', 'remove', 'bootout', 'reload', 'delete'].includes(w))) {
    f.add(0.7, 'critical', false, 'service_control', `${f.program} ${words.join(' ')} stops or changes a system service`);
  } else if (words.some((w) => ['start', 'enable', 'load', 'bootstrap'].includes(w))) {
    f.add(0.45, 'external', true, 'service_control', `${f.program} ${words.join(' ')} starts a system service`);
  } else f.add(0.03, 'read_only', true, 'service_control', `${f.program} ${words.join(' ')}`);
};

/**
 * The user all of whose processes or jobs a command stops (`pkill -u ana`, `scancel -u ravi`,
 * `kill $(pgrep -u sanjay)`); a pattern (`pkill -u app -f 'psql.*migrate'`) picks one stuck job instead.
 */
function everyProcessOf(f: CommandFacts): string | undefined {
  const words = f.program === 'kill' ? (f.args.flatMap((a) => a.subst).find((c) => c.argv[0]?.text === 'pgrep')?.argv.slice(1) ?? []) : f.args;
  const owner = flagValue(words, '-u', '--user');
  if (!owner || has(words, '-f', '--full') || operands(words).some((o) => o.text !== owner)) return undefined;
  return owner;
}

export const kill: Rule = (f) => {
  const ops = operands(f.args);
  // Every process or job of a user other than the one whose home the agent works in is that person's running work.
  const owner = everyProcessOf(f);
  const self = /^\/home\/([\w.-]+)/.exec(f.workdir ?? '')?.[1];
  if (owner && owner !== self && !/^\$|whoami/.test(owner)) {
    return f.add(0.7, 'critical', false, 'process_control', `${f.program} stops the processes or jobs of another user (${owner})`);
  }
  if (f.program === 'scancel') return f.add(0.2, 'local_edit', false, 'process_control', 'scancel cancels cluster jobs');
  if (f.program === 'kill' && ops.some((o) => o.text === '1' || o.text === '-1') || f.args.some((a) => a.text === '-1')) {
    f.add(0.92, 'critical', false, 'process_control', 'kill targets init or every process');
  } else if ((f.program === 'killall' || f.program === 'pkill') && ops.some((o) => /\s|\d{2,}|[/:]/.test(o.text))) {
    // A pattern naming one command line ("vite --port 5173") stops one stale server, not a family.
    f.add(0.4, 'local_edit', false, 'process_control', `${f.program} stops the process matching ${ops.map((o) => o.text).join(' ')}`);
  } else if (f.program === 'killall' || f.program === 'pkill') {
    f.add(0.62, 'local_edit', false, 'process_control', `${f.program} stops every process matching ${ops.map((o) => o.text).join(' ')}`);
  } else f.add(0.3, 'local_edit', false, 'process_control', `kill stops process ${ops.map((o) => o.text).join(' ')}`);
};

export const systemdRun: Rule = (f) => {
  let i = 0;
  while (i < f.args.length && f.args[i].text.startsWith('-')) i += /^--?[\w-]+$/.test(f.args[i].text) && !/^--(user|scope|quiet|wait|pty|no-block|collect)$/.test(f.args[i].text) && !f.args[i].text.includes('=') ? 2 : 1;
  f.add(0.35, 'local_edit', true, 'schedule', 'systemd-run schedules a command');
  if (f.args.slice(i).length) f.judgeArgv(f.args.slice(i), 'systemd-run (runs later)');
};

export const crontab: Rule = (f) => {
  const flags = shortFlags(f.args);
  if (f.args.some((a) => a.text === '-') && f.cmd.pipe_in) {
    // `(crontab -l; echo '0 * * * * cmd') | crontab -`: appends a job; the job's command is judged now.
    const keeps = f.cmd.upstream.some((c) => c.argv[0]?.text === 'crontab' && c.argv.some((w) => w.text === '-l'));
    for (const c of f.cmd.upstream) {
      if (!/^(echo|printf)$/.test(c.argv[0]?.text ?? '')) continue;
      const line = c.argv.slice(1).filter((w) => !/^-[neE]+$/.test(w.text)).map((w) => w.text).join(' ');
      const cmd = line.replace(/^\s*(@\w+|(\S+\s+){5})/, '');
      if (cmd.trim()) f.nested(cmd, 'crontab (runs later)');
    }
    f.add(keeps ? 0.2 : 0.65, keeps ? 'local_edit' : 'critical', keeps, keeps ? 'schedule' : 'schedule_removal', keeps ? 'crontab adds a scheduled job' : 'crontab - replaces all scheduled jobs');
    return;
  }
  if (/r/.test(flags)) f.add(0.85, 'critical', false, 'schedule_removal', 'crontab -r removes every scheduled job');
  else if (/l/.test(flags)) return;
  else if (/e/.test(flags)) f.add(0.4, 'local_edit', true, 'schedule', 'crontab -e edits scheduled jobs');
  else f.add(0.65, 'critical', false, 'schedule_removal', 'crontab <file> replaces all scheduled jobs');
};

export const scheduler: Rule = (f) => {
  const words = f.args.map((a) => a.text.toLowerCase());
  if (f.program === 'atrm' || words.some((w) => w === '/delete' || w === 'delete')) f.add(0.7, 'critical', false, 'schedule_removal', `${f.program} removes scheduled tasks`);
  else {
    f.add(0.35, 'local_edit', true, 'schedule', `${f.program} schedules a task`);
    // `at` and `schtasks /tr` carry the command that will run later: it is judged now.
    const tr = words.indexOf('/tr');
    if (tr >= 0 && f.args[tr + 1]) f.nested(f.args[tr + 1].text, `${f.program} (runs later)`);
    const here = f.cmd.redirects.find((r) => r.op === '<<<' || r.op === '<<');
    if (here) f.nested(here.target.text, `${f.program} (runs later)`);
    const echo = f.cmd.pipe_in ? f.cmd.upstream.find((c) => /^(echo|printf)$/.test(c.argv[0]?.text ?? '')) : undefined;
    if (echo) f.nested(echo.argv.slice(1).filter((w) => !/^-[neE]+$/.test(w.text)).map((w) => w.text).join(' '), `${f.program} (runs later)`);
  }
};

/** Variables whose values are credentials by their names; a database URL carries its password. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASS|CREDENTIAL|(?:DATABASE|DB|REDIS|MONGO\w*|AMQP|BROKER)_URL|DSN|CONNECTION_STRING/i;

// The environment's values are read into the model's context like a secrets file's: a filter that
// keeps only the names (`| cut -d= -f1`) takes the read back (names-only.ts).
export const envDump: Rule = (f) => {
  if (f.args.length === 0 || f.args.every((a) => a.text.startsWith('-'))) {
    f.envDump();
    f.add(0.62, 'read_only', true, 'secret_read', `${f.program} prints every environment variable (API keys live there)`);
  } else if (f.program === 'env') return;
  else if (f.args.some((a) => SECRET_NAME.test(a.text) && !/=/.test(a.text))) {
    f.envDump();
    f.add(0.62, 'read_only', true, 'secret_read', `${f.program} prints a secret environment variable`);
  }
};

export const accounts: Rule = (f) => f.add(0.85, 'critical', false, 'security', `${f.program} changes users, passwords or sudo rights`);

/** Host-firewall invocations that only print rules or state: listing changes no control. */
const FIREWALL_READ: Record<string, (w: string[]) => boolean> = {
  ufw: (w) => /^(status|show|version|help)$/.test(w.find((x) => !x.startsWith('-')) ?? '') && !w.includes('reset'),
  // -L/-S/--list print; any flag that appends, deletes, flushes or sets a policy changes the table.
  iptables: (w) => w.some((x) => /^(-[A-Za-z]*[LS][A-Za-z]*|--list|--list-rules)$/.test(x)) && !w.some((x) => /^(-[A-Za-z]*[ADIRFPXNZE][A-Za-z]*|--(append|delete|insert|replace|flush|policy|delete-chain|new-chain|zero|rename-chain))$/.test(x)),
  nft: (w) => /^(list)$/.test(w.find((x) => !x.startsWith('-')) ?? ''),
  'firewall-cmd': (w) => w.length > 0 && w.every((x) => /^--(state|list-[\w-]+|get-[\w-]+|query-[\w-]+|info-[\w-]+|zone=[\w-]+|permanent)$/.test(x)) && !w.every((x) => /^--(zone=[\w-]+|permanent)$/.test(x)),
  pfctl: (w) => w.some((x) => /^-s\w*$/.test(x)) && !w.some((x) => /^-([dEeFf]|k)/.test(x)),
};
FIREWALL_READ.ip6tables = FIREWALL_READ.iptables;
// fail2ban: a jail's status and the banned list are reads; stopping it or unbanning turns protection off.
FIREWALL_READ['fail2ban-client'] = (w) => /^(status|banned|get|ping|version|help|echo)$/.test(w.find((x) => !x.startsWith('-')) ?? '');

/** Adding a block (ufw deny, iptables -A … -j DROP, a fail2ban ban) restricts traffic: it tightens, it opens nothing. */
const FIREWALL_TIGHTENS: Record<string, (w: string[]) => boolean> = {
  ufw: (w) => /^(deny|reject|limit)$/.test(w.find((x) => !x.startsWith('-')) ?? ''),
  iptables: (w) => w.some((x) => /^(-A|-I|--append|--insert)$/.test(x)) && /^(DROP|REJECT)$/.test(w[w.indexOf('-j') + 1] ?? w[w.indexOf('--jump') + 1] ?? '') && !w.some((x) => /^(-[DFPXZ]|--(delete|flush|policy|zero))$/.test(x)),
  'fail2ban-client': (w) => w[0] === 'set' && w[2] === 'banip',
};
FIREWALL_TIGHTENS.ip6tables = FIREWALL_TIGHTENS.iptables;

export const firewallCtl: Rule = (f) => {
  const w = f.args.map((a) => a.text);
  const joined = w.join(' ');
  if (FIREWALL_READ[f.program]?.(w)) return f.add(0.05, 'read_only', true, 'security', `${f.program} ${joined} lists the firewall's rules or state`);
  // Under the privileged bar (0.1): root is the only way to add a block, and a block loosens nothing.
  if (FIREWALL_TIGHTENS[f.program]?.(w)) return f.add(0.08, 'local_edit', true, 'security', `${f.program} ${joined} adds a block (tightens the firewall)`);
  if (/(-F|--flush|disable|reset|-P\s+\w+\s+ACCEPT|stop|unban|0\b|permissive)/.test(joined)) f.add(0.85, 'critical', false, 'security', `${f.program} ${joined} turns off a security control`);
  else f.add(0.45, 'critical', false, 'security', `${f.program} ${joined} changes a security control`.trim());
};

/** The audit subsystem: reports and searches read the log; auditctl changes what is recorded. */
export const audit: Rule = (f) => {
  const w = f.args.map((a) => a.text);
  if (f.program !== 'auditctl') return readArgs(f);
  // -l lists rules, -s prints status; -D deletes every rule, -e 0 stops auditing, -e 2 locks it.
  if (w.length > 0 && w.every((x) => /^-[ls]$/.test(x))) return f.add(0.05, 'read_only', true, 'security', `auditctl ${w.join(' ')} lists audit rules or status`);
  if (w.includes('-D') || /(^| )-e 0\b/.test(w.join(' '))) return f.add(0.85, 'critical', false, 'security', `auditctl ${w.join(' ')} turns off audit logging`);
  f.add(0.45, 'critical', false, 'security', `auditctl ${w.join(' ')} changes what is audited`);
};

/** journalctl reads the system journal; a vacuum that keeps days, a size or several files is retention, one that keeps almost nothing wipes it. */
export const journalctl: Rule = (f) => {
  const w = f.args.map((a) => a.text);
  const vacuum = w.map((x, i) => /^--vacuum-(time|size|files)(=.*)?$/.test(x) ? [x.replace(/=.*/, ''), x.includes('=') ? x.slice(x.indexOf('=') + 1) : w[i + 1] ?? ''] : null).filter((x) => !!x);
  if (!vacuum.length && !w.includes('--flush') && !w.includes('--setup-keys')) return readArgs(f);
  const keeps = vacuum.length > 0 && vacuum.every(([flag, v]) =>
    flag === '--vacuum-time' ? /^\d+\s*(d|days?|w|weeks?|month|months|y|years?)$/i.test(v) : flag === '--vacuum-size' ? /^\d+\s*[MGT]i?B?$/i.test(v) && (parseInt(v, 10) >= 100 || /[GT]/i.test(v)) : parseInt(v, 10) >= 2);
  if (keeps) return f.add(0.08, 'local_edit', true, 'log_retention', `journalctl ${vacuum.map(([k, v]) => `${k}=${v}`).join(' ')} trims the journal and keeps the recent logs`);
  f.add(0.7, 'critical', false, 'anti_forensics', `journalctl ${w.join(' ')} deletes the system journal`);
};

export const history: Rule = (f) => {
  if (has(f.args, '-c', '-w', '-d')) f.add(0.45, 'local_edit', false, 'anti_forensics', 'history -c erases the shell history');
};

export const awk: Rule = (f) => {
  if (f.args.some((a) => /system\s*\(|\|\s*"?(sh|bash)|getline/.test(a.text))) f.add(0.5, 'local_edit', false, 'dynamic_code', `${f.program} program runs shell commands`);
  readArgs(f);
};
