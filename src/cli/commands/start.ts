import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { createRuntime } from '../../server/runtime.js';
import { loadConfigFile } from '../../config/load.js';
import { exitOnConfigError, loadCliConfig } from '../load-config.js';
import { checkBind } from '../../server/exposure.js';
import { tuneV8ForRequests } from '../../server/v8-tuning.js';

export function register(program: Command): void {
  program
    .command('start')
    .description('run the gateway')
    .option('-c, --config <file>', 'config file (default: $SWITCHYARD_CONFIG, ./switchyard.yaml, or the built-in default)')
    .option('-p, --port <n>', 'port (default: $SWITCHYARD_PORT or server.port)', parsePort)
    .option('-H, --host <host>', 'host to bind (default: server.host)')
    .option('--insecure-no-auth', 'allow binding a non-loopback address with no server.api_keys')
    .option('--no-watch', 'do not reload when the config file changes (SIGHUP and POST /v1/admin/reload still do)')
    .action(async (opts: { config?: string; port?: number; host?: string; insecureNoAuth?: boolean; watch: boolean }) => {
      // Before anything allocates per request (src/server/v8-tuning.ts).
      tuneV8ForRequests();
      let runtime;
      try {
        const loaded = loadCliConfig(opts.config);
        const config = loaded.config;
        const envPort = process.env.SWITCHYARD_PORT !== undefined ? parsePort(process.env.SWITCHYARD_PORT) : undefined;
        config.server.port = opts.port ?? envPort ?? config.server.port;
        config.server.host = opts.host ?? config.server.host;
        if (opts.insecureNoAuth) config.server.insecure_no_auth = true;
        checkBind(config.server);
        // A reload re-reads the file but keeps what the command line chose.
        const reload = () => {
          const next = loadConfigFile(loaded.file);
          next.config.server.port = opts.port ?? envPort ?? next.config.server.port;
          next.config.server.host = opts.host ?? next.config.server.host;
          if (opts.insecureNoAuth) next.config.server.insecure_no_auth = true;
          return next;
        };
        runtime = await createRuntime({
          config, configFile: loaded.isDefault ? undefined : loaded.file,
          reload: loaded.isDefault ? undefined : reload, watchConfig: !loaded.isDefault && opts.watch,
        });
        for (const w of loaded.warnings) runtime.ctx.logger.warn(w);
        const address = await runtime.app.listen({ port: config.server.port, host: config.server.host });
        process.stdout.write(`switchyard listening on ${address} (config: ${loaded.file}; store: ${config.storage.kind}${config.storage.kind === 'sqlite' ? ` ${config.storage.path}` : ''})\n`);
        const consoleUrl = `${(config.server.public_url ?? address).replace(/\/+$/, '')}/ui/`;
        const files = runtime.tokenFiles.length ? ` (sign in with the token in ${runtime.tokenFiles.join(' or ')})` : '';
        process.stdout.write(`web console: ${consoleUrl}${files}\n`);
      } catch (err) {
        exitOnConfigError(err);
      }
      const rt = runtime;
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        rt.ctx.logger.info(`${signal}: draining requests and flushing the store`);
        // Last resort if something below hangs: exit before an orchestrator's SIGKILL would.
        setTimeout(() => {
          rt.ctx.logger.error('shutdown did not finish in time; exiting');
          process.exit(1);
        }, rt.ctx.config.server.shutdown_timeout_ms + 5_000).unref();
        rt.close().then(
          () => process.exit(0),
          (err) => {
            rt.ctx.logger.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGHUP', () => rt.reloader.reloadInBackground('SIGHUP'));
    });
}

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`port must be an integer 0-65535, got "${v}"`);
  return n;
}
