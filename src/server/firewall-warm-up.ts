import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { warmUpEngine, type WarmUpResult } from '../firewall/warm-up.js';

/** Whether any request of this config can be assessed: the firewall's mode or a route's own. */
const firewallInUse = (config: Config) =>
  config.firewall.mode !== 'off' || Object.values(config.routes).some((r) => r.firewall !== undefined && r.firewall !== 'off');

/**
 * Warms the firewall engine once the app listens (`firewall.warm_up`), so the first tool calls a
 * gateway assesses do not compile its regexes. Resolves when the warm-up is done, or at once with
 * undefined when it does not run; `signal` stops it between calls. Never rejects (a failure is logged: warming is an optimisation).
 */
export function warmUpOnListen(app: FastifyInstance, config: Config, logger: Logger, signal: AbortSignal): Promise<WarmUpResult | undefined> {
  if (!config.firewall.warm_up || !firewallInUse(config)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    app.addHook('onListen', (done) => {
      // Not awaited: listen() returns now and the warm-up runs one call per event-loop turn.
      warmUpEngine(config.firewall, signal).then(
        (r) => {
          logger.info(`firewall warm-up: ${r.calls} calls in ${r.wallMs.toFixed(0)} ms (${r.cpuMs.toFixed(0)} ms CPU, the slowest call ${r.longestMs.toFixed(0)} ms${r.cut ? (signal.aborted ? ', stopped by shutdown' : ', cut at its CPU budget') : ''})`);
          resolve(r);
        },
        (err: unknown) => {
          logger.warn({ err }, 'firewall warm-up failed; the first calls compile the engine instead');
          resolve(undefined);
        },
      );
      done();
    });
  });
}
