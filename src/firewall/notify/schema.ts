import { z } from 'zod';
import { ENV_REF } from '../../config/secret.js';

// firewall.notify: webhooks told about each new pending approval. A webhook URL often is the
// credential (Slack incoming webhooks), so it may be given as env:VAR and is never logged.
export const notifyWebhookSchema = z
  .object({
    url: z
      .string()
      .refine((v) => ENV_REF.test(v) || /^https?:\/\/\S+$/.test(v), 'must be an http(s) URL or env:VAR (use env:VAR when the URL carries a secret)'),
    format: z.enum(['generic', 'slack']).default('generic').describe('generic JSON or a Slack-compatible message body'),
    timeout_ms: z.number().int().positive().default(5_000),
  })
  .strict();

export const notifyWebhooksSchema = z.array(notifyWebhookSchema).default([]).describe('webhooks notified of pending approvals (with a link to approve)');

export type NotifyWebhook = z.output<typeof notifyWebhookSchema>;
