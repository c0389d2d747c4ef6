import { execInside } from './kube.js';
import { flagValue, PERSONAL_CHECKOUT, PROD, throwaway, type Rule } from './types.js';

// docker and podman (and their compose): volumes hold data; images and stopped containers are
// rebuilt; host-level access (privileged, the docker socket, / mounted) is a container escape.

/** docker's own options before the subcommand (`docker -H ssh://deploy@srv-1 compose …`). */
const GLOBAL_VALUE_FLAG = /^(?:-H|--host|-c|--context|--config|-l|--log-level|--tlscacert|--tlscert|--tlskey)$/;
/** A state-changing subcommand: on another machine's engine it stops or removes what serves people there. */
const ENGINE_CHANGE = /^(?:down|stop|kill|rm|rmi|restart|pause|prune|update|scale)$/;

export const docker: Rule = (f) => {
  const all = f.args.map((a) => a.text);
  let start = 0;
  while (start < all.length && all[start].startsWith('-')) start += GLOBAL_VALUE_FLAG.test(all[start]) ? 2 : 1;
  const engine = flagValue(f.args.slice(0, start), '-H', '--host') ?? '';
  const words = all.slice(start);
  const joined = words.join(' ');
  if (words.includes('exec')) execInside(f);
  const compose = words[0] === 'compose' || f.program.endsWith('-compose');
  const verb = words.filter((w) => !w.startsWith('-'));
  const remoteHost = /^(?:ssh|tcp):\/\/(?:[^@/]*@)?([^:/]+)/.exec(engine)?.[1];
  if (remoteHost && !/^(?:localhost|127\.0\.0\.1)$/.test(remoteHost) && !throwaway(remoteHost)) {
    const change = verb.find((w) => ENGINE_CHANGE.test(w));
    if (change) return f.add(0.75, 'critical', false, 'remote_exec', `${f.program} ${change} runs on the engine of another machine (${remoteHost}), stopping or removing what runs there`);
  }
  if (/--privileged|(-v|--volume)[= ]\/:|(-v|--volume)[= ]\/var\/run\/docker\.sock|--pid[= ]host|--net(work)?[= ]host|--cap-add[= ](ALL|SYS_ADMIN)/.test(joined)) {
    return f.add(0.75, 'critical', false, 'container_escape', `${f.program} runs a container with host-level access`);
  }
  if (compose && verb.includes('down') && /(^|\s)(-v|--volumes)\b/.test(joined)) {
    const file = words.find((w, i) => words[i - 1] === '-f' || words[i - 1] === '--file' || words[i - 1] === '-p' || words[i - 1] === '--project-name') ?? '';
    if (throwaway(file)) return f.add(0.3, 'local_edit', false, 'data_loss', `${f.program} compose down -v deletes the volumes of a test stack (${file})`);
    // The default stack of a checkout in the person's own home directory is their development copy;
    // a deployed path (/srv, /opt), a service account's home or a production file keeps it held.
    const dir = f.workdir ?? '';
    if (PERSONAL_CHECKOUT.test(dir) && !PROD.test(`${dir} ${file}`)) return f.add(0.3, 'local_edit', false, 'data_loss', `${f.program} compose down -v deletes the volumes of a development checkout (${dir})`);
    return f.add(0.8, 'critical', false, 'data_loss', `${f.program} compose down -v deletes the project's volumes (their data)`);
  }
  // A prune filtered to a test or dev stack's label deletes that stack's volumes only, as `down -v` of a test stack does.
  const labels = words.flatMap((w, i) => (words[i - 1] === '--filter' ? [w] : w.startsWith('--filter=') ? [w.slice(9)] : [])).filter((w) => /^label=/.test(w));
  if (/\bvolume prune\b/.test(joined) && labels.length > 0 && labels.every((l) => throwaway(l.slice(6)))) {
    return f.add(0.3, 'local_edit', false, 'data_loss', `${f.program} volume prune deletes the unused volumes labelled ${labels.join(', ')} (a test or dev stack)`);
  }
  // Named volumes that are all a test or dev stack's (`shopfront-test-db-data`, `dev_redis_data`)
  // hold data the test setup makes again.
  const named = /\bvolume (rm|remove)\b/.test(joined) ? verb.slice(verb.indexOf('volume') + 2) : [];
  if (named.length > 0 && named.every((v) => throwaway(v))) {
    return f.add(0.3, 'local_edit', false, 'data_loss', `${f.program} volume rm deletes test or dev volumes (${named.join(', ')})`);
  }
  if (/\bvolume (rm|prune|remove)\b/.test(joined) || (/\bsystem prune\b/.test(joined) && /--volumes/.test(joined))) {
    return f.add(0.85, 'critical', false, 'data_loss', `${f.program} ${verb.slice(0, 2).join(' ')} deletes volumes and the data in them`);
  }
  if (/\bsystem prune\b/.test(joined)) {
    return f.add(0.45, 'local_edit', false, 'destructive_file_op', `${f.program} system prune deletes stopped containers, unused networks, images and build cache (volumes kept)`);
  }
  if (/\b(container prune|rm -f|rm --force|rmi|image prune|builder prune|network prune)\b/.test(joined) || verb[0] === 'rm') {
    return f.add(0.35, 'local_edit', false, 'destructive_file_op', `${f.program} ${verb.slice(0, 2).join(' ')} deletes containers or images`);
  }
  // Images tagged for one pull request or a preview (`app:pr-812`) are pulled by that preview, not by users.
  const pushed = verb[0] === 'push' ? verb.slice(1) : words.flatMap((w, i) => (words[i - 1] === '-t' || words[i - 1] === '--tag' ? [w] : w.startsWith('--tag=') ? [w.slice(6)] : []));
  const previewOnly = pushed.length > 0 && pushed.every((image) => /:[\w.-]+$/.test(image) && throwaway(image.slice(image.lastIndexOf(':') + 1)));
  if (verb[0] === 'push') return f.add(previewOnly ? 0.35 : 0.62, 'external', false, 'publish', `${f.program} push publishes an image to a registry${previewOnly ? ' under a preview tag' : ''}`);
  // `buildx build --push` (or an output of type registry) builds and pushes in one step.
  if (verb.includes('build') && (words.includes('--push') || /(?:--output|-o)[= ](?:[^ ]*,)?type=(?:registry|image,[^ ]*push=true)/.test(joined))) {
    return f.add(previewOnly ? 0.35 : 0.62, 'external', false, 'publish', `${f.program} ${verb.slice(0, 2).join(' ')} --push publishes the image it builds to a registry${previewOnly ? ' under a preview tag' : ''}`);
  }
  // `inspect` prints a container's environment (Config.Env: database and API keys) unless its
  // format picks other fields; `| jq` or a names-only filter downstream is read where it runs.
  if (verb[0] === 'inspect' || (verb[0] === 'container' && verb[1] === 'inspect')) {
    const format = flagValue(f.args, '--format', '-f');
    const picked = format ?? /\|\s*jq\s+(?:-\w+\s+)*'([^']*)'/.exec(f.script)?.[1];
    if (picked === undefined || /\bEnv\b|\.Config\s*\}\}|^\.\[0\]\.Config$|json \.Config\b/.test(picked)) {
      f.envDump();
      return f.add(0.62, 'read_only', true, 'secret_read', `${f.program} inspect prints the container's environment (its secrets)`);
    }
    return f.add(0.05, 'read_only', true, 'infra_read', `${f.program} inspect shows the fields it is asked for`);
  }
  if (verb[0] === 'login') return f.add(0.3, 'external', true, 'publish', `${f.program} login stores registry credentials`);
  f.add(0.08, 'local_edit', true, 'build', `${f.program} ${verb.slice(0, 2).join(' ')}`.trim());
};
