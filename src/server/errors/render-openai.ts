import type { SwitchyardError } from '../../core/errors.js';
import type { ErrorReply } from './handler.js';

/** OpenAI's error shape: `{error: {message, type, code, param}}` (the Responses surface uses it too); a class may add fields (invalid_config: file, issues). */
export function renderOpenAiError(err: SwitchyardError): ErrorReply {
  return { status: err.status, body: err.toJSON() };
}
