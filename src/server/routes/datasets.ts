import { parseInput } from '../../core/validate.js';
import { z } from 'zod';
import { InvalidRequestError, NotFoundError } from '../../core/errors.js';
import { buildFromQuery } from '../../datasets/build.js';
import { datapointSchema } from '../../datasets/jsonl.js';
import { parseInferenceFilter } from '../../feedback/query.js';
import type { DatapointInput, DatasetChange } from '../../store/dataset-types.js';
import type { RouteGroup } from '../context.js';

// Datasets over HTTP. Reading needs a gateway key; making versions needs an admin token.

const changeSchema = z
  .object({
    add: z.array(datapointSchema).max(10_000).optional(),
    remove: z.array(z.string()).max(10_000).optional(),
    edit: z.array(z.object({ id: z.string(), patch: datapointSchema.partial() })).max(10_000).optional(),
    note: z.string().max(1000).optional(),
  })
  .strict();

const fromQuerySchema = z.object({ filter: z.record(z.string(), z.unknown()).default({}), use_demonstrations: z.boolean().optional(), note: z.string().max(1000).optional() }).strict();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  return parseInput(schema, body ?? {});
}

export const datasetRoutes: RouteGroup = (app, ctx) => {
  app.get('/v1/datasets', async (req) => {
    ctx.auth.requireReader(req);
    return { object: 'list', data: await ctx.store.datasets.list() };
  });

  app.get<{ Params: { name: string } }>('/v1/datasets/:name', async (req) => {
    ctx.auth.requireReader(req);
    const versions = await ctx.store.datasets.listVersions(req.params.name);
    if (!versions.length) throw new NotFoundError(`no dataset ${req.params.name}`, 'name');
    return { name: req.params.name, latest: versions[versions.length - 1], versions };
  });

  app.get<{ Params: { name: string }; Querystring: { version?: string; cursor?: string; limit?: string } }>('/v1/datasets/:name/datapoints', async (req) => {
    ctx.auth.requireReader(req);
    const version = req.query.version === undefined ? undefined : Number(req.query.version);
    if (version !== undefined && !Number.isInteger(version)) throw new InvalidRequestError('version must be an integer', 'version');
    const limit = req.query.limit === undefined ? undefined : Number(req.query.limit);
    if (!(await ctx.store.datasets.getVersion(req.params.name, version))) throw new NotFoundError(`no dataset ${req.params.name}${version ? `@${version}` : ''}`, 'name');
    const page = await ctx.store.datasets.listDatapoints(req.params.name, { version, cursor: req.query.cursor, limit });
    return { object: 'list', data: page.items, next_cursor: page.next_cursor };
  });

  app.post<{ Params: { name: string } }>('/v1/datasets/:name/versions', async (req) => {
    ctx.auth.requireAdmin(req);
    const change = parse(changeSchema, req.body) as DatasetChange;
    if (!change.add?.length && !change.remove?.length && !change.edit?.length) throw new InvalidRequestError('a new version needs add, remove or edit', 'body');
    change.add = change.add?.map((d) => normalize(d as DatapointInput));
    return ctx.store.datasets.commit(req.params.name, change);
  });

  app.post<{ Params: { name: string } }>('/v1/datasets/:name/from-query', async (req) => {
    ctx.auth.requireAdmin(req);
    const body = parse(fromQuerySchema, req.body);
    const query = parseInferenceFilter(body.filter);
    await ctx.store.flush();
    return buildFromQuery(ctx.store, req.params.name, query, { useDemonstrations: body.use_demonstrations, note: body.note });
  });
};

/** An OpenAI-style line whose last message is the assistant's answer: that answer is the output. */
function normalize(d: DatapointInput): DatapointInput {
  const messages = d.messages.map((m) => ({ ...m, content: m.content ?? null }));
  if (d.output === undefined && messages.length > 1 && messages[messages.length - 1].role === 'assistant') return { ...d, messages: messages.slice(0, -1), output: messages[messages.length - 1] };
  return { ...d, messages };
}
