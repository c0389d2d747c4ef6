import { readFileSync, writeSync } from 'node:fs';
import type { EngineConfig } from '../engine.js';
import { callOf, hookOutput, parseHookInput } from './claude-code.js';
import { remoteVerdict, type Verdict } from './gate-remote.js';

// One run of the Claude Code PreToolUse hook, shared by `switchyard hook claude-code` and the
// standalone `switchyard-hook` entry: stdin JSON in, decision JSON out, exit 2 to block when no
// verdict can be reached.

export interface HookRunOptions {
  gatewayUrl?: string;
  apiKey?: string;
  /** Seconds to wait for a person to answer a gated call (gateway mode). */
  wait?: string;
  /** Loads the firewall section of a config file; only called when --config is given. */
  loadConfig?: () => Promise<EngineConfig>;
}

export class HookBlocked extends Error {}

// stdin and stdout through their file descriptors: the process.stdin/stdout streams would load
// the net and stream machinery on every start for one small read and one small write.
async function readStdin(): Promise<string> {
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    // A non-blocking stdin (some terminals and parents): read it as a stream.
    const parts: Buffer[] = [];
    for await (const c of process.stdin) parts.push(c as Buffer);
    return Buffer.concat(parts).toString('utf8');
  }
}

export function writeOut(text: string, fd = 1): void {
  const buf = Buffer.from(text);
  let done = 0;
  try {
    while (done < buf.length) done += writeSync(fd, buf, done);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    (fd === 2 ? process.stderr : process.stdout).write(buf.subarray(done));
  }
}

/** Returns the line to print (or null for events that need no answer); throws HookBlocked. */
export async function runClaudeCodeHook(opts: HookRunOptions, stdin: () => Promise<string> = readStdin): Promise<string | null> {
  let input;
  try {
    input = parseHookInput(await stdin());
  } catch (err) {
    throw new HookBlocked((err as Error).message);
  }
  if (input.hook_event_name !== 'PreToolUse') return null;
  const { call, context } = callOf(input);
  const url = opts.gatewayUrl ?? process.env.SWITCHYARD_URL;
  const waitS = Number(opts.wait ?? '0');
  if (!Number.isFinite(waitS) || waitS < 0) throw new HookBlocked(`--wait must be a number of seconds >= 0, got "${opts.wait}"`);
  let verdict: Verdict;
  try {
    if (url) verdict = await remoteVerdict({ url, apiKey: opts.apiKey ?? process.env.SWITCHYARD_API_KEY, waitMs: waitS * 1000 }, call, context);
    else {
      // The engine loads only here: a hook that asks a gateway never pays for it.
      const { localVerdict } = await import('./gate-client.js');
      verdict = localVerdict(call, context, opts.loadConfig ? await opts.loadConfig() : undefined);
    }
  } catch (err) {
    throw new HookBlocked((err as Error).message);
  }
  return hookOutput(verdict);
}

/** Exit 2 blocks the tool call in Claude Code and shows stderr to the model; any other failure exit would let the call run. */
export function blockAndExit(reason: string): never {
  writeOut(`Switchyard hook blocked the call: ${reason}\n`, 2);
  process.exit(2);
}
