import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { LoadedConfig } from '../../config/load.js';
import type { Config } from '../../config/schema.js';
import { ConfigError } from '../../core/errors.js';
import type { Gateway } from '../../routing/gateway.js';
import { configVersion, diffConfigs, effectiveConfig, summarize, type ConfigDiff } from './diff.js';

// Hot reload: load and validate the config file, then swap it into the running gateway with one
// reference change (Gateway.swap). Requests already planned finish on the old config; an invalid
// file is rejected with the same error `switchyard config check` prints and the old config serves on.

export type SwapListener = (config: Config) => void | Promise<void>;

/** What other parts use to follow config swaps (limits, experiments). */
export interface ConfigSwaps {
  onSwap(listener: SwapListener): void;
}

interface ReloadResult extends ConfigDiff {
  version: string;
  previous_version: string;
  changed: boolean;
  trigger: string;
  file: string;
  warnings: string[];
}

interface ReloaderDeps {
  gateway: Gateway;
  logger: Logger;
  registry: Registry;
  /** Reads and validates the config file (throws ConfigError); undefined when there is no file. */
  load?: () => LoadedConfig;
  env?: NodeJS.ProcessEnv;
}

export class NoConfigFileError extends Error {}

export class Reloader implements ConfigSwaps {
  readonly #deps: ReloaderDeps;
  readonly #listeners: SwapListener[] = [];
  readonly #versionInfo: Gauge<'version'>;
  readonly #reloads: Counter<'result' | 'trigger'>;
  #version: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: ReloaderDeps) {
    this.#deps = deps;
    this.#version = configVersion(deps.gateway.config);
    this.#versionInfo = new Gauge({ name: 'switchyard_config_version_info', help: 'The config version (hash) that serves: 1 for the current one', labelNames: ['version'], registers: [deps.registry] });
    this.#versionInfo.set({ version: this.#version }, 1);
    this.#reloads = new Counter({ name: 'switchyard_config_reloads_total', help: 'Config reloads by result (ok, unchanged, invalid)', labelNames: ['result', 'trigger'], registers: [deps.registry] });
  }

  get version(): string {
    return this.#version;
  }

  get canReload(): boolean {
    return this.#deps.load !== undefined;
  }

  onSwap(listener: SwapListener): void {
    this.#listeners.push(listener);
  }

  /** Reloads (one at a time, in order). Rejects with ConfigError for an invalid file. */
  reload(trigger: string): Promise<ReloadResult> {
    const run = this.#queue.then(() => this.#reload(trigger));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** For signal and file-watch triggers: reload, log, never throw. */
  reloadInBackground(trigger: string): void {
    this.reload(trigger).catch(() => undefined); // already logged and counted
  }

  async #reload(trigger: string): Promise<ReloadResult> {
    const { gateway, logger, load } = this.#deps;
    if (!load) throw new NoConfigFileError('the gateway was started without a config file (built-in default); there is nothing to reload');
    let loaded: LoadedConfig;
    try {
      loaded = load();
    } catch (err) {
      if (err instanceof ConfigError) {
        this.#reloads.inc({ result: 'invalid', trigger });
        logger.error({ trigger, file: err.file }, `config reload rejected; version ${this.#version} keeps serving. ${err.message}`);
      }
      throw err;
    }
    const running = gateway.config;
    const { config, needsRestart } = effectiveConfig(running, loaded.config);
    const diff = diffConfigs(running, config, needsRestart);
    const previous = this.#version;
    const version = configVersion(config);
    const changed = version !== previous;
    if (changed) {
      gateway.swap(config, this.#deps.env);
      this.#version = version;
      this.#versionInfo.reset();
      this.#versionInfo.set({ version }, 1);
      for (const listen of this.#listeners) {
        try {
          await listen(config);
        } catch (err) {
          logger.warn({ err }, 'config reload: a component could not follow the new config');
        }
      }
    }
    this.#reloads.inc({ result: changed ? 'ok' : 'unchanged', trigger });
    for (const w of loaded.warnings) logger.warn(w);
    const restart = needsRestart.length ? `; needs restart to apply: ${needsRestart.join(', ')}` : '';
    logger.info(
      { trigger, version, previous_version: previous, file: loaded.file },
      `config version ${version} serving (${trigger}: ${changed ? summarize(diff) : 'unchanged'}${restart})`,
    );
    return { version, previous_version: previous, changed, trigger, file: loaded.file, warnings: loaded.warnings, ...diff };
  }
}
