import type { RouteGroup } from '../context.js';
import { parseEmbeddingBody } from '../embeddings/request.js';
import { renderEmbeddings } from '../embeddings/render.js';
import { requestMeta } from '../request-meta.js';
import { abortOnDisconnect, setGatewayHeaders } from '../reply-helpers.js';

// OpenAI-compatible POST /v1/embeddings, through the same routes, models, fallbacks and records
// as chat (recorded with kind "embedding"; vectors themselves are not stored).

export const embeddingRoutes: RouteGroup = (app, ctx) => {
  app.post('/v1/embeddings', async (req, reply) => {
    ctx.auth.requireClient(req);
    const request = parseEmbeddingBody(req.body);
    const abort = abortOnDisconnect(req, reply);
    const result = await ctx.gateway.embed(request, requestMeta(req, undefined, abort));
    setGatewayHeaders(reply, result);
    return renderEmbeddings(result.response, result.response.model || result.target.provider.model, request.encoding_format);
  });
};
