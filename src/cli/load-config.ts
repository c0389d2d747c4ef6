import { ConfigError, StartupError } from '../core/errors.js';
import { StoreOpenError } from '../store/errors.js';
import { defaultConfig } from '../config/default.js';
import { loadConfigFile, type LoadedConfig } from '../config/load.js';

/** --config, else SWITCHYARD_CONFIG, else ./switchyard.yaml if present, else the built-in default. */
export function loadCliConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): LoadedConfig & { isDefault: boolean } {
  const path = file ?? env.SWITCHYARD_CONFIG;
  if (path) return { ...loadConfigFile(path, env), isDefault: false };
  try {
    return { ...loadConfigFile('switchyard.yaml', env), isDefault: false };
  } catch (err) {
    if (err instanceof ConfigError && err.issues[0]?.message.includes('ENOENT')) {
      return { config: defaultConfig(env), file: '(built-in default)', warnings: [], isDefault: true };
    }
    throw err;
  }
}

/** Prints a config error the way a person needs it and exits 1 (no stack trace). */
export function exitOnConfigError(err: unknown): never {
  if (err instanceof ConfigError || err instanceof StoreOpenError || err instanceof StartupError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
