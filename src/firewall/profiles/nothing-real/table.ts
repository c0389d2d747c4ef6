import type { Intent } from '../tool-name.js';
import type { SideEffectClass } from '../../types.js';
import type { ToolKind } from '../types.js';

// Everything an unknown tool's name and arguments can say about whether its call does anything
// real, written once. Three kinds of call read it, each with its own exceptions (ACTIONS):
// - any action whose arguments say it only rehearses (a dry run, preview, plan or report: the
//   service answers with what it would do) is judged as the read it is, wherever it points: a dry
//   run against production is how production changes are checked;
// - a payment or a run (deploy, build, trigger) that is a draft, a link or quote, not sent yet, or
//   in a sandbox, test mode, dev or staging moves nothing and ships nothing until someone acts;
// - a removal in a test mode, sandbox, training till or on this machine touches no real customer,
//   sale or data. Dev and staging do not count here: deleting in them still loses someone's work.

/** Keys and values are compared folded: lower case, without `-`, `_` or spaces (`dry_run`, `dryRun`, `DryRun`). */
export const fold = (s: string): string => s.toLowerCase().replace(/[-_ ]/g, '');

/** Ways a call does nothing real. `named`: the tool's own name says so (`create_payment_link`, `draft_invoice`). */
export type Unreal = 'dry_run' | 'test' | 'local' | 'staging' | 'draft' | 'not_yet' | 'named';
/** How strongly an argument says the call is real, weakest first: it acts (confirm, execute), it goes out (send, publish), it is live (production, livemode). */
export const REAL = ['acts', 'sends', 'live'] as const;
export type Real = (typeof REAL)[number];
export type Says = Unreal | Real;

/** Which keys' values an action reads: how the call runs (a mode), where (an environment, a host), what a run or a record is (a build target, a draft status). */
export type KeyGroup = 'how' | 'where' | 'what' | 'index';
export const KEYS: Record<KeyGroup, RegExp> = {
  how: /^(?:mode|runmode|executionmode)$/,
  where: /^(?:environment|env|stage|host|tillmode|accountmode|live|livemode|namespace|cluster|workspace|context|kubecontext|database|db)$/,
  /** Where a package goes (read only by the publish action: `repository: test-fixtures` is not a test mode for a deletion). */
  index: /^(?:registry|registryurl|repository|repositoryurl|index|indexurl)$/,
  what: /^(?:target|configuration|config|workflow|job|profile|buildtype|variant|status\w*|state)$/,
};

/** Values of those keys and what each says. Only a mode says that a call acts or only rehearses. */
export const VALUES: ReadonlyArray<[Says, RegExp, KeyGroup?]> = [
  ['live', /^(?:prod|production|live|release|main|master)$/],
  ['acts', /^(?:execute|exec|apply|run|live|commit|force|real|delete|purge|send)$/, 'how'],
  ['dry_run', /^(?:dryrun|report|reportonly|preview|plan|simulate|simulation|validate|check|whatif|noop)$/, 'how'],
  ['test', /^(?:sandbox|test|tests|testing|testmode|training|practice|demo|unit|lint|testpypi)$/],
  ['local', /^(?:local|localhost|127\.0\.0\.1|::1)$/],
  ['staging', /^(?:dev|development|staging|debug|ci|qa|preview)$/],
  ['draft', /^draft$/],
];

/** Flags (folded keys) and what they say set on, and set off. */
const flags = (keys: string[], on: Says, off?: Says) => keys.map((k) => [k, [on, off]] as const);
export const FLAGS: ReadonlyMap<string, readonly [on: Says, off?: Says]> = new Map([
  // Switched off, a dry-run flag says the call acts (`dry_run: false`, Kubernetes' `dryRun: "None"`).
  ...flags(['dryrun', 'planonly', 'previewonly', 'validateonly', 'checkonly', 'reportonly', 'simulate', 'simulation', 'whatif', 'noop', 'preview'], 'dry_run', 'acts'),
  ...flags(['testmode', 'sandbox', 'test'], 'test'),
  ...flags(['draft'], 'draft'),
  // A payment processor's `livemode: false` is its test mode.
  ...flags(['live', 'livemode'], 'live', 'test'),
  ...flags(['confirm', 'confirmed', 'execute', 'commit', 'apply', 'force', 'autoapprove', 'approve'], 'acts'),
  // `send: false`, `auto_advance: false`: an invoice or release left for someone to send.
  ...flags(['send', 'publish', 'submit', 'autoadvance', 'upload', 'deploy', 'notify', 'finalize'], 'sends', 'not_yet'),
]);

/**
 * Command-line flags (folded, without their dashes) that say a run only rehearses, on top of the
 * flags above: on a command line `--plan`, `--check`, `--validate` or `--diff` replaces the run
 * with a report of it, while as an argument key the same word may name a step taken before the
 * real one.
 */
export const CLI_ONLY_FLAGS: ReadonlySet<string> = new Set(['plan', 'check', 'validate', 'diff']);

/** Values that switch a flag on (Kubernetes' dry-run strategies too; `["All"]` in its API), and off. */
export const ON = /^(?:true|server|client|all|yes|1)$/i;
export const OFF = /^(?:false|none|no|off|0)$/i;

/**
 * Keys whose object picks the records a call acts on (`filter: {env: "test"}` deletes the records
 * tagged test, in the live system): it says which, not how or where the call runs. Not `query`: an
 * HTTP query object carries flags (Kubernetes' `?dryRun=All`).
 */
export const SELECTS = /^(?:filter|filters|where|match|selector|criteria|conditions?)$/i;

/** Words in a tool's name that say a payment or run is a draft, an offer or a test (`create_payment_link`, `quote_transfer`). */
export const NAME_WORD = /^(?:draft|drafts|link|links|quote|quotes|estimate|estimates|preview|sandbox|simulate|simulation|test|tests|dryrun)$/;

export type Action = 'rehearse' | 'pay_or_run' | 'change' | 'publish' | 'remove';

export interface ActionRule {
  /** Whose calls it is: intents the tool's name gives (null: no verb in the name). */
  intents: (intent: Intent | null, kind: ToolKind) => boolean;
  /** And, when given, a word the tool's name must hold. */
  nameWord?: RegExp;
  /** Which ways of doing nothing real count. */
  unreal: readonly Unreal[];
  /** Whose values are read. Flags are read for every action. */
  keys: readonly KeyGroup[];
  /** The weakest argument that makes the call real again. */
  undoneBy: Real;
  /** What the call is judged as: `read` is a read of the same arguments (nothing it names is about to happen). */
  profile: { kind: ToolKind; class: SideEffectClass; base_risk: number; confidence: number; says: string };
}

/** The actions in the order they are tried: a rehearsal of anything first. */
export const ACTIONS: ReadonlyArray<[Action, ActionRule]> = [
  ['rehearse', {
    // A schedule or a delegation only rehearses when the work it sets up does (judged there).
    intents: (intent, kind) => intent !== 'read' && kind !== 'schedule' && kind !== 'delegate',
    unreal: ['dry_run'],
    // Production or not: an environment does not make a dry run act.
    keys: ['how'],
    undoneBy: 'acts',
    profile: { kind: 'read', class: 'read_only', base_risk: 0.05, confidence: 0.85, says: 'whose arguments say it only rehearses (dry run, preview or report)' },
  }],
  ['pay_or_run', {
    intents: (intent) => intent === 'finance' || intent === 'exec',
    // A dry run of a payment is a rehearsal of any action (above); undone, it is no draft here either.
    unreal: ['test', 'local', 'staging', 'draft', 'not_yet', 'named'],
    keys: ['how', 'where', 'what'],
    // Confirming a test payment still moves no money; sending the draft invoice does.
    undoneBy: 'sends',
    profile: { kind: 'generic', class: 'external', base_risk: 0.15, confidence: 0.8, says: 'whose name or arguments say it is a draft, link, sandbox or test run' },
  }],
  ['change', {
    // An update or a new record is only as real as where it lands: a flag, an alert rule or a
    // service's size in staging or a sandbox reaches testers, not customers. Not the name (an
    // `update_shared_link` changes a real link) and not a draft (that is the record's own state).
    intents: (intent) => intent === 'write' || intent === 'create',
    unreal: ['test', 'local', 'staging'],
    keys: ['how', 'where'],
    undoneBy: 'live',
    profile: { kind: 'generic', class: 'external', base_risk: 0.12, confidence: 0.8, says: 'whose arguments say it changes something in a sandbox, test, dev or staging place' },
  }],
  ['publish', {
    // A package published to a test index (TestPyPI) or a registry on this machine (a Verdaccio on
    // localhost) reaches no one who installs from the real one.
    intents: (intent) => intent === 'send' || intent === 'exec',
    nameWord: /^(?:publish|release|upload)$/,
    unreal: ['test', 'local'],
    keys: ['index'],
    undoneBy: 'live',
    profile: { kind: 'generic', class: 'external', base_risk: 0.12, confidence: 0.8, says: 'whose arguments say it publishes to a test index or a registry on this machine' },
  }],
  ['remove', {
    intents: (intent) => intent === 'destroy' || intent === null,
    // Not dev or staging, and not the name: `delete_test_users` deletes users.
    unreal: ['test', 'local'],
    keys: ['how', 'where'],
    undoneBy: 'live',
    profile: { kind: 'generic', class: 'local_edit', base_risk: 0.1, confidence: 0.8, says: 'whose arguments say it acts in a test mode, sandbox, training mode or on this machine' },
  }],
];
