import type { ChatMessage, ContentPart, ToolCall } from '../types';

// A recorded request and response as a conversation: text, images (inline data: images only, so
// viewing never fetches a URL someone put in a prompt), the assistant's tool calls and the tool
// results that answer them.

function Part({ part }: { part: ContentPart }) {
  if (part.type === 'text') return <p class="text">{(part as { text: string }).text}</p>;
  if (part.type === 'image_url') {
    const url = (part as { image_url: { url: string } }).image_url?.url ?? '';
    return url.startsWith('data:image/') ? (
      <img class="msg-image" src={url} alt="image in the conversation" />
    ) : (
      <p class="muted">
        [image at <code>{url.slice(0, 200)}</code> — not loaded]
      </p>
    );
  }
  return <pre class="json">{JSON.stringify(part, null, 2)}</pre>;
}

export function pretty(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

function Call({ call }: { call: ToolCall }) {
  return (
    <div class="tool-call">
      <div class="tool-call-head">
        <span class="badge">tool call</span> <strong>{call.function?.name}</strong> <span class="muted mono">{call.id}</span>
      </div>
      <pre class="json">{pretty(call.function?.arguments ?? '')}</pre>
    </div>
  );
}

export function Message({ m, label }: { m: ChatMessage; label?: string }) {
  const parts: ContentPart[] = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : (m.content ?? []);
  return (
    <div class={`msg role-${m.role}`} data-role={m.role}>
      <div class="msg-role">
        {label ?? m.role}
        {m.role === 'tool' && m.tool_call_id ? <span class="muted mono"> ← {m.tool_call_id}</span> : null}
        {m.name ? <span class="muted"> ({m.name})</span> : null}
      </div>
      {m.reasoning ? (
        <details class="reasoning">
          <summary>reasoning</summary>
          <p class="text">{m.reasoning}</p>
        </details>
      ) : null}
      {parts.map((p, i) => (
        <Part key={i} part={p} />
      ))}
      {(m.tool_calls ?? []).map((c) => (
        <Call key={c.id} call={c} />
      ))}
    </div>
  );
}

export function Conversation({ messages, reply }: { messages: ChatMessage[]; reply?: ChatMessage | null }) {
  return (
    <div class="conversation">
      {messages.map((m, i) => (
        <Message key={i} m={m} />
      ))}
      {reply ? <Message m={reply} label="assistant (response)" /> : null}
    </div>
  );
}
