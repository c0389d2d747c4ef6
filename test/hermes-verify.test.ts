import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli } from './helpers/cli.js';

// `switchyard migrate hermes --verify`: the parity check a user runs before cutting over.

const fixture = (n: string) => new URL(`../src/integrations/hermes/fixtures/${n}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'switchyard-verify-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('switchyard migrate hermes --verify', () => {
  test('a fresh migration routes every synthetic turn as Hermes does (exit 0)', () => {
    const r = runCli(['migrate', 'hermes', '--config', fixture('config-smart-routing.yaml'), '--verify']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /20 turns \(synthetic turns\) x routes hermes, hermes-cron = 40 routing decisions/);
    assert.match(r.stdout, /every decision matches Hermes/);
  });

  test('turns sampled from a Hermes state.db', () => {
    const r = runCli(['migrate', 'hermes', '--config', fixture('config-smart-routing.yaml'), '--verify', '--state-db', fixture('state.db')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /turns \(sampled from .*state\.db\)/);
    const bad = runCli(['migrate', 'hermes', '--config', fixture('config-smart-routing.yaml'), '--verify', '--state-db', join(dir, 'missing.db')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /cannot read Hermes state database/);
  });

  test('an edited config that routes differently is reported turn by turn (exit 1)', () => {
    const out = join(dir, 'migrated.yaml');
    assert.equal(runCli(['migrate', 'hermes', '--config', fixture('config-smart-routing.yaml'), '--out', out]).status, 0);
    const cfg = parse(readFileSync(out, 'utf8')) as { routes: Record<string, { cheap_rule: Record<string, unknown> }> };
    // Someone "tuned" the main route's rule by hand (a copy: the migration shares one rule object between routes).
    cfg.routes.hermes.cheap_rule = { ...cfg.routes.hermes.cheap_rule, max_chars: 10 };
    writeFileSync(out, stringify(cfg));
    const r = runCli(['migrate', 'hermes', '--config', fixture('config-smart-routing.yaml'), '--verify', '--against', out]);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /difference\(s\):/);
    assert.match(r.stdout, /hermes: "what time is it in Tokyo\?": Hermes -> cheap, Switchyard -> primary/);
    assert.doesNotMatch(r.stdout, /hermes-cron: "what time/, 'the untouched cron route still matches');
  });
});
