import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

/** Runs `switchyard ...args` to completion. */
export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], {
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 180_000, // a safety net, not a measurement: tsx compiles on start and CI shares two cores
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface GatewayProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed on stdout so far. */
  stdout(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Everything the process wrote to stderr so far (its logs). */
  stderr(): string;
}

/** Starts `switchyard start` as a real process and waits for its listening line. */
export function startGatewayProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [...CLI, 'start', '--port', '0', ...args], {
    env: { ...process.env, SWITCHYARD_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway did not start: ${stderr}`));
    }, 120_000); // safety net only: the listening line is the event waited for
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}: ${stderr}`));
    });
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({
          child,
          url: m[1],
          stderr: () => stderr,
          stdout: () => out,
          stop: (signal = 'SIGTERM') =>
            new Promise((res) => {
              if (child.exitCode !== null) return res(child.exitCode);
              child.once('exit', (code) => res(code));
              child.kill(signal);
            }),
        });
      }
    });
  });
}
