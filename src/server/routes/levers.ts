import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import { levers, setLevers } from '../../core/levers.js';
import { parseInput } from '../../core/validate.js';
import type { RouteGroup } from '../context.js';

// The gateway benchmark's switch for performance levers (src/core/levers.ts): it turns one off and
// on again inside the running process to measure what it is worth. The route exists only when the
// process started with SWITCHYARD_BENCH_LEVERS=1 (otherwise 404), and needs an admin token.
// Both answers carry the process's CPU time so far (µs, all threads): the bench reads it around
// short runs, finer than /proc's 10 ms ticks.

const body = z.record(z.string(), z.boolean());

function cpuUs(): number {
  const c = process.cpuUsage();
  return c.user + c.system;
}

export const leverRoutes: RouteGroup = (app, ctx) => {
  if (process.env.SWITCHYARD_BENCH_LEVERS !== '1') return;

  app.get('/v1/admin/levers', async (req) => {
    ctx.auth.requireAdmin(req);
    return { levers, cpu_us: cpuUs() };
  });

  app.post('/v1/admin/levers', async (req) => {
    ctx.auth.requireAdmin(req);
    const changes = parseInput(body, req.body ?? {}, 'body');
    const unknown = Object.keys(changes).find((name) => !(name in levers));
    if (unknown) throw new InvalidRequestError(`unknown lever "${unknown}" (known: ${Object.keys(levers).join(', ') || 'none'})`, unknown);
    setLevers(changes);
    return { levers, cpu_us: cpuUs() };
  });
};
