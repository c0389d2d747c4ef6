import { credentialSearch } from '../../rules/secret-reveal.js';
import { flagValue, has, operands, readOnly, type Rule } from './types.js';

// Commands whose output is a stored credential's value: the macOS keychain asked for the password
// itself (`-w`, `-g`), a password manager's item shown, and a text search for what has a private
// key's or an access token's shape that prints its matches. Listing, attributes and file lists run.

const reveal = (f: Parameters<Rule>[0], what: string) => f.add(0.62, 'read_only', true, 'secret_read', `${f.program} ${what}`);

export const keychain: Rule = (f) => {
  const sub = f.args[0]?.text ?? '';
  if (/^find-(?:generic|internet)-password$/.test(sub) && has(f.args, '-w', '-g')) reveal(f, `${sub} prints the stored password`);
  else if (sub === 'dump-keychain' && has(f.args, '-d')) reveal(f, 'dump-keychain -d prints every stored secret');
};

export const passwordManager: Rule = (f) => {
  const [sub, obj] = operands(f.args).map((a) => a.text);
  const shows =
    (f.program === 'op' && (sub === 'read' || (sub === 'item' && obj === 'get' && (has(f.args, '--reveal') || f.args.some((a) => /^--fields/.test(a.text)))))) ||
    (f.program === 'bw' && sub === 'get' && /^(?:password|item|totp|notes)$/.test(obj ?? '')) ||
    // `pass show folder/` (or no entry at all) prints the tree of entry names, not a password.
    ((f.program === 'pass' || f.program === 'gopass') && (sub === 'show' ? !!obj && !obj.endsWith('/') : !!sub && !sub.endsWith('/') && !/^(?:ls|list|find|search|init|git|insert|generate|edit|rm|mv|cp|help|version)$/.test(sub))) ||
    (f.program === 'secret-tool' && sub === 'lookup');
  if (shows) reveal(f, `${sub ?? ''} shows a stored secret`.replace(/\s+/, ' '));
};

/** grep/rg/ag/ack: a read, unless it looks for credential values and prints the lines it finds. */
export const textSearch: Rule = (f) => {
  readOnly(f);
  const listsOnly = f.args.some((a) => /^(?:-[A-Za-z]*[lLc][A-Za-z]*|--files-with(?:out)?-matches|--count|--files)$/.test(a.text));
  if (listsOnly) return;
  const ops = operands(f.args).map((a) => a.text);
  const flagged = flagValue(f.args, '-e', '--regexp');
  const found = credentialSearch(flagged ?? ops[0], true, flagged ? ops.filter((x) => x !== flagged) : ops.slice(1));
  for (const x of found) f.add(x.risk, x.cls, x.reversible, x.category, `${f.program} ${x.reason}`);
};
