// A call whose own arguments say it only rehearses: a dry run (`dry_run: true`, EC2's `DryRun`,
// Kubernetes' `dryRun: "server"`), a plan or validation only, a preview, or a report mode. The
// service answers with what it would do and changes nothing, wherever it points (a dry run
// against production is how production changes are checked). One argument that says the call acts
// (`dry_run: false`, `confirm: true`, `mode: "execute"`) makes it a real call again.

/** Keys, folded to lower case without `-`/`_`, that switch a rehearsal on. */
const FLAG = /^(?:dryrun|planonly|previewonly|validateonly|checkonly|reportonly|simulate|simulation|whatif|noop|preview)$/;
/** Values of a dry-run key that mean on (Kubernetes' strategies; `["All"]` in its API). */
const ON = /^(?:true|server|client|all|yes|1)$/i;
const MODE_KEY = /^(?:mode|runmode|executionmode)$/;
const MODE_VALUE = /^(?:dry[-_ ]?run|report|report[-_ ]?only|preview|plan|simulate|simulation|validate|check|what[-_ ]?if|noop)$/i;
const ACTING_MODE = /^(?:execute|exec|apply|run|live|commit|force|real|delete|purge|send)$/i;
/** Keys that make the call act when set, whatever else says it rehearses. */
const ACTS = /^(?:confirm|confirmed|execute|commit|apply|force|send|publish|submit|live|livemode|autoapprove|approve)$/;

const fold = (k: string): string => k.toLowerCase().replace(/[-_]/g, '');

function on(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v === 'string') return ON.test(v);
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && ON.test(x));
}

/** The object's entries, then those of each plain object one level down (`params`, `options`). */
export function entriesOneDown(o: Record<string, unknown>): [string, unknown][] {
  const nested = Object.values(o).filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
  return [...Object.entries(o), ...nested.flatMap((v) => Object.entries(v))];
}

/** Whether the arguments (top level, or one object down: `params`, `options`) say the call only rehearses. */
export function dryRunOnly(args: Record<string, unknown>): boolean {
  const entries = entriesOneDown(args);
  let rehearses = false;
  for (const [key, v] of entries) {
    const k = fold(key);
    if (FLAG.test(k)) {
      if (!on(v)) return false;
      rehearses = true;
    } else if (MODE_KEY.test(k) && typeof v === 'string') {
      if (ACTING_MODE.test(v)) return false;
      if (MODE_VALUE.test(v)) rehearses = true;
    } else if (ACTS.test(k) && on(v)) return false;
  }
  return rehearses;
}
