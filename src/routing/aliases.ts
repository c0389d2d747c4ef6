import type { Config } from '../config/schema.js';

// model_aliases: other names for routes and models, so agents keep their default model names
// (claude-sonnet-4-5, gpt-5-codex...). Exact keys win; otherwise the first glob that matches, in
// the order the config lists them. `*` is any run of characters, `?` exactly one.

interface AliasMatch {
  /** The route or model the name maps to. */
  target: string;
  /** The alias key that matched (the name itself, or the glob). */
  alias: string;
}

type AliasResolver = (name: string) => AliasMatch | undefined;

const cache = new WeakMap<Config['model_aliases'], AliasResolver>();

function isGlob(key: string): boolean {
  return /[*?]/.test(key);
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function aliasResolver(aliases: Config['model_aliases']): AliasResolver {
  let r = cache.get(aliases);
  if (r) return r;
  const exact = new Map<string, string>();
  const globs: { re: RegExp; key: string; target: string }[] = [];
  for (const [key, target] of Object.entries(aliases)) {
    if (isGlob(key)) globs.push({ re: globToRegExp(key), key, target });
    else exact.set(key, target);
  }
  r = (name) => {
    const hit = exact.get(name);
    if (hit !== undefined) return { target: hit, alias: name };
    for (const g of globs) if (g.re.test(name)) return { target: g.target, alias: g.key };
    return undefined;
  };
  cache.set(aliases, r);
  return r;
}
