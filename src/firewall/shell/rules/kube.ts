import { disposable, flagValue, lit, PROD, throwaway, type CommandFacts, type Rule } from './types.js';

// Kubernetes and Helm. Reads run; changes ask (they reach a live cluster), and production
// contexts or namespaces make them critical. Local clusters (kind, minikube...) are relaxed.

const KUBE_READ = new Set(['get', 'describe', 'logs', 'top', 'explain', 'version', 'api-resources', 'api-versions', 'cluster-info', 'diff', 'auth', 'wait', 'events', 'completion', 'plugin', 'kustomize']);
const KUBE_CONFIG_READ = new Set(['view', 'get-contexts', 'current-context', 'get-clusters', 'get-users']);
const ROLLOUT_READ = new Set(['status', 'history']);
const LOCAL_CLUSTER = /^(kind-|minikube|docker-desktop|k3d-|rancher-desktop|colima|orbstack|microk8s)/i;
/** A rollout, restart or upgrade in a staging or dev cluster: reviewed afterwards, not held (deletions still ask). */
const PREPROD_CHANGE = 0.45;
const REPLICASET_POD = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[a-z0-9]{6,10}-[a-z0-9]{5}$/;
const CRITICAL_KIND = /^(ns|namespaces?|pvc|persistentvolumeclaims?|pv|persistentvolumes?|deploy(ments?)?|sts|statefulsets?|secrets?|crd|customresourcedefinitions?|nodes?|all|clusterroles?|clusterrolebindings?)([./]|$)/i;

function cluster(f: CommandFacts): { prod: boolean; local: boolean; preprod: boolean; throwaway: boolean; where: string } {
  const ctx = flagValue(f.args, '--context', '--kube-context', '--cluster') ?? '';
  const ns = flagValue(f.args, '-n', '--namespace') ?? '';
  const kubeconfig = flagValue(f.args, '--kubeconfig') ?? '';
  const where = [ctx && `context ${ctx}`, ns && `namespace ${ns}`].filter(Boolean).join(', ');
  const prod = PROD.test(ctx) || PROD.test(ns) || PROD.test(kubeconfig);
  const preprod = !prod && disposable(ctx, ns, kubeconfig);
  return { prod, local: LOCAL_CLUSTER.test(ctx), preprod, throwaway: !prod && throwaway(ctx, ns, kubeconfig), where };
}

/**
 * Flags of kubectl and helm that take a value: their value is where or as whom the command runs
 * (`--cluster prod-eu`, `--user readonly`, `--kube-context live`), never its subcommand.
 */
const VALUE_FLAG = /^(?:-n|--namespace|--context|--kubeconfig|-l|--selector|-o|--output|-f|--filename|-c|--container|--cluster|--user|-s|--server|--token|--as|--as-group|--as-uid|--request-timeout|--certificate-authority|--client-certificate|--client-key|--tls-server-name|--cache-dir|--kube-context|--kube-apiserver|--kube-token|--kube-as-user|--kube-as-group|--kube-ca-file|--kube-tls-server-name|--repository-config|--repository-cache|--registry-config)$/;

/** The words that are not flags nor a value flag's value: the subcommand and its operands. */
const flagValues = (f: CommandFacts) => f.args.filter((a, i) => VALUE_FLAG.test(f.args[i - 1]?.text ?? '')).map((a) => a.text);
const operandsOf = (f: CommandFacts) => f.args.filter((a, i) => !a.text.startsWith('-') && !VALUE_FLAG.test(f.args[i - 1]?.text ?? ''));

export const kubectl: Rule = (f) => {
  const ops = operandsOf(f);
  const sub = ops[0]?.text ?? '';
  const { prod, local, preprod, throwaway: scratch, where } = cluster(f);
  const at = where ? ` (${where})` : '';
  if (sub === 'exec' || sub === 'attach' || sub === 'debug') {
    execInside(f);
    return f.add(prod ? 0.7 : 0.35, prod ? 'critical' : 'external', false, 'remote_exec', `kubectl ${sub} runs a command in a live pod${at}`);
  }
  f.network('kubectl');
  // A secret's values (its `data`), as opposed to its name or metadata, are the credential itself.
  if (sub === 'get' && /^secrets?$/i.test(ops[1]?.text ?? '') && secretValuesShown(f)) {
    f.sensitiveRead(`kubectl secret ${ops[2]?.text ?? ''}`.trim());
    return f.add(local ? 0.3 : 0.65, local ? 'external' : 'critical', true, 'secret_read', `kubectl get secret prints the secret's values${at}`);
  }
  // `rollout status|history` watch or list a rollout; only `undo`, `restart`, `pause`… change it.
  const rolloutRead = sub === 'rollout' && ROLLOUT_READ.has(ops[1]?.text ?? '');
  if (KUBE_READ.has(sub) || rolloutRead || (sub === 'config' && KUBE_CONFIG_READ.has(ops[1]?.text ?? '')) || sub === '' || sub === 'port-forward' || sub === 'proxy') {
    // Where it reads (`--cluster prod-eu`, `--server …prod…`) was judged here: the learned layer does not weigh it again.
    f.clear(flagValues(f));
    return f.add(0.05, 'read_only', true, 'infra_read', `kubectl ${sub}${at}`.trim());
  }
  // `--dry-run=client|server` (and the bare, older `--dry-run`) print or validate the object; `=none` applies it.
  if (f.args.some((a) => a.text === '--dry-run' || /^--dry-run=(?:client|server)$/.test(a.text))) {
    return f.add(0.05, 'read_only', true, 'infra_read', `kubectl ${sub} only shows what it would do${at}`);
  }
  if (sub === 'config') {
    const switching = ['use-context', 'use', 'set-context'].includes(ops[1]?.text ?? '');
    const target = ops[2]?.text ?? '';
    return f.add(switching && PROD.test(target) ? 0.45 : 0.12, 'local_edit', true, 'infra_change', `kubectl config ${ops[1]?.text ?? ''} ${target}`.trim());
  }
  const all = f.args.map((a) => a.text).join(' ');
  // Scaling a staging or dev workload to zero pauses it (testers scale it back): a change there, not a removal.
  const pausesPreprod = preprod && sub === 'scale';
  const deleting = sub === 'delete' || sub === 'drain' || sub === 'cordon' || sub === 'taint' || (/\bscale\b.*--replicas[= ]0\b/.test(all) && !pausesPreprod) || (sub === 'rollout' && ops[1]?.text === 'undo');
  if (deleting) {
    // A namespace or context nobody else works in (dev, test, sandbox, a per-PR preview), or such a
    // namespace itself: its removal is clean-up (targets.ts's throwaway; staging and QA keep the gate).
    const namespaceItself = /^(?:ns|namespaces?)$/i.test(ops[1]?.text ?? '') ? ops[2]?.text : undefined;
    if (sub === 'delete' && !prod && !/--all-namespaces\b|\s-A\b/.test(all) && (scratch || (!!namespaceItself && throwaway(namespaceItself)))) {
      return f.add(0.35, 'local_edit', false, 'infra_destruction', `kubectl delete ${ops.slice(1, 3).map((o) => o.text).join(' ')} removes resources from a throwaway namespace${at || ` (${namespaceItself})`}`);
    }
    const big = ops.slice(1).some((o) => CRITICAL_KIND.test(o.text)) || /--all\b/.test(all) || sub === 'drain';
    // A pod named by its ReplicaSet (`api-5d8f7b9c6d-q2w9x`) is recreated by its Deployment: outside
    // production, deleting it is a restart. StatefulSet pods (`db-0`) and bare pods are not. Pods
    // picked by an app label (`-l app=api`) are how a service's replicas are bounced.
    const pods = sub === 'delete' && /^(?:pods?|po)$/.test(ops[1]?.text ?? '');
    const named = pods && ops.length === 3 && REPLICASET_POD.test(ops[2].text);
    const selected = pods && ops.length === 2 && !!flagValue(f.args, '-l', '--selector');
    if ((named || selected) && !prod && preprod) return f.add(0.35, 'local_edit', false, 'infra_change', `kubectl delete pod ${named ? ops[2].text : `-l ${flagValue(f.args, '-l', '--selector')}`} restarts pods their Deployment recreates${at}`);
    const risk = local ? 0.35 : prod || big ? 0.9 : 0.7;
    return f.add(risk, risk >= 0.7 ? 'critical' : 'local_edit', false, 'infra_destruction', `kubectl ${sub} ${ops.slice(1, 3).map((o) => o.text).join(' ')} removes or stops cluster resources${at}`);
  }
  const risk = local ? 0.25 : prod ? 0.8 : preprod ? PREPROD_CHANGE : 0.62;
  f.add(risk, prod ? 'critical' : 'external', false, 'infra_change', `kubectl ${sub} changes a live cluster${at}`);
};

const HELM_READ = new Set(['list', 'ls', 'status', 'get', 'history', 'template', 'lint', 'show', 'inspect', 'search', 'repo', 'dependency', 'dep', 'version', 'env', 'plugin', 'verify', 'pull', 'fetch', 'package', 'completion', 'help', 'diff']);

export const helm: Rule = (f) => {
  f.network('helm');
  const sub = operandsOf(f)[0]?.text ?? '';
  const { prod, local, preprod, where } = cluster(f);
  const at = where ? ` (${where})` : '';
  // `--dry-run`, `--dry-run=server|client` render and validate; nothing is applied.
  if (HELM_READ.has(sub) || f.args.some((a) => a.text === '--dry-run' || a.text.startsWith('--dry-run='))) {
    f.clear(flagValues(f));
    return f.add(0.05, 'read_only', true, 'infra_read', `helm ${sub}${at}`);
  }
  if (sub === 'uninstall' || sub === 'delete' || sub === 'del' || sub === 'rollback') {
    // A preview, per-PR or ephemeral release outside production is made to be torn down (staging is not).
    const release = operandsOf(f)[1]?.text ?? '';
    if (sub !== 'rollback' && !prod && throwaway(release, flagValue(f.args, '-n', '--namespace'), flagValue(f.args, '--context', '--kube-context'))) {
      return f.add(0.35, 'local_edit', false, 'infra_destruction', `helm ${sub} removes a throwaway release${at}`);
    }
    return f.add(local ? 0.35 : 0.85, local ? 'local_edit' : 'critical', false, 'infra_destruction', `helm ${sub} removes or reverts a release${at}`);
  }
  const risk = local ? 0.25 : prod ? 0.8 : preprod ? PREPROD_CHANGE : 0.62;
  f.add(risk, prod ? 'critical' : 'external', false, 'infra_change', `helm ${sub} changes a live cluster${at}`);
};

// `docker exec CONTAINER CMD...`, `kubectl exec POD -- CMD...`: the inner command runs elsewhere but still runs.
const CONTAINER_RUNTIME = /^(?:docker|podman|nerdctl)$/;
const DB_CLIENT = /^(?:psql|mysql|mariadb)$/;

export const execInside: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  const dash = words.indexOf('--');
  let inner = dash >= 0 ? f.args.slice(dash + 1) : [];
  const at = words.indexOf('exec');
  if (dash < 0 && at >= 0) {
    let i = at + 1;
    while (i < f.args.length && f.args[i].text.startsWith('-')) i += ['-e', '--env', '-u', '--user', '-w', '--workdir'].includes(f.args[i].text) ? 2 : 1;
    inner = f.args.slice(i + 1);
    // A database client run inside a container with no host of its own talks to the database in
    // that container: the container's name (`billing-dev-db`, `prod-pg`) is where the statement runs.
    const container = f.args[i]?.text;
    if (container && CONTAINER_RUNTIME.test(f.program) && DB_CLIENT.test(inner[0]?.text ?? '') && !inner.some((a) => /^(?:-h|--host)(?:=|$)/.test(a.text))) {
      inner = [inner[0], lit(`--host=${container}`), ...inner.slice(1)];
    }
  }
  if (inner.length) f.judgeArgv(inner, `${f.program} exec`);
};

/** `-o yaml|json` prints every value; a jsonpath or template only when it reaches into `.data`. */
function secretValuesShown(f: CommandFacts): boolean {
  const out = flagValue(f.args, '-o', '--output') ?? f.args.find((a) => /^(?:-o|--output=)/.test(a.text) && a.text.length > 2)?.text.replace(/^(?:-o|--output=)/, '') ?? '';
  return /^(?:ya?ml|json)$/i.test(out) || (/^(?:jsonpath|go-template|template|custom-columns)/i.test(out) && /\.data\b|\bdata\./.test(out));
}
