// Docker MCP tools (`docker_volume_remove`, `mcp__docker__container_exec`, Hermes'
// `mcp_docker_volume_prune`, `remove_container`, `compose_down`) do what the docker command of the
// same name does: judged as that command line (shell/rules/containers.ts), so a volume's data, a
// privileged container or a command run inside weighs what it weighs on the CLI, and a test stack's
// volume or an image (pulled again) stays cheap. The verb and the object may come in either order.

const VERB: Record<string, string> = {
  remove: 'rm', delete: 'rm', rm: 'rm', stop: 'stop', start: 'start', restart: 'restart', kill: 'kill', inspect: 'inspect', logs: 'logs',
  prune: 'prune', exec: 'exec', execute: 'exec', run: 'run', create: 'run', push: 'push', pull: 'pull', down: 'down', up: 'up',
};
const OBJECT: Record<string, string> = {
  container: 'container', containers: 'container', image: 'image', images: 'image', volume: 'volume', volumes: 'volume',
  network: 'network', networks: 'network', system: 'system', compose: 'compose', stack: 'compose', command: 'container',
};
/** Names spliced into the command: never shell syntax. */
const SAFE = /^[\w.:/@=-]{1,253}$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const first = (args: Record<string, unknown>, ...keys: string[]) => keys.map((k) => str(args[k])).find((v) => v !== undefined);
const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** The command a docker tool runs inside a container or a new one: a string or an argv. */
function innerCommand(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return `sh -c ${quoted(v)}`;
  const argv = list(v);
  return argv.length ? argv.map(quoted).join(' ') : undefined;
}

/** `com.docker.compose.project=shop-test` or `{label: [...]}`: the label filters of a prune. */
function labelFilters(v: unknown): string[] {
  if (!v || typeof v !== 'object') return [];
  return list((v as Record<string, unknown>).label).filter((l) => SAFE.test(l)).flatMap((l) => ['--filter', `label=${l}`]);
}

/**
 * The docker command line a tool stands for, or null when its name or arguments do not say.
 * `words` are the tool name's words, `server` its MCP server (`docker` for `mcp__docker__…`).
 */
export function dockerToolCommand(words: string[], server: string, args: Record<string, unknown>): string | null {
  const named = words[0] === 'mcp' ? words.slice(1) : words;
  const dockerNamed = named[0] === 'docker' || /docker/i.test(server);
  const rest = named[0] === 'docker' ? named.slice(1) : named;
  // Bare two-word names (`remove_container`) from any server; longer ones only from a docker one.
  if (!dockerNamed && rest.length !== 2) return null;
  const verbs = rest.filter((w) => w in VERB);
  const objects = rest.filter((w) => w in OBJECT);
  if (verbs.length !== 1 || objects.length > 1 || (!dockerNamed && objects.length === 0) || rest.length > verbs.length + objects.length + 1) return null;
  const verb = VERB[verbs[0]];
  const object = objects.length ? OBJECT[objects[0]] : 'container';
  const target = first(args, 'container_id', 'containerId', 'container', 'container_name', 'image', 'image_name', 'volume_name', 'volume', 'network', 'name', 'id');
  const safeTarget = target && SAFE.test(target) ? target : undefined;
  const flag = (key: string) => args[key] === true;

  if (object === 'compose') {
    const project = first(args, 'project', 'project_name', 'name', 'file', 'compose_file');
    if (verb !== 'down' || (project && !SAFE.test(project))) return null;
    return ['docker', 'compose', ...(project ? ['-p', project] : []), 'down', ...(flag('volumes') || flag('remove_volumes') ? ['-v'] : [])].join(' ');
  }
  if (verb === 'prune') {
    if (object === 'system') return ['docker', 'system', 'prune', '-f', ...(flag('all') ? ['-a'] : []), ...(flag('volumes') ? ['--volumes'] : [])].join(' ');
    return ['docker', object, 'prune', '-f', ...(flag('all') ? ['--all'] : []), ...labelFilters(args.filters)].join(' ');
  }
  if (verb === 'exec') {
    const inner = innerCommand(args.command ?? args.cmd ?? args.commands);
    return safeTarget && inner ? `docker exec ${safeTarget} ${inner}` : null;
  }
  if (verb === 'run' && object === 'container') {
    const image = first(args, 'image', 'image_name');
    if (!image || !SAFE.test(image)) return null;
    const mounts = [...list(args.volumes), ...list(args.binds), ...list(args.mounts)].filter((m) => SAFE.test(m)).flatMap((m) => ['-v', m]);
    const inner = innerCommand(args.command ?? args.cmd);
    return ['docker', 'run', ...(flag('privileged') ? ['--privileged'] : []), ...mounts, image, ...(inner ? [inner] : [])].join(' ');
  }
  if (!safeTarget) return null;
  if (verb === 'push' || verb === 'pull') return `docker ${verb} ${safeTarget}`;
  const force = flag('force') && verb === 'rm' ? ['-f'] : [];
  const withVolumes = flag('volumes') && verb === 'rm' && object === 'container' ? ['-v'] : [];
  return ['docker', ...(object === 'container' ? [] : [object]), verb, ...force, ...withVolumes, safeTarget].join(' ');
}
