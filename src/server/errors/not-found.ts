import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../core/errors.js';
import type { AppContext } from '../context.js';
import { reportError } from './handler.js';
import { renderAnthropicError } from './render-anthropic.js';
import { renderOpenAiError } from './render-openai.js';

// A 404 for an unknown path that says what does exist, built from the routes actually registered
// (so it can never go stale), in the wire format the client speaks.

/** Records every route registered after this call; call before registering the route groups. */
export function collectEndpoints(app: FastifyInstance): string[] {
  const endpoints: string[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      // HEAD twins of GET routes are not endpoints a client would look for.
      if (m === 'HEAD' || m === 'OPTIONS') continue;
      const e = `${m} ${route.url.replace(/\*$/, '{id}')}`;
      if (!endpoints.includes(e)) endpoints.push(e);
    }
  });
  return endpoints;
}

export function notFoundHandler(ctx: AppContext, endpoints: readonly string[]) {
  return (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0];
    const err = new NotFoundError(`no route ${req.method} ${path}; this gateway serves ${ordered(endpoints).join(', ')}`, undefined, 'unknown_endpoint');
    const anthropic = req.headers['anthropic-version'] !== undefined || path.startsWith('/v1/messages');
    const out = (anthropic ? renderAnthropicError : renderOpenAiError)(err);
    reportError(ctx, req, out.status, err);
    return reply.status(out.status).send(out.body);
  };
}

// Model endpoints first: they are what a misconfigured client was looking for.
const MODEL_API = /^(POST|GET|DELETE) \/v1\/(chat\/completions|completions|messages|responses|embeddings|models)\b/;

function ordered(endpoints: readonly string[]): string[] {
  return [...endpoints.filter((e) => MODEL_API.test(e)), ...endpoints.filter((e) => !MODEL_API.test(e))];
}
