import { readFileSync } from 'node:fs';

// What Claude Code 2.1.332 really sent (captured once from the CLI against a logging server; see
// test/fixtures/wire/anthropic/), extended with the request features a longer session uses.

export interface Captured {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export function capturedTurn(name: 'first-turn' | 'tool-result-turn'): Captured {
  const path = new URL(`../fixtures/wire/anthropic/claude-code-2.1.332-${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(path, 'utf8')) as Captured;
}

export const PDF_DATA = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
export const PNG_DATA = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The captured tool-result turn plus thinking with signatures, images in a tool result, a PDF, server tools and more. */
export function richClaudeCodeBody(): Record<string, unknown> {
  const body = structuredClone(capturedTurn('tool-result-turn').body) as Record<string, unknown> & { messages: Record<string, unknown>[]; tools: Record<string, unknown>[] };
  const assistant = body.messages.find((m) => m.role === 'assistant')!;
  assistant.content = [
    { type: 'thinking', thinking: 'The user wants me to run echo.', signature: 'EqQBCkYIBxgCKkBsig+/0123456789abcdefSIGNATURE==' },
    { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB5URj' },
    ...(assistant.content as unknown[]),
  ];
  const lastUser = body.messages.at(-1)!;
  const result = (lastUser.content as Record<string, unknown>[])[0];
  result.content = [
    { type: 'text', text: 'hi' },
    { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_DATA } },
  ];
  (lastUser.content as unknown[]).push(
    { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF_DATA }, title: 'spec.pdf', citations: { enabled: true }, cache_control: { type: 'ephemeral', ttl: '1h' } },
    { type: 'text', text: 'Also read the attached spec.' },
  );
  body.tools = [
    ...body.tools.map((t, i) => (i === body.tools.length - 1 ? { ...t, cache_control: { type: 'ephemeral' } } : t)),
    { type: 'web_search_20250305', name: 'web_search', max_uses: 3, allowed_domains: ['example.com'] },
  ];
  body.top_k = 40;
  body.service_tier = 'auto';
  body.container = 'container_011CQ';
  body.mcp_servers = [{ type: 'url', url: 'https://mcp.example.com/sse', name: 'example' }];
  return body;
}
