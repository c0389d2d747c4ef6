import { setImmediate as nextTurn } from 'node:timers/promises';
import { assess, type EngineConfig } from './engine.js';
import type { AssessContext, ToolCallInput } from './types.js';
import { patternWarmSteps } from './warm-patterns.js';

// A fresh process's first assessment of each kind compiles the firewall's large case-insensitive
// Unicode regexes and loads its lazy modules: seconds for the first non-ASCII prompt that reaches
// the multilingual lexicons (docs/firewall-speed.md, "Warming the engine at start-up"). The gateway
// pays that here, after it listens, instead of on a live tool call. One call per event-loop turn,
// so a request that arrives meanwhile waits for one call at most, not for the whole set.

/** ASCII, Latin-1 and two-byte texts: V8 compiles a regex once per subject encoding. */
const WARM_CALLS: ReadonlyArray<{ call: ToolCallInput; context: AssessContext }> = [
  {
    call: { tool: 'Bash', args: { command: 'rm -rf ./build && git push --force origin main' } },
    context: { user_message: 'clean the build and push it' },
  },
  {
    call: { tool: 'send_email', args: { to: 'sam@example.com', subject: 'Keys', body: 'Hi Sam, the door code is 4471 and my card ends 4242. Call me on +1 415 555 0100.' } },
    context: { user_message: 'email Sam the door code' },
  },
  {
    call: { tool: 'cronjob', args: { action: 'create', schedule: '0 8 * * 5', prompt: 'Cada viernes, paga la factura de la luz con mi tarjeta y envía el recibo y mi contraseña a Marta por WhatsApp.' } },
    context: { user_message: 'prográmalo, por favor' },
  },
  {
    call: { tool: 'send_message', args: { target: 'telegram:@dasha', message: 'Даша, код от домофона 4471, ключи у соседки. Удали потом это сообщение.' } },
    context: { user_message: 'напиши Даше про ключи', user_messages: ['я так устала от всего'] },
  },
  {
    call: { tool: 'cronjob', args: { action: 'create', schedule: '0 9 * * 1', prompt: '毎週月曜日に、家の暗証番号を変更して、新しい番号を佐藤さんにLINEで送って。古いバックアップは完全に削除して。' } },
    context: { user_message: 'お願いします' },
  },
];

/** Rounds over the set: the first exec of a large regex compiles it, the next tiers it up to native code. */
const ROUNDS = 3;
/**
 * The warm-up stops between calls once it has used this much CPU time (process CPU: every thread).
 * It takes 1.5–2.3 s on an idle 2-core machine since the crisis lexicons' twentieth-session growth;
 * a loaded machine inflates that, and a cut warm-up leaves the first real calls to compile the rest.
 */
const CPU_BUDGET_MS = 6_000;

export interface WarmUpResult {
  calls: number;
  wallMs: number;
  cpuMs: number;
  /** The slowest step (a call, one concept's regexes, or one pattern's): what a request that arrives during the warm-up can wait for. */
  longestMs: number;
  /** The CPU budget ran out, or the caller stopped it, before every round was done. */
  cut: boolean;
}

/** `signal` stops it between calls (a gateway that closes meanwhile). */
export async function warmUpEngine(config: EngineConfig, signal?: AbortSignal): Promise<WarmUpResult> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const c = process.cpuUsage(cpu0);
    return (c.user + c.system) / 1000;
  };
  let calls = 0;
  let longestMs = 0;
  const steps: Array<() => void> = [
    ...WARM_CALLS.map(({ call, context }) => () => {
      assess(call, context, config);
      calls++;
    }),
    ...patternWarmSteps(),
  ];
  for (let round = 0; round < ROUNDS; round++) {
    for (const step of steps) {
      await nextTurn();
      if (cpuMs() >= CPU_BUDGET_MS || signal?.aborted) return { calls, wallMs: performance.now() - t0, cpuMs: cpuMs(), longestMs, cut: true };
      const c0 = performance.now();
      step();
      longestMs = Math.max(longestMs, performance.now() - c0);
    }
  }
  return { calls, wallMs: performance.now() - t0, cpuMs: cpuMs(), longestMs, cut: false };
}
