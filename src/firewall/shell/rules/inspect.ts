import { readArgs } from '../analyze.js';
import { operands, type Rule } from './types.js';

// Disk, device and kernel inspection tools. Most need root only to open the device: `sudo smartctl
// -a`, `sudo dmesg`, `sudo mdadm --detail` print and change nothing, so the root they run as is
// routine (analyze.ts weighs root by what the command does). The same programs also erase, repair,
// resize or reconfigure (`hdparm --security-erase`, `e2fsck -y`, `nvme format`): any flag or
// subcommand not known to only print is judged as that change.

const sub = (w: string[]) => w.find((x) => !x.startsWith('-')) ?? '';
const onlyFlags = (w: string[], ok: RegExp) => w.filter((x) => x.startsWith('-')).every((x) => ok.test(x));

/** Per program: true when the words only print. */
const PRINTS: Record<string, (w: string[]) => boolean> = {
  smartctl: (w) => w.length > 0 && onlyFlags(w, /^(?:-[aAxiHcljq]+|--(?:all|xall|info|health|capabilities|attributes|log(?:=.*)?|json(?:=.*)?|scan|scan-open|quietmode(?:=.*)?|device(?:=.*)?)|-d)$/) && !w.some((x) => /^(?:-[st]|--(?:smart|test|set|offlineauto|saveauto|abort))/.test(x)),
  hdparm: (w) => onlyFlags(w, /^-(?:[IiCgtTrBMWAaKQ]+)$/) && !w.some((x) => /^-[BMWAaKQ]$/.test(x) && /^\d/.test(w[w.indexOf(x) + 1] ?? '')) && !w.some((x) => /^-[a-zA-Z]*\d/.test(x)),
  nvme: (w) => /^(?:list|list-subsys|smart-log|error-log|id-ctrl|id-ns|fw-log|show-regs|get-log|get-feature|list-ns|list-ctrl|effects-log|self-test-log|version|help)$/.test(sub(w)),
  dmesg: (w) => !w.some((x) => /^(?:-[a-zA-Z]*[cCnD]|--(?:clear|read-clear|console-level|console-off|console-on))/.test(x)),
  blkid: () => true, lshw: () => true, dmidecode: () => true, lspci: () => true, lsusb: () => true, lsscsi: () => true, iotop: () => true, iostat: () => true, vmstat: () => true, sensors: (w) => !w.includes('-s'), xfs_info: () => true, findmnt: () => true, lsmod: () => true, modinfo: () => true, dumpe2fs: (w) => w.includes('-h'),
  pvs: () => true, vgs: () => true, lvs: () => true, pvdisplay: () => true, vgdisplay: () => true, lvdisplay: () => true, pvscan: () => true, vgscan: (w) => !w.includes('--mknodes'), lvscan: () => true,
  mdadm: (w) => w.some((x) => /^(?:-D|--detail|-E|--examine|-Q|--query|--scan|-Ds|-Es)$/.test(x)) && !w.some((x) => /^(?:--(?:manage|fail|remove|add|grow|create|assemble|stop|zero-superblock|re-add|replace)|-[fraCGAS])$/.test(x)),
  btrfs: (w) => /^(?:filesystem|fi) (?:show|usage|df|du)$|^(?:device|dev) (?:stats|usage)$|^(?:subvolume|sub) (?:list|show|get-default)$|^(?:scrub|balance|replace) status$|^(?:qgroup) show$|^inspect-internal \S+$/.test(w.filter((x) => !x.startsWith('-')).slice(0, 2).join(' ')),
  tune2fs: (w) => w.length > 0 && onlyFlags(w, /^-l$/),
  e2fsck: (w) => w.includes('-n') && !w.some((x) => /^-[a-zA-Z]*[yp]/.test(x)),
  fsck: (w) => w.includes('-n') || w.includes('-N'),
  xfs_repair: (w) => w.includes('-n'),
  ethtool: (w) => onlyFlags(w, /^(?:-[ikSgacPT]|--(?:driver|show-\w+|statistics|show-features|show-ring|show-pause|show-coalesce|show-permaddr|show-time-stamping|module-info|dump-module-eeprom))$/),
  sysctl: (w) => !w.some((x) => x.includes('=') || /^(?:-w|--write|-p|--load|--system)$/.test(x)),
  ipmitool: (w) => /^(?:sensor|sdr|sel (?:list|elist|info)|fru|mc info|chassis status|lan print|user list)\b/.test(w.filter((x, i) => !x.startsWith('-') && !/^-[IHUPpLyktCfNRT]$/.test(w[i - 1] ?? '')).join(' ')) && !/\b(?:set|clear|reset|power|bootdev|delete|write|edit)\b/.test(w.join(' ')),
  'nvidia-smi': (w) => !w.some((x) => /^(?:-r|--gpu-reset|-pm|-pl|-ac|-rac|-c|-e|--persistence-mode|--power-limit|-mig|-lgc|-rgc)$/.test(x)),
};

export const INSPECT_PROGRAMS = Object.keys(PRINTS);

export const inspect: Rule = (f) => {
  const w = f.args.map((a) => a.text);
  if (PRINTS[f.program]?.(w)) {
    readArgs(f);
    return f.add(0.03, 'read_only', true, 'system_info', `${f.program} ${w.join(' ')} only reports on disks, devices or the kernel`.trim());
  }
  const erases = /(?:security-erase|sanitize|format|zero-superblock|--create|discard|trim|wipe)/.test(w.join(' ')) || (f.program === 'nvme' && /^(?:format|sanitize|write|write-zeroes|dsm|delete-ns|detach-ns)$/.test(sub(w)));
  const targets = operands(f.args).map((a) => a.text).filter((t) => t.startsWith('/dev/')).join(', ');
  f.add(erases ? 0.95 : 0.5, 'critical', false, 'disk', `${f.program} ${w.join(' ')} ${erases ? 'erases or rewrites' : 'repairs, resizes or reconfigures'} ${targets || 'a disk, device or kernel setting'}`.replace(/\s+/g, ' ').trim());
};
