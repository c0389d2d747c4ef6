import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { importHermes, formatSummary } from '../../integrations/hermes/import/importer.js';
import { SessionDbError } from '../../integrations/hermes/import/session-db.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/types.js';
import { exitOnConfigError, loadCliConfig } from '../load-config.js';

export function register(program: Command): void {
  const imp = program.command('import').description('import session data from another agent');
  imp
    .command('hermes')
    .description('import a Hermes SessionDB (sessions -> episodes, messages -> turns) and batch-runner trajectories (-> datapoints)')
    .option('--state-db <file>', 'Hermes state.db (opened read-only)')
    .option('--trajectories <files...>', 'trajectory JSONL files')
    .option('--config <file>', 'switchyard.yaml whose storage to import into (default: SWITCHYARD_CONFIG or ./switchyard.yaml)')
    .action(async (opts: { stateDb?: string; trajectories?: string[]; config?: string }) => {
      if (!opts.stateDb && !opts.trajectories?.length) {
        process.stderr.write('error: give --state-db and/or --trajectories\n');
        process.exit(2);
      }
      let store: Store | undefined;
      try {
        const { config } = loadCliConfig(opts.config);
        store = await openStore(config.storage);
        const tty = process.stderr.isTTY === true;
        let bar: SingleBar | undefined;
        let phase = '';
        const summary = await importHermes({
          stateDb: opts.stateDb,
          trajectories: opts.trajectories,
          repo: store.imports,
          datasets: store.datasets,
          onProgress: (p, done, total) => {
            if (!tty) return;
            if (p !== phase) {
              bar?.stop();
              phase = p;
              bar = new SingleBar({ format: `${p.padEnd(12)} [{bar}] {value}/{total}`, stream: process.stderr, clearOnComplete: false }, Presets.shades_classic);
              bar.start(total, 0);
            }
            bar?.setTotal(total);
            bar?.update(done);
          },
        });
        bar?.stop();
        process.stdout.write(formatSummary(summary));
      } catch (err) {
        if (err instanceof SessionDbError || (err instanceof Error && err.message.startsWith('cannot read trajectories'))) {
          process.stderr.write(`error: ${err.message}\n`);
          process.exitCode = 1;
        } else exitOnConfigError(err);
      } finally {
        await store?.close();
      }
    });
}
