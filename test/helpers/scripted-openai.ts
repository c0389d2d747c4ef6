import { respondOpenAi as respond } from '../conformance/mock-openai.js';
import { startMock, type MockServer } from '../conformance/mock-server.js';
import type { RecordedRequest, Scenario } from '../conformance/scenarios.js';

// An OpenAI Chat Completions upstream on 127.0.0.1 whose answer depends on the request: an agent
// loop needs "call a tool" on the first turn and "answer" once the tool's result is in the messages.

export type Script = (body: Record<string, unknown>, rec: RecordedRequest) => Scenario;

export async function startScriptedOpenAi(script: Script): Promise<MockServer & { baseURL: string }> {
  const mock = await startMock((_s, rec, res) => respond(script(rec.body, rec), rec, res));
  return Object.assign(mock, { baseURL: `${mock.origin}/v1` });
}

type Msg = { role: string; content?: unknown; tool_calls?: unknown[] };

/** The content of the tool results in the request, in order. */
export function toolResults(body: Record<string, unknown>): string[] {
  return ((body.messages ?? []) as Msg[]).filter((m) => m.role === 'tool').map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)));
}

/** Tool names offered to the upstream. */
export function toolNames(body: Record<string, unknown>): string[] {
  return ((body.tools ?? []) as { function: { name: string } }[]).map((t) => t.function.name);
}
