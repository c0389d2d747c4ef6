import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import { firewallService } from '../../firewall/service-of.js';
import { DECIDED_CHANNEL } from '../../firewall/notify/replica-service.js';
import { notificationsOf } from '../../store/notify.js';
import { beginSse } from '../reply-helpers.js';
import type { RouteGroup } from '../context.js';

// The console's view of approvals, beyond the /v1/approvals API (approver or admin):
// GET /ui/api/approvals/history: answered and expired approvals, newest first.
// GET /ui/api/approvals/events: the approvals queue, live, as server-sent events (approver or
// admin). `pending` carries each new approval opened here; `decided` the id of one answered by any
// replica (store notifications); `sync` the ids still pending, every few seconds, which covers
// approvals opened by other replicas and ones that expired.

const SYNC_MS = 5_000;
const HEARTBEAT_MS = 20_000;

const historyQuery = z
  .object({
    status: z.enum(['pending', 'approved', 'denied', 'expired']).optional(),
    session_id: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

const decideBody = z
  .object({
    answer: z.enum(['once', 'session', 'always', 'deny']),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

export const consoleApprovalsRoutes: RouteGroup = (app, ctx) => {
  // POST /ui/api/approvals/:id/decide: one answer with an optional note. The store has no note
  // column, so the note travels with the approver's identity in decided_by.
  app.post<{ Params: { id: string } }>('/ui/api/approvals/:id/decide', async (req) => {
    const who = ctx.auth.requireApprover(req);
    const body = parseInput(decideBody, req.body ?? {});
    const by = body.note ? `${who}: ${body.note.replace(/\s+/g, ' ')}` : who;
    return firewallService(ctx).decide(req.params.id, body.answer, by);
  });

  // GET /ui/api/approvals/:id/conversation: the latest recorded turn of the approval's session, so
  // an approver sees what the agent was asked before answering. Approvers get this one conversation,
  // not the stored-data scope (reader tokens) that lists every session's prompts.
  app.get<{ Params: { id: string } }>('/ui/api/approvals/:id/conversation', async (req) => {
    ctx.auth.requireApprover(req);
    const approval = await ctx.store.firewall.getApproval(req.params.id);
    if (!approval) throw new NotFoundError(`no approval ${req.params.id}`, 'id');
    if (!approval.session_id) return { inference: null };
    const latest = async () => (await ctx.store.queryInferences({ session_id: approval.session_id!, limit: 1 })).items[0];
    // The turn that produced the call may still sit in the write batch.
    const inference = (await latest()) ?? (await ctx.store.flush().catch(() => undefined), await latest());
    return { inference: inference ?? null };
  });

  app.get('/ui/api/approvals/history', async (req) => {
    ctx.auth.requireApprover(req);
    const q = parseInput(historyQuery, req.query, 'query');
    await firewallService(ctx).expireDue();
    const rows = await ctx.store.firewall.listApprovals({ status: q.status, session_id: q.session_id || undefined, limit: q.limit });
    return { data: q.status ? rows : rows.filter((a) => a.status !== 'pending') };
  });

  const open = new Set<ServerResponse>();
  // Streams never finish on their own; end them so the server can close.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get('/ui/api/approvals/events', async (req, reply) => {
    ctx.auth.requireApprover(req);
    const svc = firewallService(ctx);
    reply.header('x-accel-buffering', 'no');
    const res = beginSse(reply);
    open.add(res);
    const send = (event: string, data: unknown) => {
      if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    let lastIds = '';
    const sync = async () => {
      const ids = (await svc.listPending()).map((a) => a.id);
      const key = ids.join(',');
      if (key !== lastIds) send('sync', { pending: ids });
      lastIds = key;
    };
    const offPending = svc.onPending((a) => send('pending', a));
    const offDecided = await notificationsOf(ctx.store)
      .subscribe(DECIDED_CHANNEL, (id) => send('decided', { id }))
      .catch(() => async () => undefined);
    const syncTimer = setInterval(() => void sync().catch(() => undefined), SYNC_MS);
    const beat = setInterval(() => !res.writableEnded && res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    res.once('close', () => {
      open.delete(res);
      clearInterval(syncTimer);
      clearInterval(beat);
      offPending();
      void offDecided();
    });
    res.write('retry: 2000\n\n');
    await sync().catch(() => undefined);
  });
};
