import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { DeleteCounts } from '../../store/feedback-types.js';
import { withStore } from '../open-store.js';

const summary = (c: DeleteCounts) =>
  `${c.inferences} inferences${Object.entries(c.related)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `, ${n} ${t}`)
    .join('')}`;

export function register(program: Command): void {
  const ep = program.command('episodes').description('episodes (agent sessions): privacy deletion and retention');

  ep.command('delete <session-id>')
    .description('delete everything of one episode: inferences, attempts, feedback, firewall records, datapoints made from it')
    .option('-c, --config <file>', 'config file')
    .action(async (id: string, f: { config?: string }) => {
      await withStore(f.config, async (store) => {
        const counts = await store.feedback.deleteEpisode(id);
        if (counts.inferences === 0 && Object.values(counts.related).every((n) => n === 0)) throw new Error(`no episode ${id}`);
        process.stdout.write(`deleted episode ${id}: ${summary(counts)}\n`);
      });
    });

  ep.command('purge')
    .description('delete inferences (and their data) older than --days, or storage.retention_days')
    .option('-c, --config <file>', 'config file')
    .option('--days <n>', 'retention window in days', (v) => {
      const n = Number(v);
      if (!(n > 0)) throw new InvalidArgumentError('days must be a positive number');
      return n;
    })
    .action(async (f: { config?: string; days?: number }) => {
      await withStore(f.config, async (store, config) => {
        const days = f.days ?? config.storage.retention_days;
        if (!days) throw new Error('give --days or set storage.retention_days');
        const before = new Date(Date.now() - days * 86_400_000).toISOString();
        process.stdout.write(`deleted data before ${before}: ${summary(await store.feedback.deleteOlderThan(before))}\n`);
      });
    });
}
