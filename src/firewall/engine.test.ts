import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { firewallConfigSchema } from '../config/firewall-schema.js';
import { assess } from './engine.js';

const term = (command: string) => ({ tool: 'terminal', args: { command } });

describe('assess', () => {
  test('has the issue field names', () => {
    const a = assess(term('git status'));
    for (const k of ['tool_name', 'side_effect_class', 'risk_score', 'confidence', 'pattern', 'requires_human', 'decision', 'reasons', 'reversible', 'crisis_sensitive']) {
      assert.ok(k in a, k);
    }
    assert.equal(a.decision, 'allow');
    assert.equal(a.side_effect_class, 'local_edit');
  });

  test('judges deletion by target, not by command name', () => {
    assert.equal(assess(term('rm -rf ./node_modules')).decision, 'allow');
    const home = assess(term('rm -rf ~'));
    assert.equal(home.decision, 'ask');
    assert.equal(home.pattern, 'pre_execution_gate');
    assert.equal(home.reversible, false);
  });

  test('sees through quoting, variables, nesting and encoding', () => {
    for (const c of ["r''m -rf ~", '\\rm -rf ~', 'd=~; rm -rf $d', "bash -c 'sh -c \"rm -rf ~\"'", 'echo cm0gLXJmIH4= | base64 -d | bash', "eval 'rm -rf ~'", 'echo x | xargs rm -rf', "find ~ -exec rm -rf {} +"]) {
      const a = assess(term(c));
      assert.equal(a.decision, 'ask', c);
      assert.ok(a.risk_score > 0.6, `${c}: ${a.risk_score}`);
    }
  });

  test('does not trust a command that does not parse', () => {
    const a = assess(term('echo "unterminated'));
    assert.equal(a.decision, 'ask');
    assert.ok(a.reasons.some((r) => r.includes('does not parse')));
  });

  test('unknown tools ask', () => {
    assert.equal(assess({ tool: 'frobnicate', args: {} }).decision, 'ask');
  });

  test('crisis rule cannot be configured away', () => {
    const lax = firewallConfigSchema.parse({ thresholds: { auto_below: 1, ask_above: 1, min_confidence: 0 } });
    const a = assess({ tool: 'send_message', args: { message: 'ok' } }, { user_message: 'I want to kill myself tonight' }, lax);
    assert.equal(a.crisis_sensitive, true);
    assert.equal(a.requires_human, true);
    assert.equal(a.pattern, 'pre_execution_gate');
    assert.equal(a.crisis_rule, true);
    assert.ok(a.reasons.some((r) => r.includes('suicidal ideation')));
    // The same thresholds do relax ordinary calls.
    assert.equal(assess(term('git push --force'), {}, lax).side_effect_class, 'critical');
    assert.equal(assess({ tool: 'send_message', args: { message: 'build done' } }, {}, lax).decision, 'allow');
  });

  test('non-personal mentions are not crises', () => {
    const a = assess({ tool: 'send_message', args: { message: 'here is the summary' } }, { user_message: 'Summarize this research paper on suicide prevention statistics' });
    assert.equal(a.crisis_sensitive, false);
    assert.equal(a.decision, 'allow');
  });

  test('thresholds are configurable', () => {
    const strict = firewallConfigSchema.parse({ thresholds: { auto_below: 0.01, ask_above: 0.02, deny_above: 0.9 } });
    assert.equal(assess(term('npm install'), {}, strict).decision, 'ask');
    assert.equal(assess(term('rm -rf /'), {}, strict).decision, 'deny');
  });

  test('MCP annotations and config-declared tools', () => {
    assert.equal(assess({ tool: 'mcp__gh__list', args: {}, annotations: { readOnlyHint: true } }).decision, 'allow');
    assert.equal(assess({ tool: 'mcp__gh__nuke', args: {}, annotations: {} }).decision, 'ask');
    const cfg = firewallConfigSchema.parse({ tools: { lamp: { class: 'local_edit' } } });
    const a = assess({ tool: 'lamp', args: {} }, {}, cfg);
    assert.equal(a.profile_source, 'config');
    assert.equal(a.decision, 'allow');
  });

  test('low-risk reversible local edits get post-execution review, outbound never does', () => {
    assert.equal(assess({ tool: 'patch', args: { path: 'src/a.ts' } }).pattern, 'post_execution_review');
    assert.notEqual(assess({ tool: 'send_message', args: { message: 'hi' } }).pattern, 'post_execution_review');
  });
});
