import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './helpers/cli.js';

// The three Hermes commands as a person runs them: real processes, real files.

const fixture = (n: string) => fileURLToPath(new URL(`../src/integrations/hermes/fixtures/${n}`, import.meta.url));
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sy-hermes-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('switchyard migrate hermes', () => {
  test('writes a config that config check accepts, with a report on stdout', () => {
    const out = join(dir, 'migrated.yaml');
    const r = runCli(['migrate', 'hermes', '--config', fixture('config-fallbacks.yaml'), '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /mapped\s+fallback_providers\[1\] -> models\.primary\.targets\[2\]/);
    assert.match(r.stdout, /Wrote /);
    const check = runCli(['config', 'check', out]);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /valid \(3 providers, 1 models, 3 routes\)/);
  });
  test('without --out prints YAML on stdout and the report on stderr; a bad key exits 1 naming it', () => {
    const r = runCli(['migrate', 'hermes', '--config', fixture('config-basic.yaml')]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^# Migrated from Hermes/);
    assert.match(r.stderr, /Migration report/);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'model: a/b\nfallback_providers:\n  - {provider: openrouter, model: x, api_key_envv: K}\n');
    const e = runCli(['migrate', 'hermes', '--config', bad]);
    assert.equal(e.status, 1);
    assert.match(e.stderr, /fallback_providers\[0\]\.api_key_envv.*did you mean "api_key_env"/);
    assert.equal(runCli(['migrate', 'hermes', '--config', join(dir, 'nope.yaml')]).status, 1);
  });
});

describe('switchyard readiness', () => {
  test('writes Markdown and JSON for a fake checkout, config-aware', () => {
    const repo = join(dir, 'hermes-agent');
    const files: Record<string, string> = {
      'run_agent.py': 'fallback_providers = cfg.get("fallback_providers")\n',
      'hermes_cli/runtime_provider.py': 'def resolve_runtime_provider():\n',
      'cron/scheduler.py': 'rt = resolve_runtime_provider()\n',
      'hermes_state.py': 'class SessionDB:\n',
    };
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, p)), { recursive: true });
      writeFileSync(join(repo, p), t);
    }
    const cfg = join(dir, 'sy.yaml');
    assert.equal(runCli(['migrate', 'hermes', '--config', fixture('config-smart-routing.yaml'), '--out', cfg]).status, 0);
    const md = join(dir, 'out', 'packet.md');
    const js = join(dir, 'out', 'packet.json');
    const r = runCli(['readiness', '--repo', repo, '--config', cfg, '--out', md, '--json', js]);
    assert.equal(r.status, 0, r.stderr);
    const markdown = readFileSync(md, 'utf8');
    assert.ok(markdown.includes('`run_agent.py:1` — [fallback_chain] fallback_providers = cfg.get("fallback_providers")'));
    assert.match(markdown, /\| Gateway replacement scope \| covered \|/);
    const json = JSON.parse(readFileSync(js, 'utf8'));
    assert.equal(json.touchpoints.length, 4);
    assert.equal(json.config_file, cfg);
    assert.equal(runCli(['readiness', '--repo', join(dir, 'missing')]).status, 1);
  });
});

describe('switchyard import hermes', () => {
  test('imports the sample database twice: the same episodes once; the source is untouched', () => {
    const cfg = join(dir, 'store.yaml');
    writeFileSync(cfg, `storage: {kind: sqlite, path: ${JSON.stringify(join(dir, 'store.db'))}}\n`);
    const hash = () => createHash('sha256').update(readFileSync(fixture('state.db'))).digest('hex');
    const before = hash();
    const args = ['import', 'hermes', '--config', cfg, '--state-db', fixture('state.db'), '--trajectories', fixture('trajectories.jsonl')];
    const first = runCli(args);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /episodes\s+7 new, 0 already imported/);
    assert.match(first.stdout, /datapoints\s+5 new/);
    const second = runCli(args);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /episodes\s+0 new, 7 already imported/);
    assert.match(second.stdout, /turns\s+0 new, 28 already imported/);
    assert.equal(hash(), before);
    const missing = runCli(['import', 'hermes', '--config', cfg, '--state-db', join(dir, 'nope.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read Hermes state database/);
  });
});
