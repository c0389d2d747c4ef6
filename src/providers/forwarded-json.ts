import type { ChatResponse } from '../core/types.js';
import type { JsonAnswer } from './json-answer.js';
import type { TopLevel } from './json-splice.js';
import type { ForwardedResponse } from './types.js';

/** A forwarded JSON answer whose `raw` is parsed when first read (src/providers/json-answer.ts). */
export class ForwardedJson implements ForwardedResponse {
  constructor(
    private readonly answer: JsonAnswer,
    readonly response: ChatResponse,
  ) {}

  get raw(): Record<string, unknown> {
    return this.answer.raw;
  }

  get bytes(): Buffer {
    return this.answer.bytes;
  }

  get topLevel(): TopLevel | undefined {
    return this.answer.topLevel;
  }
}
