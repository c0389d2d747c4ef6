import { profileFor } from '../profiles/index.js';
import { serviceRequestOf, urlRequestOf } from '../profiles/service-request.js';
import { obj, type ToolProfile } from '../profiles/types.js';

// A request to a messaging API sends one message: Twilio's `POST /2010-04-01/Accounts/…/Messages.json`
// one text, SendGrid's `POST /v3/mail/send` to one person, Mailgun's `/v3/<domain>/messages` and
// Postmark's `/email` one email, Slack's `chat.postMessage` a post to a channel or person, a Discord
// webhook a post to its channel, Telegram's `sendMessage` a message to a chat. Through a generic
// request tool, given a path on a named service or the whole URL, it is judged as the messaging
// tool of the same effect would be (its recipient and text through the content rules and the
// crisis screen), not as a write to a file the path names or a POST to an unknown host (the cx1
// round's Twilio row; the dd1 round's other services).

const WRITE_METHOD = /^(?:POST|PUT)$/;

interface Sent {
  tool: string;
  args: Record<string, unknown>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const email = (to: unknown, subject: unknown, body: string): Sent | null => (typeof to === 'string' && to && body ? { tool: 'send_email', args: { to, subject, body } } : null);

/** One message's recipient and text, as a messaging API's body spells them. */
function messageOf(host: string, path: string, body: Record<string, unknown>): Sent | null {
  if (host === 'api.twilio.com' && /\/Messages\.json$/.test(path) && typeof body.To === 'string' && typeof body.Body === 'string') {
    return { tool: 'send_sms', args: { to: body.To, body: body.Body } };
  }
  if (host === 'api.sendgrid.com' && /^\/v3\/mail\/send$/.test(path)) {
    const people = Array.isArray(body.personalizations) ? body.personalizations.flatMap((x) => (Array.isArray(obj(x).to) ? (obj(x).to as unknown[]) : [])).map((t) => obj(t).email) : [];
    const content = Array.isArray(body.content) ? body.content.map((c) => obj(c).value).filter((v): v is string => typeof v === 'string').join('\n') : '';
    if (people.length === 1 && typeof people[0] === 'string' && content) return email(people[0], body.subject, content);
  }
  if (/^api(?:\.eu)?\.mailgun\.net$/.test(host) && /^\/v3\/[^/]+\/messages$/.test(path)) return email(body.to, body.subject, [text(body.text), text(body.html)].filter(Boolean).join('\n'));
  if (host === 'api.postmarkapp.com' && path === '/email') return email(body.To, body.Subject, [text(body.TextBody), text(body.HtmlBody)].filter(Boolean).join('\n'));
  if (host === 'slack.com' && /^\/api\/chat\.(?:postMessage|scheduleMessage|postEphemeral)$/.test(path) && typeof body.channel === 'string' && text(body.text)) {
    return { tool: 'slack_post_message', args: { channel_id: body.channel, text: body.text } };
  }
  if (/^(?:discord\.com|discordapp\.com)$/.test(host) && /^\/api\/webhooks\/\d+\/[\w-]+$/.test(path) && text(body.content)) {
    return { tool: 'send_message', args: { target: 'discord webhook', message: body.content } };
  }
  if (host === 'api.telegram.org' && /^\/bot[^/]+\/sendMessage$/.test(path) && (typeof body.chat_id === 'string' || typeof body.chat_id === 'number') && text(body.text)) {
    return { tool: 'send_message', args: { target: `telegram:${body.chat_id}`, message: body.text } };
  }
  return null;
}

/** The profile of the messaging tool a request to a messaging API stands for, or null. */
export function serviceMessage(tool: string, args: Record<string, unknown>): ToolProfile | null {
  const named = serviceRequestOf(tool, args);
  const request = named?.url ? { ...named, url: named.url, host: new URL(named.url).hostname } : urlRequestOf(tool, args);
  if (!request || !WRITE_METHOD.test(request.method)) return null;
  const sent = messageOf(request.host, request.path, request.body);
  if (!sent) return null;
  const send = profileFor(sent.tool, undefined, {});
  return { ...send, label: `${request.method} ${request.url}, ${send.label}`, extract: () => send.extract!(sent.args) };
}
