import { profileFor } from '../profiles/index.js';
import { serviceRequestOf } from '../profiles/service-request.js';
import { obj, type ToolProfile } from '../profiles/types.js';

// A request to a messaging API sends one message: Twilio's `POST /2010-04-01/Accounts/…/Messages.json`
// one text, SendGrid's `POST /v3/mail/send` to one person one email. Through a generic request tool
// it is judged as the messaging tool of the same effect would be (its recipient and text through
// the content rules), not as a write to a file the path names (the cx1 round's Twilio row).

const WRITE_METHOD = /^(?:POST|PUT)$/;

/** One message's recipient and text, as a messaging API's body spells them. */
function messageOf(host: string, path: string, body: Record<string, unknown>): { tool: string; args: Record<string, unknown> } | null {
  if (host === 'api.twilio.com' && /\/Messages\.json$/.test(path) && typeof body.To === 'string' && typeof body.Body === 'string') {
    return { tool: 'send_sms', args: { to: body.To, body: body.Body } };
  }
  if (host === 'api.sendgrid.com' && /^\/v3\/mail\/send$/.test(path)) {
    const people = Array.isArray(body.personalizations) ? body.personalizations.flatMap((x) => (Array.isArray(obj(x).to) ? (obj(x).to as unknown[]) : [])).map((t) => obj(t).email) : [];
    const text = Array.isArray(body.content) ? body.content.map((c) => obj(c).value).filter((v): v is string => typeof v === 'string').join('\n') : '';
    if (people.length === 1 && typeof people[0] === 'string' && text) return { tool: 'send_email', args: { to: people[0], subject: body.subject, body: text } };
  }
  return null;
}

/** The profile of the messaging tool a request to a messaging API stands for, or null. */
export function serviceMessage(tool: string, args: Record<string, unknown>): ToolProfile | null {
  const request = serviceRequestOf(tool, args);
  if (!request?.url || !WRITE_METHOD.test(request.method)) return null;
  const sent = messageOf(new URL(request.url).hostname, request.path, request.body);
  if (!sent) return null;
  const send = profileFor(sent.tool, undefined, {});
  return { ...send, label: `${request.method} ${request.url}, ${send.label}`, extract: () => send.extract!(sent.args) };
}
