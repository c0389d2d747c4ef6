import type { ShellWord } from '../parse.js';
import { CI_FILE, judgeCiEdit } from '../../rules/ci.js';
import { judgeSettingsContent } from '../../rules/tampering.js';
import { disposable, has, operands, shortFlags, writeTargets, type CommandFacts, type Rule, PERSONAL_DATA_FILE } from './types.js';

// Commands that write, copy, move or re-permission files.

export const cpmv: Rule = (f) => {
  const ops = operands(f.args);
  if (ops.length < 2) return;
  const dest = ops[ops.length - 1];
  const sources = ops.slice(0, -1);
  // `cp -n` (no-clobber) never replaces a file: a secrets file that exists keeps its values, and a
  // new one is made from the source (`cp -n .env.example .env`), which is what the source's own check weighs.
  const noClobber = f.program === 'cp' && (/n/.test(shortFlags(f.args)) || has(f.args, '--no-clobber', '--update=none'));
  if (!(noClobber && f.path(dest).level === 'sensitive')) writeTargets(f, [dest], f.program === 'mv' ? 'moves into' : 'copies over');
  if (f.program === 'mv') {
    for (const s of sources) {
      const v = f.path(s);
      if (v.write_risk >= 0.5) f.add(v.write_risk, 'critical', false, 'destructive_file_op', `moves away ${s.text}: ${v.reason}`);
    }
  }
  for (const s of sources) {
    const v = f.path(s);
    if (v.read_risk >= 0.5) {
      f.sensitiveRead(s.text);
      f.add(v.read_risk, 'external', true, 'secret_read', `copies ${v.reason}`);
    }
  }
  if (f.program === 'scp' || f.program === 'rsync') transfer(f, ops);
};

function transfer(f: CommandFacts, ops: ShellWord[]): void {
  // `rsync -n` / `--dry-run` lists what it would copy or delete and touches nothing.
  if (f.program === 'rsync' && (has(f.args, '--dry-run') || /^-[a-zA-Z]*n[a-zA-Z]*$/.test(f.args.find((a) => /^-[a-zA-Z]+$/.test(a.text) && a.text.includes('n'))?.text ?? ''))) {
    f.add(0.05, 'read_only', true, 'file_read', 'rsync dry run lists what it would change');
    return;
  }
  const remote = ops.some((o) => /^[\w.@-]+:/.test(o.text) || o.text.startsWith('rsync://'));
  if (remote) {
    f.network(f.program);
    const outgoing = ops.slice(0, -1).filter((o) => !/^[\w.@-]+:/.test(o.text));
    const personal = ops.length > 1 && /^[\w.@-]+:/.test(ops[ops.length - 1].text) ? outgoing.find((o) => PERSONAL_DATA_FILE.test(o.text)) : undefined;
    if (personal) f.add(0.75, 'critical', false, 'personal_data', `${f.program} copies ${personal.text}, which by its name holds people's data, to another machine`);
    else f.add(0.4, 'external', false, 'network_send', `${f.program} copies files to or from another machine`);
  }
  if (has(f.args, '--delete', '--delete-before', '--delete-after', '--delete-during', '--del')) {
    const dest = ops[ops.length - 1];
    const v = dest ? f.path(dest) : null;
    // A remote copy named staging, dev or preview (`docs@docs-staging:/var/www/docs-staging/`) is
    // mirrored from the source on every deploy: what --delete removes there is what the build dropped.
    if (dest && /^[\w.@-]+:/.test(dest.text) && disposable(dest.text)) {
      return f.add(0.4, 'external', false, 'network_send', `rsync --delete mirrors the source to ${dest.text}, a copy named before production`);
    }
    const risk = Math.max(0.6, v?.write_risk ?? 0);
    f.add(risk, 'critical', false, 'destructive_file_op', `rsync --delete removes files at ${dest?.text ?? 'the destination'} that the source lacks`);
  }
}

const VERIFY_OFF = /\bhost_key_checking\s*=\s*false\b|\bStrictHostKeyChecking[\s=]+no\b|\b(?:ssl_?verify|verify_ssl|strict-ssl|validate_certs|tls_verify)\s*[=:]?\s*(?:false|no|0)\b|\binsecure_skip_verify\s*[=:]\s*true\b/i;

export const sed: Rule = (f) => {
  const inPlace = f.args.some((a) => /^-[a-zA-Z]*i/.test(a.text) || a.text.startsWith('--in-place'));
  const ops = operands(f.args);
  const files = f.args.some((a) => a.text === '-e' || a.text === '-f') ? ops : ops.slice(1);
  if (inPlace) {
    // s/old/new/ on a CI pipeline or an agent's settings: judge the new text like an edit.
    const script = f.args.find((a) => /^s(.).+\1.*\1[gI0-9]*$/.test(a.text))?.text ?? '';
    const parts = script ? script.slice(2).split(script[1]) : [];
    for (const t of files) {
      if (CI_FILE.test(t.text) && parts.length >= 2) for (const x of judgeCiEdit(t.text, parts[1], parts[0])) if (x.risk >= 0.5) f.add(x.risk, x.cls, x.reversible, x.category, `sed -i: ${x.reason}`);
      if (parts.length >= 2) for (const x of judgeSettingsContent(t.text, parts[1])) f.add(x.risk, x.cls, x.reversible, x.category, `sed -i: ${x.reason}`);
    }
    // Host-key or certificate checking switched off: anyone on the path can pose as the server.
    if (parts.length >= 2 && VERIFY_OFF.test(parts[1]) && !VERIFY_OFF.test(parts[0])) f.add(0.72, 'critical', false, 'safety_tampering', `sed -i switches off host-key or certificate verification in ${files.map((w) => w.text).join(' ')}`);
    // An agent's own approval settings changed in either direction wait (the labelling policy):
    // a tightening written by the agent cannot be told from a loosening dressed as one.
    writeTargets(f, files, 'sed -i edits');
    f.add(0.1, 'local_edit', true, 'file_write', `sed -i edits ${files.map((w) => w.text).join(' ')}`);
  }
  for (const w of files) {
    const v = f.path(w);
    if (v.read_risk >= 0.5) {
      f.sensitiveRead(w.text);
      f.add(v.read_risk, 'external', true, 'secret_read', `reads ${v.reason}`);
    }
  }
};

export const tee: Rule = (f) => writeTargets(f, operands(f.args), has(f.args, '-a', '--append') ? 'tee appends to' : 'tee overwrites');
export const touchLike: Rule = (f) => writeTargets(f, operands(f.args), `${f.program} writes`);
export const ln: Rule = (f) => {
  const ops = operands(f.args);
  if (ops.length >= 2) writeTargets(f, [ops[ops.length - 1]], 'ln replaces');
};

export const perms: Rule = (f) => {
  const ops = operands(f.args);
  const mode = f.program === 'chmod' ? ops.shift() : f.program === 'chown' || f.program === 'chgrp' ? ops.shift() : undefined;
  const recursive = /R/.test(shortFlags(f.args)) || has(f.args, '--recursive');
  const tightening = f.program === 'chmod' && !!mode && /^(0?[0-7]00|0?[4-7][0-5]0|0?[4-7][0-5][0-5]|[ugoa]*-[rwxst]+)$/.test(mode.text) && !/7$|6$/.test(mode.text);
  for (const t of ops) {
    const v = f.path(t);
    if (tightening && v.level !== 'system' && v.level !== 'broad' && v.level !== 'device') {
      f.add(0.05, 'local_edit', true, 'permissions', `chmod ${mode!.text} restricts access to ${t.text}`);
    } else if (v.write_risk >= 0.7) {
      f.add(Math.min(1, v.write_risk + (recursive ? 0.05 : 0)), 'critical', false, 'permissions', `${f.program}${recursive ? ' -R' : ''} changes permissions on ${t.text}: ${v.reason}`);
    } else if (mode && /(777|666|o\+w|a\+w)/.test(mode.text)) {
      f.add(0.5, 'local_edit', true, 'permissions', `${f.program} ${mode.text} makes ${t.text} writable by everyone`);
    } else f.add(0.08, 'local_edit', true, 'permissions', `${f.program} ${mode?.text ?? ''} ${t.text}`.replace(/\s+/g, ' '));
  }
};
