// A fresh process's first firewall assessment, cold and after the gateway's start-up warm-up
// (src/firewall/warm-up.ts). Each sample is its own child process that assesses one probe call
// first: ASCII (a shell command), Spanish (Latin-1) and Russian (two-byte) prompts that reach the
// multilingual lexicons. The probes are not among the warm-up's calls. "warm" children run the
// warm-up to its end first, as a gateway does after it listens; both kinds load the same modules.
// Env: REPS (3 children per probe and mode). Run: npx tsx bench/firewall-first-call.ts
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const PROBES = {
  ascii: { call: { tool: 'Bash', args: { command: 'find ./logs -name "*.gz" -mtime +30 -delete' } }, context: { user_message: 'tidy the old logs' } },
  spanish: {
    call: { tool: 'cronjob', args: { action: 'create', schedule: '0 7 * * 1', prompt: 'Todos los lunes, borra para siempre las copias de seguridad del año pasado y publica el informe en la web.' } },
    context: { user_message: 'hazlo cada semana' },
  },
  russian: {
    call: { tool: 'cronjob', args: { action: 'create', schedule: '0 7 * * 1', prompt: 'Каждый понедельник оплати счёт за интернет и отправь квитанцию бухгалтеру.' } },
    context: { user_message: 'сделай это' },
  },
} as const;
type Probe = keyof typeof PROBES;

async function child(probe: Probe, warm: boolean): Promise<void> {
  const { assess } = await import('../src/firewall/engine.js');
  const { warmUpEngine } = await import('../src/firewall/warm-up.js');
  const { DEFAULT_ENGINE_CONFIG } = await import('../src/firewall/defaults.js');
  const warmUp = warm ? await warmUpEngine(DEFAULT_ENGINE_CONFIG) : undefined;
  const { call, context } = PROBES[probe];
  const t0 = performance.now();
  assess(call, context, DEFAULT_ENGINE_CONFIG);
  const firstMs = performance.now() - t0;
  process.stdout.write(JSON.stringify({ firstMs, warmUp }));
}

const REPS = Number(process.env.REPS ?? 3);
const [probeArg, modeArg] = process.argv.slice(2);
if (probeArg) {
  await child(probeArg as Probe, modeArg === 'warm');
} else {
  const self = fileURLToPath(import.meta.url);
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  console.log(`load average ${loadavg()[0].toFixed(1)}; ${REPS} fresh processes per probe and mode, first assess() wall ms`);
  for (const probe of Object.keys(PROBES) as Probe[]) {
    const row: string[] = [];
    // Cold and warm alternate, so load drift hits both alike.
    const runs: Record<'cold' | 'warm', Array<{ firstMs: number; warmUp?: { wallMs: number; cpuMs: number; longestMs: number; calls: number } }>> = { cold: [], warm: [] };
    for (let r = 0; r < REPS; r++) {
      for (const mode of ['cold', 'warm'] as const) {
        const out = execFileSync(process.execPath, ['--import', 'tsx', self, probe, mode], { encoding: 'utf8', timeout: 60_000 });
        runs[mode].push(JSON.parse(out));
      }
    }
    for (const mode of ['cold', 'warm'] as const) row.push(`${mode} ${median(runs[mode].map((x) => x.firstMs)).toFixed(1)} ms [${runs[mode].map((x) => x.firstMs.toFixed(1)).join(', ')}]`);
    const w = runs.warm.map((x) => x.warmUp!);
    row.push(`warm-up ${median(w.map((x) => x.wallMs)).toFixed(0)} ms wall, ${median(w.map((x) => x.cpuMs)).toFixed(0)} ms CPU, slowest call ${median(w.map((x) => x.longestMs)).toFixed(0)} ms, ${w[0].calls} calls`);
    console.log(`${probe.padEnd(8)} ${row.join('; ')}`);
  }
}
