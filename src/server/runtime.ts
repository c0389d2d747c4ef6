import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ConfigError } from '../core/errors.js';
import { loadConfigFile, type LoadedConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { Limiter } from '../limits/limiter.js';
import { Reloader } from './reload/reloader.js';
import { watchConfigFile } from './reload/watch.js';
import { envRefName } from '../config/secret.js';
import { ProviderRegistry } from '../providers/registry.js';
import { Gateway } from '../routing/gateway.js';
import { openStore } from '../store/open.js';
import { openResponseCache } from '../cache/open.js';
import { openTracing } from '../telemetry/open.js';
import { Redactor } from '../store/redact.js';
import type { Store } from '../store/types.js';
import { buildApp } from './app.js';
import { firewallService } from '../firewall/service-of.js';
import { attachFirewallEnforcement } from '../firewall/notify/attach.js';
import { createAuth, type Credential } from './auth.js';
import type { AppContext } from './context.js';
import { ensureLocalToken } from './local-tokens.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { registerStoreMetrics } from './metrics-store.js';
import { attachExamples } from '../optimize/examples/attach.js';
import { closeUpstreams } from '../providers/pools.js';
import { warmUpOnListen } from './firewall-warm-up.js';
import type { WarmUpResult } from '../firewall/warm-up.js';

// Wires one gateway process together: store, providers, routing, metrics, HTTP app.

export interface Runtime {
  app: FastifyInstance;
  ctx: AppContext;
  store: Store;
  gateway: Gateway;
  reloader: Reloader;
  limiter: Limiter;
  /** Token files generated because the config names no admin/approver tokens (how a local operator signs in to /ui). */
  tokenFiles: string[];
  /** Settles when the firewall engine's warm-up, started once the app listens, is done (at once with undefined when it does not run). */
  firewallWarmUp: Promise<WarmUpResult | undefined>;
  /** Stops accepting requests, waits for in-flight ones, flushes the store. */
  close(): Promise<void>;
}

interface RuntimeOptions {
  config: Config;
  configFile?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Hooks that attach services (firewall, experiments...) before routes are registered. */
  extend?: (ctx: AppContext) => void | Promise<void>;
  /** How a reload reads the config (default: configFile as is); the CLI re-applies its --port/--host. */
  reload?: () => LoadedConfig;
  /** Reload when the config file changes on disk. */
  watchConfig?: boolean;
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config } = options;
  const env = options.env ?? process.env;
  let logRedactor = new Redactor();
  const logger = options.logger ?? createLogger(env.SWITCHYARD_LOG_LEVEL ?? config.server.log_level, () => logRedactor);
  const file = options.configFile ?? '(built-in default config)';

  const creds = (refs: string[], path: string): Credential[] =>
    refs.flatMap((ref, i) => {
      const name = envRefName(ref)!;
      const value = env[name];
      if (!value) {
        throw new ConfigError(file, [{ path: `${path}[${i}]`, message: `environment variable ${name} is not set`, hint: 'unset credentials would leave the endpoint open or unusable' }]);
      }
      return [{ label: ref, value }];
    });
  const clients = creds(config.server.api_keys, 'server.api_keys');
  let admins = creds(config.server.admin_tokens, 'server.admin_tokens');
  let approvers = creds(config.server.approver_tokens, 'server.approver_tokens');
  const readers = creds(config.server.reader_tokens, 'server.reader_tokens');
  const metricsToken = config.server.metrics_token ? creds([config.server.metrics_token], 'server.metrics_token')[0] : undefined;
  const clientValues = new Set(clients.map((c) => c.value));
  for (const [list, path] of [[admins, 'server.admin_tokens'], [approvers, 'server.approver_tokens'], [readers, 'server.reader_tokens']] as const) {
    if (list.some((c) => clientValues.has(c.value))) {
      throw new ConfigError(file, [{ path, message: 'must differ from every gateway key in server.api_keys (an agent must never hold an admin or approver credential)' }]);
    }
  }
  // With none configured, generate local tokens in files only this user can read.
  const stateDir = config.storage.kind === 'sqlite' ? config.storage.path.replace(/[^/\\]*$/, '') || '.' : './.switchyard/';
  if (admins.length === 0) admins = [ensureLocalToken(stateDir, 'admin-token', logger)];
  if (approvers.length === 0) approvers = [ensureLocalToken(stateDir, 'approver-token', logger)];

  const secrets = [...clients, ...admins, ...approvers, ...readers, ...(metricsToken ? [metricsToken] : [])].map((c) => c.value);
  for (const p of Object.values(config.providers)) {
    const name = 'api_key' in p && p.api_key ? envRefName(p.api_key) : undefined;
    if (name && env[name]) secrets.push(env[name]!);
  }
  for (const h of config.firewall.notify) {
    const name = envRefName(h.url);
    if (name && env[name]) secrets.push(env[name]!); // webhook URLs often are the credential
  }
  const tracing = openTracing(config, env, file, logger);
  const redactor = new Redactor(secrets);
  logRedactor = redactor;
  const store = await openStore(config.storage, { redactor, logger, env });
  const gateway = new Gateway({ config, store, providers: new ProviderRegistry(), env });
  gateway.cache = openResponseCache(config, store, env, logger);
  const metrics = new Metrics(gateway.breakers);
  registerStoreMetrics(metrics.registry, store);
  gateway.onInference((record, attempts) => metrics.observe(record, attempts));
  if (tracing) gateway.onInference((record, attempts, meta) => tracing.onInference(record, attempts, meta.trace));
  let limiter: Limiter;
  try {
    limiter = new Limiter(config.limits, { clients, logger, registry: metrics.registry, env, file });
  } catch (err) {
    await gateway.cache.close();
    await tracing?.shutdown();
    await store.close();
    throw err;
  }
  gateway.admission = limiter;
  if (config.limits.store === 'redis' && !(await limiter.ready())) {
    logger.warn(`limits: redis not reachable yet; until it is, requests are ${config.limits.on_store_error === 'deny' ? 'refused' : 'allowed'} (limits.on_store_error)`);
  }
  let examples = attachExamples(gateway, store, { logger });
  const configFile = options.configFile;
  const reloader = new Reloader({
    gateway, logger, registry: metrics.registry, env,
    load: options.reload ?? (configFile ? () => loadConfigFile(configFile, env) : undefined),
  });
  reloader.onSwap((c) => limiter.reconfigure(c.limits));

  // ctx.config reads the gateway's live config, so a reload is one reference change for everyone.
  const ctx: AppContext = {
    get config() {
      return gateway.config;
    },
    store, gateway, metrics, logger, auth: createAuth(clients, admins, approvers, { readers, metricsToken, publicUrl: config.server.public_url }),
    services: { configSwaps: reloader, reloader, limiter, ...(tracing ? { telemetry: tracing } : {}), ...(examples ? { examples } : {}) },
  };
  // A reload can add or drop variants with `examples` (an optimize canary does): rebuild the pools for
  // the new config. Until they are warm, requests go without examples and their records say so.
  reloader.onSwap(() => {
    examples?.stop();
    gateway.retrieveShots = undefined;
    examples = attachExamples(gateway, store, { logger });
    if (examples) ctx.services.examples = examples;
    else delete ctx.services.examples;
  });
  let stopNotifier: () => void;
  let app: FastifyInstance;
  try {
    await options.extend?.(ctx);
    stopNotifier = await attachFirewallEnforcement(ctx, env, file);
    app = await buildApp(ctx);
  } catch (err) {
    // The store is open: a start-up that fails after this point must not leave its writer running.
    examples?.stop();
    await gateway.cache.close();
    await tracing?.shutdown();
    await store.close();
    await limiter.close();
    throw err;
  }
  const stopWarmUp = new AbortController();
  const firewallWarmUp = warmUpOnListen(app, config, logger, stopWarmUp.signal);
  // Unanswered approvals must expire to deny even when nobody is listing or waiting.
  const firewall = firewallService(ctx);
  const stopSweeper = firewall.startSweeper();
  // One process owns a SQLite store: approvals left pending by an earlier run have no waiter.
  if (store.kind !== 'postgres') await firewall.abandonOrphans('gateway restarted').catch((err) => logger.warn({ err }, 'could not release old approvals'));
  const stopWatching = options.watchConfig && configFile ? watchConfigFile(configFile, () => reloader.reloadInBackground('file change')) : () => undefined;
  logger.info({ version: reloader.version, file }, `config version ${reloader.version} serving (start)`);

  let closing: Promise<void> | undefined;
  const tokenFiles = [...admins, ...approvers].filter((c) => c.label.startsWith('file:')).map((c) => c.label.slice(5));
  return {
    app,
    ctx,
    store,
    gateway,
    reloader,
    limiter,
    tokenFiles,
    firewallWarmUp,
    close: () =>
      (closing ??= (async () => {
        stopWatching();
        stopWarmUp.abort();
        stopSweeper();
        stopNotifier();
        examples?.stop();
        // Stop taking requests (new ones get 503), then release held tool calls fail-closed so
        // their requests can finish now rather than when their approvals expire.
        const closed = app.close();
        const released = await firewall.releaseAll('gateway restarting').catch(() => 0);
        if (released > 0) logger.warn(`shutdown: released ${released} held tool calls without running them`);
        // Whatever still runs (long streams) is cut at the deadline; the store flushes either way.
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            logger.warn(`shutdown: requests still running after ${config.server.shutdown_timeout_ms} ms; closing their connections`);
            app.server.closeAllConnections();
            resolve();
          }, config.server.shutdown_timeout_ms);
        });
        // Keep-alive connections whose request finished after close() began would otherwise stay
        // open until keepAliveTimeout; close each as soon as it goes idle.
        const idle = setInterval(() => app.server.closeIdleConnections(), 100);
        await Promise.race([closed, deadline]);
        clearTimeout(timer);
        clearInterval(idle);
        await gateway.cache?.close();
        await closeUpstreams();
        await tracing?.shutdown();
        await store.close();
        await limiter.close();
      })()),
  };
}
