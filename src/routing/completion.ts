import type { ChatResponse } from '../core/types.js';
import type { ForwardedResponse, Passthrough } from '../providers/types.js';
import type { AttemptLog } from './attempts.js';
import type { CacheOutcome, CompletedInference } from './gateway-types.js';
import type { Plan } from './resolve.js';
import type { RuntimeTarget } from './targets.js';

/**
 * A finished JSON call whose `raw` (a same-format upstream's own answer) is parsed only when read:
 * the routes read it to store a Responses conversation and the firewall to edit the answer; the
 * client gets the bytes (src/server/forwarded-answer.ts). Setting `raw` (the firewall's edit)
 * keeps the new value in `edited`. A class: an accessor in an object literal costs an old-space
 * object per request (src/routing/hidden-classes.test.ts).
 */
export class Completion implements CompletedInference {
  edited: Record<string, unknown> | undefined = undefined;

  constructor(
    readonly inferenceId: string,
    readonly limitHeaders: Record<string, string> | undefined,
    readonly plan: Plan,
    readonly target: RuntimeTarget,
    readonly response: ChatResponse,
    readonly attempts: AttemptLog[],
    readonly latencyMs: number,
    readonly costUsd: number | null,
    readonly forwarded: ForwardedResponse | undefined,
    readonly passthrough: Passthrough | undefined,
    readonly dropped: string[],
    readonly cache: CacheOutcome | undefined,
  ) {}

  get raw(): Record<string, unknown> | undefined {
    return this.edited ?? this.forwarded?.raw;
  }

  set raw(value: Record<string, unknown> | undefined) {
    this.edited = value;
  }
}
