import { disposable, flagValue, type CommandFacts, type Rule } from './types.js';

// Schedulers, GitOps controllers and configuration masters (Nomad, Argo CD, Flux, Salt) and the
// alerting and CI agents next to them. Their targets are clusters, apps and minion sets named by
// the team (`fra1`, `invoices-api`, `pos-*`), almost never with the word "prod": a change asks
// unless the target is named disposable (a local dev agent, a kind cluster, a per-PR app, staging).
// Reads, plans, diffs and dry runs run.

const LOCAL_ADDRESS = /^(?:https?:\/\/)?(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\/?$/;

function verbs(f: CommandFacts): string[] {
  return f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text);
}

/** A change: asks on a shared target, stays low on a disposable one. */
function change(f: CommandFacts, what: string, risk: number, throwaway: boolean, category = 'infra_change'): void {
  if (throwaway) return f.add(0.35, 'external', true, category, `${what} changes a disposable target`);
  f.add(risk, 'critical', false, category, `${what} changes a shared ${category === 'infra_destruction' ? 'target and cannot be undone' : 'target others depend on'}`);
}

const NOMAD_READ = /^(status|plan|validate|fmt|inspect|logs|history|allocs|eval|version|members|info|list|self|read|get|monitor|check)$/;

export const nomad: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const what = `nomad ${w.slice(0, 3).join(' ')}`.trim();
  const address = flagValue(f.args, '-address') ?? /\bNOMAD_ADDR=(\S+)/.exec(f.script)?.[1] ?? '';
  const throwaway = LOCAL_ADDRESS.test(address) || f.args.some((a) => a.text === '-dev') || disposable(flagValue(f.args, '-namespace'), address);
  if (w.slice(0, 3).some((x) => NOMAD_READ.test(x)) && !w.some((x) => /^(apply|write|put|delete|purge)$/.test(x))) return f.add(0.05, 'read_only', true, 'infra_read', what);
  if (w[0] === 'acl') return f.add(0.85, 'critical', false, 'access_control', `${what} changes who may act on the cluster`);
  const destroys = (w[0] === 'job' && w[1] === 'stop' && f.args.some((a) => a.text === '-purge')) || w[1] === 'deregister' || (w[0] === 'node' && w[1] === 'drain');
  change(f, what, destroys ? 0.9 : 0.75, throwaway, destroys ? 'infra_destruction' : 'infra_change');
};

const ARGO_READ = /^(get|list|diff|history|logs|manifests|resources|wait|version|context|login|account|whoami)$/;

export const argocd: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const what = `argocd ${w.slice(0, 3).join(' ')}`.trim();
  if (ARGO_READ.test(w[1] ?? w[0] ?? '') || f.args.some((a) => a.text === '--dry-run' || a.text === '--preview-changes')) return f.add(0.05, 'read_only', true, 'infra_read', what);
  if (/^(proj|repo|cluster|cert|gpg|account)$/.test(w[0] ?? '')) return f.add(0.78, 'critical', false, 'access_control', `${what} changes what Argo CD may deploy, and where`);
  const destroys = w[1] === 'delete';
  change(f, what, destroys ? 0.9 : 0.75, disposable(w[2], flagValue(f.args, '--app-namespace', '--dest-namespace')), destroys ? 'infra_destruction' : 'infra_change');
};

export const flux: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const what = `flux ${w.slice(0, 3).join(' ')}`.trim();
  if (/^(get|logs|check|diff|tree|stats|version|export|trace|events|completion)$/.test(w[0] ?? '')) return f.add(0.05, 'read_only', true, 'infra_read', what);
  const throwaway = disposable(flagValue(f.args, '--context'));
  // Reconciling or resuming applies what is already merged; suspending or deleting stops fixes from landing.
  if (/^(reconcile|resume)$/.test(w[0] ?? '')) return f.add(throwaway ? 0.2 : 0.45, 'external', true, 'infra_change', `${what} applies what the repository already declares`);
  const destroys = /^(delete|uninstall)$/.test(w[0] ?? '');
  change(f, what, destroys ? 0.9 : 0.78, throwaway, destroys ? 'infra_destruction' : 'infra_change');
};

/** Salt execution functions that only report. */
const SALT_READ = /^(test\.(ping|version|echo)|grains\.(items|item|get|ls)|pillar\.(ls|keys)|disk\.(usage|percent|inodeusage)|status\.\w+|pkg\.(list_pkgs|version|list_upgrades|latest_version)|service\.(status|available|get_all|enabled)|state\.(show_\w+|sls_exists)|sys\.\w+|network\.(interfaces|ip_addrs|ping)|saltutil\.(running|find_job)|jobs\.\w+|manage\.(status|up|down)|file\.(file_exists|stats|find))$/;

export const salt: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const all = f.args.map((a) => a.text);
  if (f.program === 'salt-key') {
    const lists = all.some((a) => /^(-[Llfp]|--list(-all)?|--finger(-all)?|--print(-all)?)(=|$)/.test(a));
    const changes = all.some((a) => /^(-[aAdDrR]y?|--(accept|delete|reject|include-\w+)(-all)?)(=|$)/.test(a));
    if (lists && !changes) return f.add(0.05, 'read_only', true, 'infra_read', 'salt-key lists minion keys');
    return f.add(0.8, 'critical', false, 'access_control', 'salt-key accepts, rejects or deletes minion keys');
  }
  // `salt TARGET FUNCTION …`, `salt-call FUNCTION …` (this minion), `salt-run RUNNER …`.
  const fn = f.program === 'salt' ? w[1] ?? '' : w[0] ?? '';
  const what = `${f.program} ${f.program === 'salt' ? `${w[0] ?? ''} ${fn}` : fn}`.trim();
  if (SALT_READ.test(fn) || all.some((a) => /^test=(True|true|1)$/.test(a))) return f.add(0.05, 'read_only', true, 'infra_read', `${what} only reports`);
  if (/^(pillar\.(items|get|item)|config\.get)$/.test(fn)) {
    f.sensitiveRead(what);
    return f.add(0.62, 'external', true, 'secret_read', `${what} prints pillar data, where Salt keeps secrets`);
  }
  change(f, what, f.program === 'salt-call' ? 0.55 : 0.75, f.program === 'salt' && disposable(w[0]));
};

/** Alertmanager: a silence hides alerts from the people on call. */
export const amtool: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const what = `amtool ${w.slice(0, 2).join(' ')}`.trim();
  // Matchers naming a disposable cluster or environment (`cluster=x-staging`) silence only it.
  if (w[0] === 'silence' && w[1] === 'add' && disposable(...w.slice(2).filter((x) => /^(cluster|env|environment|namespace|stage)=/.test(x)))) return f.add(0.3, 'external', true, 'infra_change', `${what} silences alerts of a disposable environment`);
  if (w[0] === 'silence' && w[1] === 'add') return f.add(0.75, 'critical', true, 'safety_tampering', `${what} hides alerts from the people on call`);
  if (w[0] === 'silence' && /^(expire|import)$/.test(w[1] ?? '')) return f.add(0.35, 'external', true, 'infra_change', what);
  f.add(0.05, 'read_only', true, 'infra_read', what);
};

/** CircleCI: contexts hold the organisation's secrets; an orb is code other projects pull. */
export const circleci: Rule = (f) => {
  f.network(f.program);
  const w = verbs(f);
  const what = `circleci ${w.slice(0, 2).join(' ')}`.trim();
  if (w[0] === 'context' && /^(store-secret|remove-secret|create|delete)$/.test(w[1] ?? '')) return f.add(0.75, 'critical', false, 'secrets', `${what} changes an organisation's shared CI secrets`);
  if (w[0] === 'orb' && /^(publish|create)$/.test(w[1] ?? '') && !/@dev:/.test(w.join(' '))) return f.add(0.8, 'critical', false, 'publish', `${what} publishes an orb other projects pull`);
  f.add(0.08, 'read_only', true, 'infra_read', what);
};

/** `buildkite-agent pipeline upload` adds steps to the build that is running, on the shared agents. */
export const buildkiteAgent: Rule = (f) => {
  const w = verbs(f);
  const what = `buildkite-agent ${w.slice(0, 2).join(' ')}`.trim();
  if (w[0] === 'pipeline' && w[1] === 'upload' && !f.args.some((a) => a.text === '--dry-run')) {
    return f.add(0.7, 'critical', false, 'ci', `${what} runs ${w[2] ?? 'the pipeline'}'s steps on the organisation's agents`);
  }
  f.add(0.08, 'local_edit', true, 'build', what);
};
