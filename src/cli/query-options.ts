import { InvalidArgumentError, type Command } from 'commander';
import type { InferenceQuery } from '../store/types.js';

// Inference filters shared by `export` and `datasets create`.

export interface QueryFlags {
  route?: string;
  model?: string;
  variant?: string;
  session?: string;
  status?: InferenceQuery['status'];
  since?: string;
  until?: string;
  metric?: string;
}

export function addQueryOptions(cmd: Command): Command {
  return cmd
    .option('--route <name>', 'only inferences of this route')
    .option('--model <name>', 'only inferences served by this Switchyard model')
    .option('--variant <name>', 'only this variant')
    .option('--session <id>', 'only this episode (session)')
    .option('--status <status>', 'ok | error | aborted | interrupted')
    .option('--since <time>', 'ISO time or a duration back from now (7d, 24h, 30m)')
    .option('--until <time>', 'ISO time or a duration back from now')
    .option('--metric <name[=value]>', 'only inferences with this feedback (e.g. thumbs_up=true)');
}

export function timeArg(v: string, now = Date.now()): string {
  const m = /^(\d+(?:\.\d+)?)(m|h|d|w)$/.exec(v);
  if (m) return new Date(now - Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'm']).toISOString();
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new InvalidArgumentError(`expected an ISO time or a duration like 7d, got "${v}"`);
  return new Date(t).toISOString();
}

export function queryFromFlags(f: QueryFlags): InferenceQuery {
  const q: InferenceQuery = {};
  if (f.route) q.route = f.route;
  if (f.model) q.model = f.model;
  if (f.variant) q.variant = f.variant;
  if (f.session) q.session_id = f.session;
  if (f.status) {
    if (!['ok', 'error', 'aborted', 'interrupted'].includes(f.status)) throw new InvalidArgumentError(`--status must be ok, error, aborted or interrupted, got "${f.status}"`);
    q.status = f.status;
  }
  if (f.since) q.since = timeArg(f.since);
  if (f.until) q.until = timeArg(f.until);
  if (f.metric) {
    const [name, raw] = f.metric.split('=', 2);
    q.metric = { name };
    if (raw !== undefined) {
      const value = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
      if (typeof value === 'number' && (raw.trim() === '' || !Number.isFinite(value))) throw new InvalidArgumentError(`--metric value must be true, false or a number, got "${raw}"`);
      q.metric.value = value;
    }
  }
  return q;
}
