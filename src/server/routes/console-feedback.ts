import { buildFeedback, parseFeedbackBody } from '../../feedback/validate.js';
import type { RouteGroup } from '../context.js';

// POST /ui/api/feedback: feedback, a comment or a demonstration added by a person in the console
// (admin session). The same validation and store call as POST /v1/feedback, which takes a gateway
// key: a console session never stands in for an agent's key on writes.
export const consoleFeedbackRoutes: RouteGroup = (app, ctx) => {
  app.post('/ui/api/feedback', async (req) => {
    const who = ctx.auth.requireAdmin(req);
    const body = parseFeedbackBody(req.body);
    const row = await buildFeedback({ ...body, tags: { ...body.tags, source: 'console', by: who.slice(0, 200) } }, ctx.config.metrics, ctx.store);
    const { feedback, created } = await ctx.store.feedback.add(row);
    return { feedback_id: feedback.id, created };
  });
};
