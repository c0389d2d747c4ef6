import type { ApprovalRecord } from '../../store/firewall-types.js';

// What a webhook receives for one pending approval. `args` are already redacted by the approvals
// service; `console_url` opens the approval in the web console (sign-in with an approver token),
// the API links need an approver token in a header.

export interface ApprovalLinks {
  /** The approval in the web console, where a person signs in and answers it (phone or desktop). */
  console_url: string;
  approval_url: string;
  approve_url: string;
  deny_url: string;
}

export function linksFor(baseUrl: string, id: string): ApprovalLinks {
  const root = baseUrl.replace(/\/+$/, '');
  const base = `${root}/v1/approvals/${encodeURIComponent(id)}`;
  return { console_url: `${root}/ui/#/approvals/${encodeURIComponent(id)}`, approval_url: base, approve_url: `${base}/approve`, deny_url: `${base}/deny` };
}

function summary(a: ApprovalRecord): { risk: number | null; reasons: string[] } {
  const as = a.assessment as { risk_score?: number; reasons?: string[] } | null;
  return { risk: typeof as?.risk_score === 'number' ? as.risk_score : null, reasons: Array.isArray(as?.reasons) ? as.reasons : [] };
}

export function genericBody(a: ApprovalRecord, links: ApprovalLinks): Record<string, unknown> {
  const s = summary(a);
  return {
    type: 'switchyard.approval.pending',
    approval: { id: a.id, tool_name: a.tool_name, session_id: a.session_id, args: a.args, risk_score: s.risk, reasons: s.reasons, created_at: a.created_at, expires_at: a.expires_at },
    links,
    cli: `switchyard approvals approve ${a.id}`,
  };
}

export function slackBody(a: ApprovalRecord, links: ApprovalLinks): Record<string, unknown> {
  const s = summary(a);
  const args = JSON.stringify(a.args);
  const clipped = args.length > 500 ? `${args.slice(0, 500)}...` : args;
  const text = `Switchyard: approval needed for \`${a.tool_name}\`${a.session_id ? ` (session ${a.session_id})` : ''}, risk ${s.risk?.toFixed(2) ?? '?'}`;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${text}*\n\`\`\`${clipped}\`\`\`` } },
      ...(s.reasons.length ? [{ type: 'section', text: { type: 'mrkdwn', text: s.reasons.map((r) => `• ${r}`).join('\n') } }] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Expires ${a.expires_at}. Approve: <${links.console_url}|approval ${a.id}> or \`switchyard approvals approve ${a.id}\`` }] },
      { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open approval' }, url: links.console_url, style: 'primary' }] },
    ],
  };
}
