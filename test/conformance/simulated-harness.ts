import { SimulatedAdapter } from '../../src/providers/simulated/index.js';
import { simulatedProvider, type SimulatedProviderConfig } from '../../src/config/schema.js';
import type { ProviderTarget } from '../../src/providers/types.js';
import type { Harness, Scenario } from './scenarios.js';

// The simulated provider has no upstream: a scenario becomes provider config (fixed reply, tool-call
// rate, failure statuses, latency). What it cannot do is skipped with the reason.

export async function simulatedHarness(): Promise<Harness> {
  const adapter = new SimulatedAdapter();
  let config: SimulatedProviderConfig = simulatedProvider.parse({ type: 'simulated' });
  let n = 0;
  const target = (): ProviderTarget => ({ providerName: `sim-${n}`, config, model: 'sim-model' });
  const base = { type: 'simulated' as const, stream_chunk_chars: 8 };
  return {
    name: 'simulated',
    adapter,
    target,
    scripted: false,
    setScenario(s: Scenario) {
      n++; // a fresh random sequence per case keeps cases independent
      switch (s.kind) {
        case 'reply':
          config = simulatedProvider.parse({ ...base, tool_call_rate: s.calls?.length ? 1 : 0, ...(s.text && !s.calls ? { reply: s.text } : {}) });
          return undefined;
        case 'error':
          if (s.error === 'context_length') return 'the simulated provider has no context window';
          if (s.error === 'bad_request') return 'the simulated provider does not validate requests';
          if (s.retryAfter && !/^\d+$/.test(s.retryAfter)) return 'the simulated provider sends no Retry-After date';
          config = simulatedProvider.parse({ ...base, failure_rate: 1, failure_statuses: [s.status] });
          return undefined;
        case 'hang':
          config = simulatedProvider.parse({ ...base, latency: { distribution: 'fixed', mean_ms: 60_000 } });
          return undefined;
        case 'stall_stream':
          config = simulatedProvider.parse({ ...base, reply: s.text, stream_interval_ms: 60_000 });
          return undefined;
        case 'malformed':
          return 'the simulated provider has no wire format to break';
        case 'empty':
          return 'the simulated provider always answers with content or a tool call';
        case 'stream_error':
          return 'the simulated provider fails before a stream starts, never inside one';
      }
    },
    skip: {
      'parallel tool calls': 'the simulated provider answers with one tool call at a time',
      'reasoning text': 'the simulated provider returns no reasoning text',
      'extra fields pass through': 'extra fields are an OpenAI-compatible wire feature; the simulated provider has no wire',
      'target params': 'the simulated provider has no wire to check forced params on',
      'connection refused -> connection': 'the simulated provider makes no connections',
    },
    async refusedTarget() {
      return 'the simulated provider makes no connections';
    },
    close: async () => undefined,
  };
}
