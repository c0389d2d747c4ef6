import { flagValue, type CommandFacts, type Rule } from './types.js';

// Shipping a build to the people who use it: app stores, game storefronts, extension marketplaces.
// Once it is live, users download it; a pull is slow and partial. Builds, beta tracks for internal
// testers and dry runs stay in the middle band or below.

/** Tracks and channels that reach testers only; any other channel reaches every user. */
const TESTERS = /^(internal|alpha|beta|testflight|qa|staging|test|dev|nightly|canary|debug)$/i;

function ship(f: CommandFacts, what: string, channel: string | undefined): void {
  f.network(f.program);
  if (channel && TESTERS.test(channel)) return f.add(0.45, 'external', false, 'publish', `${what} uploads a build for testers (${channel})`);
  f.add(0.8, 'critical', false, 'publish', `${what} ships a build to ${channel ? `the ${channel} channel` : 'users'}, who will download it`);
}

const STORE_ACTIONS = /^(supply|deliver|upload_to_app_store|upload_to_play_store|appstore|submit|release|publish|deploy|production|store)$/i;
const BETA_ACTIONS = /^(pilot|upload_to_testflight|beta|testflight|firebase_app_distribution|crashlytics)$/i;

export const fastlane: Rule = (f) => {
  const ops = f.args.filter((a) => !a.text.startsWith('-') && !a.text.includes(':')).map((a) => a.text);
  const action = ops.find((o) => STORE_ACTIONS.test(o) || BETA_ACTIONS.test(o));
  if (!action) return f.add(0.1, 'local_edit', true, 'build', `fastlane ${ops.slice(0, 2).join(' ')}`.trim());
  const track = flagValue(f.args, '--track') ?? f.args.find((a) => /^track:/.test(a.text))?.text.slice(6);
  if (BETA_ACTIONS.test(action)) return ship(f, `fastlane ${action}`, track ?? 'beta');
  ship(f, `fastlane ${action}`, track ?? 'production');
};

export const steamcmd: Rule = (f) => {
  const all = f.args.map((a) => a.text).join(' ');
  const live = /\+app_set_live\s+\d+\s+(\S+)/.exec(all);
  if (live) return ship(f, 'steamcmd +app_set_live', live[1]);
  const setLive = /setlive"?\s*"?(\w+)/i.exec(all);
  if (/\+run_app_build/.test(all)) return ship(f, 'steamcmd +run_app_build', setLive?.[1] ?? 'beta');
  f.add(0.1, 'local_edit', true, 'build', 'steamcmd');
};

export const butler: Rule = (f) => {
  const ops = f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text);
  if (ops[0] === 'push') return ship(f, 'butler push', ops[2]?.split(':')[1] ?? 'default');
  f.add(0.05, 'read_only', true, 'build', `butler ${ops[0] ?? ''}`.trim());
};

/** `eas submit`, `vsce publish`, `ovsx publish`, `snapcraft release|upload`, `xcrun altool --upload-app`, `goreleaser release`. */
export const storeCli: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  const ops = words.filter((w) => !w.startsWith('-'));
  const dry = words.some((w) => /^--(dry-run|snapshot|skip-publish|skip=publish)$/.test(w));
  const verb = ops[0] ?? '';
  const ships = (f.program === 'eas' && verb === 'submit') || (/^(vsce|ovsx)$/.test(f.program) && verb === 'publish') ||
    (f.program === 'snapcraft' && /^(upload|release|push)$/.test(verb)) || (f.program === 'goreleaser' && verb === 'release') ||
    (f.program === 'altool' && words.some((w) => /^--upload-(app|package)$/.test(w))) || (f.program === 'xcrun' && verb === 'altool' && words.some((w) => /^--upload-(app|package)$/.test(w)));
  if (!ships || dry) return f.add(0.1, 'local_edit', true, 'build', `${f.program} ${verb}`.trim());
  const channel = f.program === 'snapcraft' ? ops[2] ?? flagValue(f.args, '--release') : f.program === 'eas' ? flagValue(f.args, '--profile') : undefined;
  ship(f, `${f.program} ${verb}`, channel);
};
