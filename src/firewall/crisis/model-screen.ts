import type { ChatRequest } from '../../core/types.js';
import { redactString } from '../redact.js';

// Optional model screen (`firewall.crisis.screen_model`): asks a route or model, through the
// gateway's own client, whether the conversation or the outbound text shows that someone may be
// at risk of suicide or self-harm. It can only escalate: "risk" marks the session at risk; "no
// risk", a timeout, an error or an answer that is not understood change nothing.

export interface ModelScreenInput {
  conversation: readonly string[];
  outbound: string;
}

export interface ModelScreenVerdict {
  risk: boolean;
  reason: string;
}

export interface CrisisModelScreen {
  screen(input: ModelScreenInput, signal?: AbortSignal): Promise<ModelScreenVerdict | null>;
}

const SYSTEM = `You screen messages for crisis risk. Does the conversation or the outgoing message show that the user or another person may be at risk of suicide or self-harm (including indirect signs: hopelessness, farewells, giving belongings away, being somewhere high, questions about medication amounts, talk of not being around), or would the outgoing message harm a person at risk? Work, study, fiction, news and idioms about these topics are not risk. Answer with JSON only: {"risk": true | false, "reason": "<one short sentence>"}`;

const MAX_CHARS = 4_000;

/** Parses the screen's answer; only an explicit `"risk": true` counts. */
export function parseScreen(text: string | null | undefined): ModelScreenVerdict | null {
  const m = text ? /\{[\s\S]*\}/.exec(text) : null;
  if (!m) return null;
  try {
    const o = JSON.parse(m[0]) as { risk?: unknown; reason?: unknown };
    if (o.risk === true) return { risk: true, reason: typeof o.reason === 'string' ? o.reason.slice(0, 200) : '' };
    if (o.risk === false) return { risk: false, reason: '' };
  } catch {
    // not understood: no change
  }
  return null;
}

export function gatewayCrisisScreen(
  complete: (request: ChatRequest, signal?: AbortSignal) => Promise<{ content: string | null }>,
  model: string,
  timeoutMs: number,
): CrisisModelScreen {
  return {
    async screen(input, signal) {
      const body = [...input.conversation.map((t) => `USER: ${t}`), input.outbound ? `OUTGOING: ${input.outbound}` : '']
        .filter(Boolean)
        .join('\n')
        .slice(-MAX_CHARS);
      const request: ChatRequest = {
        model,
        temperature: 0,
        max_tokens: 100,
        messages: [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: redactString(body) },
        ],
      };
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const reply = await complete(request, signal ? AbortSignal.any([signal, timeout]) : timeout);
        return parseScreen(reply.content);
      } catch {
        return null;
      }
    },
  };
}
