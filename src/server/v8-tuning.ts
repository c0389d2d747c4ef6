import { setFlagsFromString } from 'node:v8';

// V8 settings the gateway applies to itself at start-up (before the first request), so they hold
// however it is launched: `npm start`, the `switchyard` binary or a container (NODE_OPTIONS does
// not accept these flags).
//
// Allocation-site pretenuring: V8 watches object and array literals and, when most objects from
// one site survive a young-generation GC, allocates that site's objects in the old generation
// from then on. In the gateway a request's objects live a few milliseconds, but some literals
// reach the old generation that way while the parsed request body they point to is young. Once
// the request is done those old objects are dead, yet a scavenge cannot know it (it treats
// every old-to-new pointer as live), so the body survives scavenges, is promoted and waits for a
// full mark-compact. Measured with a 49 KB Claude Code body (--trace-gc-nvp): ~7 MB promoted per
// scavenge of ~20 MB allocated (a mark-compact every ~1.3 s) with pretenuring, ~0.8 MB and no
// mark-compact during the run without. docs/performance.md has the CPU figures.

/** Environment variable that keeps V8's default (pretenuring on) when set to `on`. */
export const PRETENURING_ENV = 'SWITCHYARD_V8_PRETENURING';

/** Applies the settings unless the environment opts out; returns the flags it set. */
export function tuneV8ForRequests(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env[PRETENURING_ENV] === 'on') return [];
  const flags = ['--no-allocation-site-pretenuring'];
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
