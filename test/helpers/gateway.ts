import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseConfigText } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { createRuntime, type Runtime } from '../../src/server/runtime.js';

export interface TestGateway {
  url: string; // http://127.0.0.1:PORT
  baseURL: string; // url + /v1
  runtime: Runtime;
  dir: string;
  dbPath: string;
  close(): Promise<void>;
}

/** Starts a real gateway on 127.0.0.1:0 with a SQLite file in a fresh temp dir. */
export async function startGateway(yaml: string, env: NodeJS.ProcessEnv = {}): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-test-'));
  const dbPath = join(dir, 'switchyard.db');
  const { config } = parseConfigText(yaml, 'test.yaml', env);
  return startWithConfig(config, dir, dbPath, env);
}

export async function startWithConfig(config: Config, dir: string, dbPath: string, env: NodeJS.ProcessEnv): Promise<TestGateway> {
  if (config.storage.kind === 'sqlite') config.storage.path = dbPath;
  config.server.port = 0;
  // Suites race requests against upstream timeouts as short as 300 ms; one cold warm-up call can
  // hold the event loop that long on a busy machine. The warm-up has its own suite
  // (src/server/firewall-warm-up.test.ts).
  config.firewall.warm_up = false;
  const runtime = await createRuntime({ config, env, logger: pino({ level: 'silent' }) });
  const url = await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    baseURL: `${url}/v1`,
    runtime,
    dir,
    dbPath,
    async close() {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const SIM_CONFIG = `
providers:
  sim:
    type: simulated
    seed: 7
models:
  sim-model:
    targets:
      - provider: sim
        model: sim-1
routes:
  agent-main:
    model: sim-model
`;

/** GET (or any request) returning parsed JSON, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function getJson(url: string, init?: RequestInit): Promise<any> {
  const res = await fetch(url, init);
  return res.json();
}
