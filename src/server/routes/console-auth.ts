import { z } from 'zod';
import { AuthenticationError, PermissionDeniedError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import { assertSameOrigin } from '../console/sessions.js';
import type { RouteGroup } from '../context.js';

// Web console sign-in. Admin and approver tokens (configured, or the generated .switchyard/*-token
// files) become a session cookie; a gateway key, which is what an agent holds, never does.

const loginBody = z
  .object({
    token: z.string().trim().min(1, 'paste an admin or approver token').max(1000),
    name: z.string().trim().max(100).optional().describe('recorded with your decisions'),
  })
  .strict();

export const consoleAuthRoutes: RouteGroup = (app, ctx) => {
  const { sessions } = ctx.auth;

  app.post('/ui/api/login', async (req, reply) => {
    // Sign-in changes which account the browser acts as, so it is held to the same-origin rule too.
    assertSameOrigin(req, ctx.config.server.public_url);
    const body = parseInput(loginBody, req.body ?? {});
    const found = ctx.auth.identify(body.token);
    if (found === 'gateway_key') throw new PermissionDeniedError('a gateway (agent) key cannot sign in to the console; use an admin or approver token');
    if (!found) throw new AuthenticationError('unknown token: use an admin or approver token (see .switchyard/admin-token and approver-token)');
    let session = sessions.fromRequest(req);
    for (const { role, label } of found) session = sessions.open(role, label, body.name || null, session);
    sessions.setCookie(req, reply, session!);
    return view(session!);
  });

  app.post('/ui/api/logout', async (req, reply) => {
    assertSameOrigin(req, ctx.config.server.public_url);
    const s = sessions.fromRequest(req);
    if (s) sessions.close(s.id);
    sessions.clearCookie(req, reply);
    return { signed_out: true };
  });

  app.get('/ui/api/me', async (req) => {
    const s = sessions.fromRequest(req);
    if (!s) throw new AuthenticationError('not signed in');
    return view(s);
  });
};

function view(s: { roles: string[]; name: string | null; expires_at: number }) {
  return { roles: s.roles, name: s.name, expires_at: new Date(s.expires_at).toISOString() };
}
