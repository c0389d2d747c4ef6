import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Credential } from './auth.js';
import { StartupError } from '../core/errors.js';

/**
 * Reads or creates a random token in `dir/name` (mode 0600). Used when the config names no admin
 * or approver tokens: the endpoints stay closed to agents, and a person on this machine can read it.
 */
export function ensureLocalToken(dir: string, name: string, logger: Logger): Credential {
  const path = join(dir, name);
  try {
    if (!existsSync(path)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(path, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
      logger.info({ path }, `generated ${name} (no ${name.replace('-token', '')} tokens in config)`);
    }
    chmodSync(path, 0o600);
    return { label: `file:${path}`, value: readFileSync(path, 'utf8').trim() };
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'error';
    throw new StartupError(
      `cannot create ${path} (${code}); the state directory ${dir} must be writable by this user, or set server.${name.replace('-token', '')}_tokens in the config`,
    );
  }
}
