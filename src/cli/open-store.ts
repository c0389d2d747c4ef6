import { SwitchyardError, ConfigError } from '../core/errors.js';
import type { Config } from '../config/schema.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { loadCliConfig } from './load-config.js';

// Opens the configured store for a one-shot command, runs `fn`, always closes, and turns errors
// into one clear line on stderr with exit code 1.
export async function withStore(configFile: string | undefined, fn: (store: Store, config: Config) => Promise<void>): Promise<void> {
  let store: Store | undefined;
  try {
    const { config } = loadCliConfig(configFile);
    store = await openStore(config.storage, { env: process.env });
    await fn(store, config);
  } catch (err) {
    process.exitCode = 1;
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else if (err instanceof SwitchyardError) process.stderr.write(`error: ${err.message}${err.param ? ` (${err.param})` : ''}\n`);
    else process.stderr.write(`error: ${(err as Error).message ?? String(err)}\n`);
  } finally {
    await store?.close().catch(() => undefined);
  }
}
