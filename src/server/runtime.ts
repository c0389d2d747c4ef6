import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ConfigError } from '../core/errors.js';
import type { Config } from '../config/schema.js';
import { envRefName } from '../config/secret.js';
import { ProviderRegistry } from '../providers/registry.js';
import { Gateway } from '../routing/gateway.js';
import { openStore } from '../store/open.js';
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
import { attachExamples } from '../optimize/examples/attach.js';

// Wires one gateway process together: store, providers, routing, metrics, HTTP app.

export interface Runtime {
  app: FastifyInstance;
  ctx: AppContext;
  store: Store;
  gateway: Gateway;
  /** Stops accepting requests, waits for in-flight ones, flushes the store. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  config: Config;
  configFile?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Hooks that attach services (firewall, experiments...) before routes are registered. */
  extend?: (ctx: AppContext) => void | Promise<void>;
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger(env.SWITCHYARD_LOG_LEVEL ?? config.server.log_level);
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
  const clientValues = new Set(clients.map((c) => c.value));
  for (const [list, path] of [[admins, 'server.admin_tokens'], [approvers, 'server.approver_tokens']] as const) {
    if (list.some((c) => clientValues.has(c.value))) {
      throw new ConfigError(file, [{ path, message: 'must differ from every gateway key in server.api_keys (an agent must never hold an admin or approver credential)' }]);
    }
  }
  // With none configured, generate local tokens in files only this user can read.
  const stateDir = config.storage.kind === 'sqlite' ? config.storage.path.replace(/[^/\\]*$/, '') || '.' : './.switchyard/';
  if (admins.length === 0) admins = [ensureLocalToken(stateDir, 'admin-token', logger)];
  if (approvers.length === 0) approvers = [ensureLocalToken(stateDir, 'approver-token', logger)];

  const secrets = [...clients, ...admins, ...approvers].map((c) => c.value);
  for (const p of Object.values(config.providers)) {
    const name = 'api_key' in p && p.api_key ? envRefName(p.api_key) : undefined;
    if (name && env[name]) secrets.push(env[name]!);
  }
  const redactor = new Redactor(secrets);
  const store = await openStore(config.storage, { redactor, logger, env });
  const gateway = new Gateway({ config, store, providers: new ProviderRegistry(), env });
  const metrics = new Metrics(gateway.breakers);
  gateway.onInference((record, attempts) => metrics.observe(record, attempts));
  const examples = attachExamples(gateway, store, { logger });

  const ctx: AppContext = { config, store, gateway, metrics, logger, auth: createAuth(clients, admins, approvers), services: examples ? { examples } : {} };
  let stopNotifier: () => void;
  let app: FastifyInstance;
  try {
    await options.extend?.(ctx);
    stopNotifier = await attachFirewallEnforcement(ctx, env, file);
    app = await buildApp(ctx);
  } catch (err) {
    // The store is open: a start-up that fails after this point must not leave its writer running.
    examples?.stop();
    await store.close();
    throw err;
  }
  // Unanswered approvals must expire to deny even when nobody is listing or waiting.
  const stopSweeper = firewallService(ctx).startSweeper();

  let closing: Promise<void> | undefined;
  return {
    app,
    ctx,
    store,
    gateway,
    close: () =>
      (closing ??= (async () => {
        stopSweeper();
        stopNotifier();
        examples?.stop();
        await app.close();
        await store.close();
      })()),
  };
}
