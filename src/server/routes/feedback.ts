import { NotFoundError } from '../../core/errors.js';
import { buildFeedback, parseFeedbackBody } from '../../feedback/validate.js';
import type { RouteGroup } from '../context.js';
import type { ExampleService } from '../../optimize/examples/service.js';

export const feedbackRoutes: RouteGroup = (app, ctx) => {
  app.post('/v1/feedback', async (req) => {
    ctx.auth.requireClient(req);
    const body = parseFeedbackBody(req.body);
    // Values, comments and demonstrations are free text from the client: stored redacted.
    const row = ctx.store.redactor.value(await buildFeedback(body, ctx.config.metrics, ctx.store));
    const { feedback, created } = await ctx.store.feedback.add(row);
    // Good ratings grow the example pools of dynamic in-context examples; never delays the reply.
    const examples = ctx.services.examples as ExampleService | undefined;
    if (created && examples) void examples.onFeedback(feedback).catch((err) => ctx.logger.warn({ err }, 'examples: could not add rated inference'));
    return { feedback_id: feedback.id, created };
  });

  app.get<{ Params: { id: string } }>('/v1/feedback/:id', async (req) => {
    ctx.auth.requireReader(req);
    const fb = await ctx.store.feedback.get(req.params.id);
    if (!fb) throw new NotFoundError(`no feedback ${req.params.id}`, 'id');
    return fb;
  });
};
