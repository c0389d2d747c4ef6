import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { loadEvalFile } from '../../evals/schema/eval-file.js';
import { parseMetricFilter } from '../../optimize/data.js';
import { runOptimize } from '../../optimize/pipeline.js';
import { markdownReport, runsTable, variantYaml } from '../../optimize/report.js';
import { NotFoundError } from '../../core/errors.js';
import { withStore } from '../open-store.js';
import { loadCliConfig } from '../load-config.js';
import { timeArg } from '../query-options.js';
import { resolveAdminToken } from './canary.js';
import { positiveInt } from '../number-args.js';

// `switchyard optimize ROUTE ...`: stored traffic + feedback -> candidate variant (+ report), and
// with --then eval --then canary the whole loop. `optimize status|show` read stored runs.
// Exit codes: 0 done (every requested step passed), 2 the offline eval rejected the candidate, 1 error.

interface OptimizeFlags {
  config?: string;
  method: 'dicl' | 'fewshot' | 'prompt';
  metric?: string;
  examplesFrom?: string;
  since?: string;
  dataset?: string;
  name?: string;
  control?: string;
  testFraction: number;
  seed: number;
  k?: number;
  similarity?: 'bm25' | 'embeddings';
  embeddingModel?: string;
  as?: 'system' | 'messages';
  shots?: number;
  candidates?: number;
  dev?: number;
  budget?: number;
  proposer?: string;
  evalFile?: string;
  then: string[];
  requireBetter?: boolean;
  canarySteps: number[];
  rollout?: string;
  gatewayUrl?: string;
  token?: string;
  out?: string;
  report?: string;
  json?: string;
  cache: boolean;
  cacheDir: string;
  runsDir: string;
  concurrency?: number;
  progress: boolean;
}

const fraction = (v: string) => {
  const n = Number(v);
  if (!(n > 0 && n < 1)) throw new InvalidArgumentError(`must be between 0 and 1, got "${v}"`);
  return n;
};
const steps = (v: string) => {
  const xs = v.split(',').map(Number);
  if (!xs.length || xs.some((x) => !(x > 0 && x <= 1)) || xs.some((x, i) => i > 0 && x <= xs[i - 1])) throw new InvalidArgumentError(`steps must be increasing fractions in (0, 1], e.g. 0.1,0.25,0.5,1; got "${v}"`);
  return xs;
};
const collect = (v: string, prev: string[]) => {
  if (v !== 'eval' && v !== 'canary') throw new InvalidArgumentError(`--then takes eval or canary, got "${v}"`);
  return [...prev, v];
};

export function register(program: Command): void {
  const cmd = program
    .command('optimize')
    .description('turn rated traffic into a better variant (dynamic examples, few-shot, prompt search), check it offline, start its canary')
    .argument('[route]', 'the route to optimize')
    .option('-c, --config <file>', 'gateway config (default: $SWITCHYARD_CONFIG, ./switchyard.yaml); --then canary writes into it')
    .addOption(new Option('-m, --method <method>', 'dicl: k similar good examples per request; fewshot: fixed demonstrations chosen by eval; prompt: LLM-proposed system prompt').choices(['dicl', 'fewshot', 'prompt']).default('dicl'))
    .option('--metric <filter>', 'good examples: feedback metric filter, e.g. task_success=true or quality>=0.8')
    .option('--examples-from <filter>', 'dicl: take examples from this metric filter instead of --metric (held-out items still come from --metric)')
    .option('--since <time>', 'only inferences since (ISO time or 7d, 24h)')
    .option('--dataset <name>', 'use a stored dataset instead of rated traffic (fewshot, prompt)')
    .option('--name <variant>', 'name of the candidate variant (default optimized-<method>)')
    .option('--control <variant>', 'the current variant to improve on (default: the heaviest)')
    .option('--test-fraction <x>', 'held-out share for the offline eval', fraction, 0.3)
    .option('--seed <n>', 'split and search seed', (v) => Number.parseInt(v, 10), 1)
    .option('-k, --k <n>', 'dicl: examples per request', positiveInt('-k'))
    .addOption(new Option('--similarity <kind>', 'dicl: how examples are matched').choices(['bm25', 'embeddings']))
    .option('--embedding-model <name>', 'dicl: route or model serving embeddings (with --similarity embeddings)')
    .addOption(new Option('--as <placement>', 'dicl/fewshot: a system block or prior turns').choices(['system', 'messages']))
    .option('--shots <n>', 'fewshot: most demonstrations', positiveInt('--shots'))
    .option('--candidates <n>', 'fewshot: demonstrations tried; prompt: proposals', positiveInt('--candidates'))
    .option('--dev <n>', 'fewshot/prompt: train items each candidate is scored on', positiveInt('--dev'))
    .option('--budget <n>', 'fewshot/prompt: most model calls for the search', positiveInt('--budget'))
    .option('--proposer <route>', 'prompt: the route or model that proposes prompt edits')
    .option('--eval-file <file>', 'take the offline eval\'s evaluators from this eval file (default: tool_call on tool answers, else exact_match)')
    .option('--then <step>', 'continue with eval, then canary (repeatable, in that order)', collect, [])
    .option('--require-better', 'the offline eval must find a significant improvement (default: not worse)')
    .option('--canary-steps <list>', 'canary rollout steps', steps, [0.1, 0.25, 0.5, 1])
    .option('--rollout <json>', 'extra rollout settings, e.g. {"min_sessions_per_arm":500}')
    .option('--gateway-url <url>', 'after writing the canary, ask this gateway to reload its config')
    .option('--token <token>', 'admin token for --gateway-url (default: $SWITCHYARD_ADMIN_TOKEN, .switchyard/admin-token)')
    .option('-o, --out <file>', 'write the variant (YAML config fragment) here')
    .option('--report <file>', 'write the markdown report here')
    .option('--json <file>', 'write the run (JSON) here')
    .option('--no-cache', 'do not use or write the eval result cache (searches then cannot resume)')
    .option('--cache-dir <dir>', 'eval result cache for searches and the offline eval', '.switchyard/optimize-cache')
    .option('--runs-dir <dir>', 'where the offline eval report is stored (switchyard eval show)', '.switchyard/eval-runs')
    .option('--concurrency <n>', 'parallel model calls', positiveInt('--concurrency'))
    .option('--no-progress', 'no progress bar')
    .action(async (route: string | undefined, f: OptimizeFlags) => {
      if (!route) {
        process.stderr.write('give the route to optimize (or use `switchyard optimize status|show`)\n');
        process.exit(1);
      }
      let exit = 0;
      await withStore(f.config, async (store, config) => {
        const loaded = loadCliConfig(f.config);
        const bar = f.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: '{label} [{bar}] {value}/{total} calls', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
        let label = '';
        const abort = new AbortController();
        const onSigint = () => abort.abort();
        process.once('SIGINT', onSigint);
        try {
          const run = await runOptimize({
            config, configFile: loaded.isDefault ? null : loaded.file, store, route, method: f.method, name: f.name, control: f.control,
            source: f.metric ? parseMetricFilter(f.metric, f.since ? timeArg(f.since) : undefined) : undefined,
            examplesSource: f.examplesFrom ? parseMetricFilter(f.examplesFrom, f.since ? timeArg(f.since) : undefined) : undefined,
            dataset: f.dataset, testFraction: f.testFraction, seed: f.seed,
            examples: { k: f.k, similarity: f.similarity, embedding_model: f.embeddingModel, as: f.as },
            fewshot: { shots: f.shots, candidates: f.candidates, dev: f.dev, budget: f.budget },
            prompt: { proposer: f.proposer, candidates: f.candidates, dev: f.dev, budget: f.budget },
            evaluators: f.evalFile ? loadEvalFile(f.evalFile).evaluators : undefined,
            then: f.then as Array<'eval' | 'canary'>, requireBetter: f.requireBetter,
            canary: { steps: f.canarySteps, rollout: f.rollout ? (JSON.parse(f.rollout) as Record<string, unknown>) : undefined, gatewayUrl: f.gatewayUrl, token: f.gatewayUrl ? resolveAdminToken({ token: f.token }) : undefined },
            cacheDir: f.cache ? f.cacheDir : null, evalRunsDir: f.runsDir, concurrency: f.concurrency, signal: abort.signal,
            onProgress: (l, done, total) => {
              if (!bar) return;
              if (l !== label) {
                if (label) bar.stop();
                label = l;
                bar.start(total, done, { label });
              } else bar.update(done);
            },
            onStep: (r) => {
              const s = r.steps[r.steps.length - 1];
              bar?.stop();
              label = '';
              process.stderr.write(`${s.step}: ${s.ok ? 'ok' : 'stopped'} - ${s.summary}\n`);
            },
          });
          bar?.stop();
          const yaml = variantYaml(run);
          if (f.out) writeFileSync(f.out, yaml);
          else process.stdout.write(yaml);
          if (f.report) writeFileSync(f.report, markdownReport(run));
          if (f.json) writeFileSync(f.json, `${JSON.stringify(run, null, 2)}\n`);
          process.stderr.write(`optimize run ${run.id}: ${run.status} (switchyard optimize show ${run.id.slice(0, 13)})\n`);
          if (run.status === 'rejected') exit = 2;
        } finally {
          bar?.stop();
          process.off('SIGINT', onSigint);
        }
      });
      if (exit) process.exitCode = exit;
    });

  cmd
    .command('status')
    .description('list optimize runs and where each stopped')
    .option('-c, --config <file>', 'gateway config (for the store)')
    .option('--route <name>', 'only runs of this route')
    .option('--limit <n>', 'most runs', positiveInt('--limit'), 20)
    .option('--json', 'print JSON')
    .action(async (f: { config?: string; route?: string; limit: number; json?: boolean }) => {
      // -c after the subcommand is parsed by `optimize` itself (it has the same option).
      await withStore(f.config ?? cmd.opts().config, async (store) => {
        const runs = await store.optimize.listRuns({ route: f.route, limit: f.limit });
        process.stdout.write(f.json ? `${JSON.stringify(runs, null, 2)}\n` : runsTable(runs));
      });
    });

  cmd
    .command('show <run>')
    .description('one optimize run: why, each step, the variant (id or unique prefix)')
    .option('-c, --config <file>', 'gateway config (for the store)')
    .option('--json', 'print the stored run as JSON')
    .option('--variant', 'print only the variant (YAML config fragment)')
    .action(async (id: string, f: { config?: string; json?: boolean; variant?: boolean }) => {
      await withStore(f.config ?? cmd.opts().config, async (store) => {
        const run = await store.optimize.getRun(id);
        if (!run) throw new NotFoundError(`no optimize run matches "${id}" (or the prefix is ambiguous)`, 'run');
        process.stdout.write(f.json ? `${JSON.stringify(run, null, 2)}\n` : f.variant ? variantYaml(run) : markdownReport(run));
      });
    });
}
