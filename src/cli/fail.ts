import { ConfigError } from '../core/errors.js';

// The last word of every command that fails: one line a person can act on, never a Node stack
// trace (SWITCHYARD_DEBUG=1 shows the stack for bug reports).

export function cliFailure(err: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SWITCHYARD_DEBUG === '1' && err instanceof Error && err.stack) return err.stack;
  if (err instanceof ConfigError) return err.message;
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.cause?.code ?? e?.code;
  // fetch() hides the reason in `cause`: a gateway that is down is the common case.
  if (code === 'ECONNREFUSED') return `error: cannot reach the gateway (${e.cause?.message ?? e.message}); is \`switchyard start\` running, and is --url right?`;
  if (e?.message === 'fetch failed' && e.cause?.message) return `error: request to the gateway failed: ${e.cause.message}`;
  const message = err instanceof Error ? err.message : String(err);
  return `error: ${message.split('\n')[0]}${message.includes('\n') ? `\n${message.split('\n').slice(1).join('\n')}` : ''}`;
}
