import { spawn, type ChildProcess } from 'node:child_process';

// `switchyard start` as a real process whose JSON log lines (stderr) a test can wait for: a reload
// is observed by its log line, never by sleeping.

export interface LoggedGateway {
  child: ChildProcess;
  url: string;
  /** Parsed log lines so far. */
  logs: { level: number; msg: string; [k: string]: unknown }[];
  /** Resolves with the first log line from index `from` on whose msg matches. */
  waitForLog(re: RegExp, from?: number, timeoutMs?: number): Promise<{ msg: string; [k: string]: unknown }>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startLoggedGateway(args: string[], env: NodeJS.ProcessEnv = {}, startTimeoutMs = 120_000): Promise<LoggedGateway> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start', '--port', '0', ...args], {
    env: { ...process.env, SWITCHYARD_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LoggedGateway['logs'] = [];
  const waiters = new Set<() => void>();
  let partial = '';
  child.stderr!.on('data', (d) => {
    partial += d;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ level: 0, msg: line });
      }
    }
    for (const w of waiters) w();
  });
  const waitForLog: LoggedGateway['waitForLog'] = (re, from = 0, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const hit = logs.slice(from).find((l) => re.test(String(l.msg)));
        if (!hit) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no log line matching ${re} within ${timeoutMs}ms; logs:\n${logs.map((l) => l.msg).join('\n')}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway did not start: ${logs.map((l) => l.msg).join('\n')}`));
    }, startTimeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}: ${logs.map((l) => l.msg).join('\n')}${partial}`));
    });
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        child,
        url: m[1],
        logs,
        waitForLog,
        stop: (signal = 'SIGTERM') =>
          new Promise((res) => {
            if (child.exitCode !== null) return res(child.exitCode);
            child.once('exit', (code) => res(code));
            child.kill(signal);
          }),
      });
    });
  });
}
