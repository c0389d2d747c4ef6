import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../../core/errors.js';
import { parseConfigText } from '../../../config/load.js';
import { migrateHermesConfig } from '../migrate.js';
import { applyConfig, buildRequirementMatrix } from './matrix.js';
import { HERMES_PROFILE, loadProfile } from './profile.js';
import { buildJson, buildMarkdown, buildReport, readiness } from './report.js';
import { scanTouchpoints, type Touchpoint } from './scan.js';

let root: string;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'sy-readiness-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'repo-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const tp = (label: string, file_path: string, line_number: number, matched_text: string): Touchpoint => ({ label, file_path, line_number, matched_text });
const matrixOf = (tps: Touchpoint[]) => Object.fromEntries(buildRequirementMatrix(tps, HERMES_PROFILE.requirements).map((r) => [r.key, r]));

// A small fake hermes-agent checkout with a seam for every label of the built-in profile.
const FULL_CHECKOUT: Record<string, string> = {
  'run_agent.py': 'self._fallback_chain = []\n# Provider fallback chain\n',
  'cli.py': 'cfg = config.get("provider_routing", {})\nsmr = config.get("smart_model_routing")\n',
  'hermes_cli/runtime_provider.py': 'def resolve_runtime_provider():\n    return {}\n',
  'agent/smart_model_routing.py': 'def resolve_turn_route(user_message, routing_config, primary):\n    return primary\n',
  'gateway/run.py': 'def _load_provider_routing():\n    return {}\n',
  'cron/scheduler.py': 'runtime = resolve_runtime_provider()\nturn_route = resolve_turn_route("x", {}, {})\n',
  'agent/auxiliary_client.py': 'def _get_provider_chain():\n    """Walk the provider chain."""\n',
  'tools/delegate_tool.py': '# uses the runtime provider system\nrt = resolve_runtime_provider()\n',
  'hermes_state.py': 'class SessionDB:\n    pass\n',
  'batch_runner.py': 'def _convert_to_trajectory_format(x):\n    trajectory_entry = {}\n',
  'benchmarks/tool_call_benchmark.py': 'class ToolCall: ...\n',
};

describe('readiness: the original script\'s tests', () => {
  test('scan_touchpoints finds expected matches', () => {
    const dir = repo({
      'run_agent.py': 'self._fallback_chain = []\n# Provider fallback chain\n',
      'hermes_cli/runtime_provider.py': 'def resolve_runtime_provider():\n    return {}\n',
      'agent/smart_model_routing.py': 'def resolve_turn_route(user_message, routing_config, primary):\n    return primary\n',
      'gateway/run.py': 'def _load_provider_routing():\n    return {}\n',
      'cron/scheduler.py': "runtime = resolve_runtime_provider()\nturn_route = resolve_turn_route('x', {}, {})\n",
      'hermes_state.py': 'class SessionDB:\n    pass\n',
      'benchmarks/tool_call_benchmark.py': 'class ToolCall: ...\n',
    });
    const labels = new Set(scanTouchpoints(dir, HERMES_PROFILE.patterns).map((t) => t.label));
    for (const l of ['fallback_chain', 'runtime_provider', 'smart_model_routing', 'gateway_provider_routing', 'cron_runtime_provider', 'session_db', 'benchmark_suite']) {
      assert.ok(labels.has(l), l);
    }
    assert.ok(!labels.has('trajectory_export'), 'batch_runner.py is missing, so skipped');
  });

  test('build_requirement_matrix marks canary as gap without split support', () => {
    const m = matrixOf([
      tp('runtime_provider', 'hermes_cli/runtime_provider.py', 10, 'def resolve_runtime_provider'),
      tp('provider_routing_config', 'cli.py', 20, 'provider_routing'),
      tp('fallback_chain', 'run_agent.py', 21, '_fallback_chain = []'),
      tp('smart_model_routing', 'agent/smart_model_routing.py', 30, 'resolve_turn_route'),
      tp('gateway_provider_routing', 'gateway/run.py', 35, 'def _load_provider_routing'),
      tp('cron_runtime_provider', 'cron/scheduler.py', 36, 'runtime = resolve_runtime_provider()'),
      tp('session_db', 'hermes_state.py', 40, 'class SessionDB'),
      tp('trajectory_export', 'batch_runner.py', 50, 'trajectory_entry'),
      tp('benchmark_suite', 'benchmarks/tool_call_benchmark.py', 60, 'ToolCall'),
    ]);
    assert.equal(m.gateway_replacement.status, 'partial');
    assert.equal(m.config_migration.status, 'partial');
    assert.equal(m.canary_rollout.status, 'gap');
    assert.equal(m.session_feedback.status, 'partial');
    assert.equal(m.evaluation_suite.status, 'partial');
  });

  test('build_markdown renders recommendation and touchpoints', () => {
    const tps = [tp('runtime_provider', 'hermes_cli/runtime_provider.py', 10, 'def resolve_runtime_provider'), tp('session_db', 'hermes_state.py', 40, 'class SessionDB')];
    const markdown = buildMarkdown(buildReport(HERMES_PROFILE, tps, buildRequirementMatrix(tps, HERMES_PROFILE.requirements)));
    assert.ok(markdown.includes('# Migration Readiness Packet'));
    assert.ok(!markdown.includes('gateway_replacement'), 'human labels, not raw keys');
    assert.ok(markdown.includes('Gateway replacement scope'));
    assert.ok(markdown.includes('Not ready for direct replacement'));
    assert.ok(markdown.includes('`hermes_cli/runtime_provider.py:10` — [runtime_provider] def resolve_runtime_provider'));
    assert.ok(markdown.includes('hermes_state.py:40'));
  });

  test('issue context is embedded in the report', () => {
    const markdown = buildMarkdown(buildReport(HERMES_PROFILE, [], []));
    assert.ok(markdown.includes('Issue #860'));
    assert.ok(markdown.toLowerCase().includes('tensorzero'));
    assert.ok(markdown.includes('10% traffic'));
    assert.ok(markdown.includes('- No routing/evaluation touchpoints were found.'));
  });
});

describe('readiness: rules at their edges', () => {
  test('gateway replacement is partial from 4 of its 6 routing labels, a gap at 3', () => {
    const three = ['fallback_chain', 'runtime_provider', 'gateway_provider_routing'].map((l) => tp(l, 'f', 1, 'x'));
    assert.equal(matrixOf(three).gateway_replacement.status, 'gap');
    assert.deepEqual(matrixOf(three).gateway_replacement.evidence_labels, ['fallback_chain', 'runtime_provider', 'gateway_provider_routing']);
    assert.equal(matrixOf([...three, tp('delegate_runtime_provider', 'f', 1, 'x')]).gateway_replacement.status, 'partial');
  });
  test('session data needs both labels; evaluation needs the benchmark; summaries follow hits', () => {
    const m = matrixOf([tp('trajectory_export', 'f', 1, 'x')]);
    assert.equal(m.session_feedback.status, 'gap');
    assert.equal(m.evaluation_suite.status, 'gap');
    assert.match(m.evaluation_suite.summary, /benchmark\/trajectory machinery/);
    assert.match(matrixOf([]).evaluation_suite.summary, /No evaluation harness/);
  });
  test('lines match case-insensitively and keep number and trimmed text; missing files and directories are skipped', () => {
    const dir = repo({ 'hermes_state.py': '\n\n   CLASS sessiondb(Base):   \n', 'cli.py/keep': 'not a file at cli.py' });
    const found = scanTouchpoints(dir, HERMES_PROFILE.patterns);
    assert.deepEqual(found, [tp('session_db', 'hermes_state.py', 3, 'CLASS sessiondb(Base):')]);
  });
  test('newer Hermes: gateway and cron seams found through get_fallback_chain(...)', () => {
    const dir = repo({
      'gateway/run.py': 'from hermes_cli.fallback_config import get_fallback_chain\n\nchain = get_fallback_chain(cfg)\n',
      'cron/scheduler.py': '    chain = get_fallback_chain(cfg)\n',
    });
    assert.deepEqual(scanTouchpoints(dir, HERMES_PROFILE.patterns), [
      tp('gateway_provider_routing', 'gateway/run.py', 3, 'chain = get_fallback_chain(cfg)'),
      tp('cron_runtime_provider', 'cron/scheduler.py', 1, 'chain = get_fallback_chain(cfg)'),
    ]);
  });
  test('line numbers follow Python splitlines (\\r\\n and \\r count once)', () => {
    const dir = repo({ 'hermes_state.py': 'a\r\nb\rc\nclass SessionDB:\n' });
    assert.equal(scanTouchpoints(dir, HERMES_PROFILE.patterns)[0].line_number, 4);
  });
});

describe('readiness: profiles from files', () => {
  test('a YAML profile with its own patterns and issue; default Hermes matrix rules', () => {
    const dir = repo({ 'src/router.ts': 'export function pickModel() {}\n// FALLBACK list\n' });
    const file = join(dir, 'profile.yaml');
    writeFileSync(file, 'name: mine\nissue: {number: 7, title: Move to Switchyard, url: "https://example.invalid/7", requirements: [one]}\npatterns:\n  - {label: fallback_chain, file_path: src/router.ts, regex: "fallback|pickModel", description: d}\n');
    const profile = loadProfile(file);
    const report = readiness(dir, profile);
    assert.deepEqual(report.touchpoints.map((t) => t.line_number), [1, 2]);
    assert.equal(report.issue_number, 7);
    assert.match(buildMarkdown(report), /Issue #7: \[Move to Switchyard\]/);
    assert.equal(report.requirements.length, 5);
  });
  test('a bad profile names the field; an unknown name lists the built-ins', () => {
    const dir = repo({});
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: x\npatterns:\n  - {label: a, file_path: a.py, regex: "(", description: d}\n');
    assert.throws(() => loadProfile(file), (e: unknown) => e instanceof ConfigError && e.issues.some((i) => i.path.startsWith('patterns[0].regex')));
    writeFileSync(file, 'name: x\npatterns:\n  - {label: a, file_path: ../etc/passwd, regex: a}\n');
    assert.throws(() => loadProfile(file), (e: unknown) => e instanceof ConfigError && e.issues.some((i) => i.path.startsWith('patterns[0].file_path')));
    assert.throws(() => loadProfile('nope-profile'), (e: unknown) => e instanceof ConfigError && /hermes/.test(e.issues[0].hint ?? ''));
  });
});

describe('readiness: config-aware statuses', () => {
  const fixture = (n: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${n}`, import.meta.url)), 'utf8');
  const cfg = (yaml: string) => parseConfigText(yaml, 'switchyard.yaml', {}).config;

  test('the full fake checkout finds every label of the profile', () => {
    const report = readiness(repo(FULL_CHECKOUT), HERMES_PROFILE);
    assert.deepEqual(new Set(report.touchpoints.map((t) => t.label)), new Set(HERMES_PROFILE.patterns.map((p) => p.label)));
  });

  test('a migrated config closes parity and config migration; weighted variants close the canary gap', () => {
    const dir = repo(FULL_CHECKOUT);
    const migrated = cfg(migrateHermesConfig(fixture('config-smart-routing.yaml')).yaml);
    const r1 = readiness(dir, HERMES_PROFILE, { file: 'switchyard.yaml', config: migrated });
    const by1 = Object.fromEntries(r1.requirements.map((r) => [r.key, r]));
    assert.equal(by1.gateway_replacement.status, 'covered');
    assert.deepEqual(by1.gateway_replacement.config_evidence, ['cron: routes.hermes-cron', 'auxiliary: routes.hermes-aux-vision, routes.hermes-aux-compression', 'delegation: routes.hermes-delegate']);
    assert.equal(by1.config_migration.status, 'covered');
    assert.equal(by1.canary_rollout.status, 'gap');
    assert.match(r1.recommendation, /no canary yet/);

    const withCanary = cfg(
      migrateHermesConfig(fixture('config-smart-routing.yaml')).yaml +
        '  hermes-canary:\n    variants:\n      control: {weight: 0.9, model: primary}\n      candidate: {weight: 0.1, model: cheap}\n',
    );
    const r2 = readiness(dir, HERMES_PROFILE, { file: 'switchyard.yaml', config: withCanary });
    const canary = r2.requirements.find((r) => r.key === 'canary_rollout')!;
    assert.equal(canary.status, 'covered');
    assert.deepEqual(canary.config_evidence, ['routes.hermes-canary.variants (control 90%, candidate 10%)']);
    assert.match(r2.recommendation, /^Ready for a canary/);
    const md = buildMarkdown(r2);
    assert.match(md, /\| 10% traffic canary \| covered \|/);
    assert.ok(!md.includes('canary_rollout'));
  });

  test('a config without surface routes or a cheap rule leaves those open and says which', () => {
    const dir = repo(FULL_CHECKOUT);
    const plain = cfg('providers: {s: {type: simulated}}\nmodels: {m: {targets: [{provider: s, model: x}]}}\nroutes:\n  main: {model: m}\n  nightly-cron: {model: m}\n');
    const matrix = applyConfig(buildRequirementMatrix(scanTouchpoints(dir, HERMES_PROFILE.patterns), HERMES_PROFILE.requirements), HERMES_PROFILE.requirements, plain);
    const by = Object.fromEntries(matrix.map((r) => [r.key, r]));
    assert.equal(by.gateway_replacement.status, 'partial');
    assert.match(by.gateway_replacement.summary, /lacks named routes for: auxiliary, delegation/);
    assert.equal(by.config_migration.status, 'partial');
    assert.match(by.config_migration.summary, /no cheap-vs-strong route/);
    assert.equal(by.session_feedback.config_evidence, undefined);
  });

  test('JSON carries the same report as the Markdown', () => {
    const report = readiness(repo(FULL_CHECKOUT), HERMES_PROFILE);
    const json = JSON.parse(buildJson(report));
    assert.deepEqual(json, JSON.parse(JSON.stringify(report)));
    assert.equal(json.touchpoints.length, report.touchpoints.length);
    for (const t of json.touchpoints) assert.ok(buildMarkdown(report).includes(`\`${t.file_path}:${t.line_number}\` — [${t.label}] ${t.matched_text}`));
  });
});
