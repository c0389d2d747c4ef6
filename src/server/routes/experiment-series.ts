import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import { analyze } from '../../experiments/analysis.js';
import type { ExperimentsService } from '../../experiments/attach.js';
import { expectedShare, experimentsOf } from '../../experiments/settings.js';
import type { RouteGroup } from '../context.js';

// GET /v1/experiments/:name/series (admin): each guardrail of the current step over time, as the
// controller would have seen it: the analysis re-run on the samples up to each point, giving the
// tested margin (candidate minus its limit; above 0 is worse than allowed) with its always-valid
// confidence bounds. What the console plots; the report itself stays GET /v1/experiments/:name.

const seriesQuery = z.object({ points: z.coerce.number().int().min(2).max(200).default(30) }).strict();

/** A UUIDv7 starts with its creation time in milliseconds. */
const timeOfId = (id: string) => new Date(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toISOString();

export const experimentSeriesRoutes: RouteGroup = (app, ctx) => {
  app.get<{ Params: { name: string } }>('/v1/experiments/:name/series', async (req) => {
    ctx.auth.requireAdmin(req);
    const { points } = parseInput(seriesQuery, req.query, 'query');
    const def = experimentsOf(ctx.config).find((d) => d.name === req.params.name);
    if (!def) throw new NotFoundError(`no experiment ${req.params.name} (a route needs variants and a rollout)`, 'name');
    const report = await (ctx.services.experiments as ExperimentsService).controller.report(def.name);
    const samples = (await ctx.store.experiments.samples(def.name, report.step_started_at)).sort((a, b) => a.inference_id.localeCompare(b.inference_id));
    const r = def.rollout;
    const settings = { alpha: r.alpha, max_error_rate_ratio: r.max_error_rate_ratio, max_latency_ratio: r.max_latency_ratio, error_rate_tolerance: r.error_rate_tolerance, srm_alpha: r.srm_alpha };
    const share = expectedShare(def, report.candidate_weight);
    const cuts = [...new Set(Array.from({ length: points }, (_, i) => Math.round(((i + 1) * samples.length) / points)))].filter((n) => n > 0);
    const series = cuts.map((n) => {
      const a = analyze({ candidate: r.candidate, control: r.control, expectedShare: share, samples: samples.slice(0, n), settings });
      return {
        at: timeOfId(samples[n - 1].inference_id),
        samples: n,
        guardrails: Object.fromEntries(a.guardrails.map((g) => [g.metric, g.margin ? { estimate: g.margin.estimate, lower: g.margin.lower, upper: g.margin.upper, verdict: g.verdict } : null])),
        srm: { verdict: a.srm.verdict, observed_share: a.srm.observed_share },
      };
    });
    return { name: def.name, step: report.step, step_started_at: report.step_started_at, expected_share: share, points: series };
  });
};
