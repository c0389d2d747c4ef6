// Bundles the `switchyard-hook` bin (src/firewall/hooks/claude-code-entry.ts) into dist/hook/.
// Claude Code starts the hook once per tool call, so its start-up is the latency: one bundled
// file instead of ~75 modules to resolve and read. What only some runs need stays in chunks
// loaded on demand (the engine when no gateway answers, the config loader for --config), and the
// bash parser (mvdan-sh, 1.5 MB) stays a package loaded only for commands the simple lexer declines.
// Run by `npm run build` (tsx scripts/build-hook.ts); the hook tests call buildHook() so they run
// exactly what it produces.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HOOK_DIR = `${ROOT}dist/hook`;
export const HOOK_ENTRY = `${HOOK_DIR}/claude-code-entry.js`;

// The crisis screen indexes its ~800 cue regexes by their required literals when it loads
// (crisis/prefilter.ts), the largest single cost of a hook start. The answers are a pure function
// of each regex source, so the build computes them once with the same function and the bundle
// looks them up; a source the table lacks is computed as before. Without the expected signature
// the build warns and bundles prefilter.ts unchanged (correct, only slower to start).
const PREFILTER = /src[\\/]firewall[\\/]crisis[\\/]prefilter\.ts$/;
const SIGNATURE = 'export function requiredLiterals(src: string): string[] | null {';

function prefilterPlugin(inject: (source: string) => string): Plugin {
  return {
    name: 'switchyard-prefilter-literals',
    setup(b) {
      b.onLoad({ filter: PREFILTER }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(SIGNATURE)) {
          return { contents: source, loader: 'ts', warnings: [{ text: `requiredLiterals() signature changed; the hook bundle computes cue literals at start (update ${SIGNATURE} in scripts/build-hook.ts)` }] };
        }
        return { contents: inject(source), loader: 'ts' };
      });
    },
  };
}

const COMMON: BuildOptions = { absWorkingDir: ROOT, bundle: true, format: 'esm', platform: 'node', target: 'node20', external: ['mvdan-sh'], logLevel: 'warning' };

/** Loads the engine once with requiredLiterals() recording its inputs; returns every source and its answer. */
async function literalTable(): Promise<Array<[string, string[] | null]>> {
  const probe = `${HOOK_DIR}/.literals-probe.mjs`;
  await build({
    ...COMMON,
    stdin: { contents: "import './src/firewall/engine.ts';\nexport { requiredLiterals } from './src/firewall/crisis/prefilter.ts';", resolveDir: ROOT, loader: 'ts' },
    outfile: probe,
    plugins: [prefilterPlugin((s) => s.replace(SIGNATURE, `${SIGNATURE}\n  (globalThis as { __syLiteralSources?: Set<string> }).__syLiteralSources?.add(src);`))],
  });
  const g = globalThis as { __syLiteralSources?: Set<string> };
  g.__syLiteralSources = new Set();
  try {
    const m = (await import(pathToFileURL(probe).href)) as { requiredLiterals: (src: string) => string[] | null };
    return [...g.__syLiteralSources].map((src) => [src, m.requiredLiterals(src)]);
  } finally {
    delete g.__syLiteralSources;
    rmSync(probe, { force: true });
  }
}

export async function buildHook(): Promise<void> {
  rmSync(HOOK_DIR, { recursive: true, force: true });
  const table = JSON.stringify(await literalTable());
  await build({
    ...COMMON,
    entryPoints: ['src/firewall/hooks/claude-code-entry.ts'],
    outdir: HOOK_DIR,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS dependencies bundled into ESM (the config loader's) call require() for Node builtins.
    banner: { js: "import { createRequire as __syCreateRequire } from 'node:module'; const require = __syCreateRequire(import.meta.url);" },
    plugins: [
      prefilterPlugin((s) =>
        `${s.replace(SIGNATURE, `${SIGNATURE}\n  const known = PRECOMPUTED_LITERALS.get(src);\n  if (known !== undefined) return known && [...known];`)}\n` +
        `const PRECOMPUTED_LITERALS = new Map<string, string[] | null>(JSON.parse(${JSON.stringify(table)}));\n`),
    ],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildHook();
