import { NotFoundError } from '../../core/errors.js';
import { loadEpisode } from '../../feedback/episode.js';
import { parseInferenceFilter } from '../../feedback/query.js';
import { startRetentionSweep } from '../../store/retention.js';
import type { RouteGroup } from '../context.js';
import type { Store } from '../../store/types.js';

/** A read never hangs on a stalled store: it waits at most 10 s for the write batch (a healthy one takes milliseconds). */
async function flushBriefly(store: Store): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([store.flush().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 10_000)))]);
  clearTimeout(timer);
}

export const inferenceRoutes: RouteGroup = (app, ctx) => {
  // storage.retention_days: this group owns stored inferences, so it also runs their sweep.
  const days = ctx.config.storage.retention_days;
  if (days) {
    const retention = startRetentionSweep(ctx.store, days, { logger: ctx.logger });
    app.addHook('onClose', () => retention.stop());
  }

  app.get('/v1/inferences', async (req) => {
    ctx.auth.requireReader(req);
    const page = await ctx.store.queryInferences(parseInferenceFilter(req.query));
    return { object: 'list', data: page.items, next_cursor: page.next_cursor };
  });

  app.get<{ Params: { id: string } }>('/v1/inferences/:id', async (req) => {
    ctx.auth.requireReader(req);
    // A just-finished inference may still sit in the write batch: flush once before saying 404.
    const inference = (await ctx.store.getInference(req.params.id)) ?? (await flushBriefly(ctx.store), await ctx.store.getInference(req.params.id));
    if (!inference) throw new NotFoundError(`no inference ${req.params.id}`, 'id');
    const [attempts, feedback] = await Promise.all([ctx.store.listAttempts(inference.id), ctx.store.feedback.listForTarget('inference', inference.id)]);
    return { ...inference, attempts, feedback };
  });

  app.get<{ Params: { id: string } }>('/v1/episodes/:id', async (req) => {
    ctx.auth.requireReader(req);
    const episode = (await loadEpisode(ctx.store, req.params.id)) ?? (await flushBriefly(ctx.store), await loadEpisode(ctx.store, req.params.id));
    if (!episode) throw new NotFoundError(`no episode ${req.params.id}`, 'id');
    return episode;
  });

  // Privacy requests: everything of one episode goes, wherever it was attached.
  app.delete<{ Params: { id: string } }>('/v1/episodes/:id', async (req) => {
    ctx.auth.requireAdmin(req);
    await ctx.store.flush();
    const counts = await ctx.store.feedback.deleteEpisode(req.params.id);
    if (counts.inferences === 0 && Object.values(counts.related).every((n) => n === 0)) throw new NotFoundError(`no episode ${req.params.id}`, 'id');
    return { id: req.params.id, deleted: true, counts };
  });
};
