// MCP tools that stand for a CLI command: Kubernetes tools (`kubectl_scale`, `kubectl_patch`,
// `pods_delete`, `resources_create_or_update`) do what the kubectl command of the same name does
// (Docker tools: docker-tool.ts). Their arguments say the resource and the namespace. They are
// judged as that command (shell/rules/kube.ts), so a change in a staging or dev namespace weighs
// what `kubectl scale -n staging` weighs and production stays held.

const PREFIX = /^(?:kubectl|k8s|kube|kubernetes)$/;
const SUB: Record<string, string> = { log: 'logs', list: 'get', create_or_update: 'apply', create: 'apply', update: 'apply', restart: 'rollout restart' };
/** Values spliced into the command: names only, never shell syntax. */
const SAFE = /^[\w.:/@-]{1,253}$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);

/** The kubectl command a Kubernetes tool stands for, or null when the name or arguments do not say. */
export function kubeToolCommand(words: string[], args: Record<string, unknown>): string | null {
  let sub: string;
  let resource = str(args.resourceType) ?? str(args.resource_type) ?? str(args.kind) ?? str(args.resource);
  if (PREFIX.test(words[0] ?? '') && words.length > 1) sub = words.slice(1).join('_');
  else if (/^pods?$/.test(words[0] ?? '') && words.length > 1) {
    sub = words.slice(1).join('_');
    resource ??= 'pod';
  } else if (/^resources?$/.test(words[0] ?? '') && words.length > 1) sub = words.slice(1).join('_');
  else return null;
  sub = SUB[sub] ?? sub;
  if (!/^(?:get|describe|logs|top|delete|scale|patch|apply|rollout restart|rollout undo|cordon|drain|label|annotate)$/.test(sub)) return null;
  const name = str(args.name) ?? str(args.resourceName) ?? str(args.pod);
  const ns = str(args.namespace) ?? str(args.ns);
  const ctx = str(args.context) ?? str(args.kubeContext);
  const replicas = str(args.replicas);
  const parts = [resource, name, ns, ctx, replicas].filter((x) => x !== undefined);
  if (!parts.every((x) => SAFE.test(x!))) return null;
  const argv = ['kubectl', sub, ...(resource && sub !== 'apply' ? [resource] : []), ...(name && sub !== 'apply' ? [name] : []), ...(ns ? ['-n', ns] : []), ...(ctx ? ['--context', ctx] : [])];
  if (sub === 'scale' && replicas !== undefined) argv.push(`--replicas=${replicas}`);
  if (sub === 'apply') argv.push('-f', '-');
  return argv.join(' ');
}
