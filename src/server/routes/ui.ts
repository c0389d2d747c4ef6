import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RouteGroup } from '../context.js';

// Serves the web console's built files (ui/ -> dist/ui/, built at install time) at /ui. The folder
// is small, so it is read once at start-up and kept in memory with a gzip copy of each file.
// Hashed assets are cached for a year; index.html is revalidated on every load.

// From src/server/routes/ (tsx) and from dist/server/routes/ (built) alike this is <root>/dist/ui.
const UI_DIST = fileURLToPath(new URL('../../../dist/ui/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// Images in recorded conversations are shown only when inline (data:), so opening a conversation
// never makes the browser fetch a URL an agent or user put there. No framing: the page approves things.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
  immutable: boolean;
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(join(dir, 'index.html'))) return assets;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const rel = relative(dir, path).split(sep).join('/');
        const body = readFileSync(path);
        const type = TYPES[extname(name)] ?? 'application/octet-stream';
        const zipped = /^(text|image\/svg|application\/json)/.test(type) && body.length > 512 ? gzipSync(body, { level: 9 }) : null;
        assets.set(rel, { body, gzip: zipped, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, immutable: rel.startsWith('assets/') });
      }
    }
  };
  walk(dir);
  return assets;
}

function send(req: FastifyRequest, reply: FastifyReply, a: Asset) {
  reply
    .header('content-type', a.type)
    .header('etag', a.etag)
    .header('vary', 'accept-encoding')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', a.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (a.type.startsWith('text/html')) {
    reply.header('content-security-policy', CSP).header('x-frame-options', 'DENY').header('referrer-policy', 'no-referrer');
  }
  if (req.headers['if-none-match'] === a.etag) return reply.status(304).send();
  if (a.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(a.gzip);
  return reply.send(a.body);
}

export const uiRoutes: RouteGroup = (app, ctx) => {
  const assets = loadAssets(UI_DIST);
  if (assets.size === 0) ctx.logger.warn({ dir: UI_DIST }, 'web console not built (npm run build:ui); /ui answers 503');

  app.get('/ui', async (_req, reply) => reply.redirect('/ui/', 301));
  app.get<{ Params: { '*': string } }>('/ui/*', async (req, reply) => {
    const path = req.params['*'] || 'index.html';
    const index = assets.get('index.html');
    if (!index) {
      return reply.status(503).send({ error: { message: 'the web console is not built: run `npm run build:ui`', type: 'server_error', code: 'console_not_built', param: null } });
    }
    const a = assets.get(path);
    if (a) return send(req, reply, a);
    // Unknown assets are 404s; any other path is a page of the single-page app.
    if (path.startsWith('assets/') || path.startsWith('api/')) {
      return reply.status(404).send({ error: { message: `no file ${req.url}`, type: 'not_found_error', code: 'not_found', param: null } });
    }
    return send(req, reply, index);
  });
};
