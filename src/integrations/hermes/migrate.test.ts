import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ConfigError } from '../../core/errors.js';
import type { ChatMessage } from '../../core/types.js';
import { parseConfigText } from '../../config/load.js';
import { resolvePlan } from '../../routing/resolve.js';
import { resolveModels } from '../../routing/targets.js';
import { CRON_ROUTE, DELEGATE_ROUTE, MAIN_ROUTE, migrateHermesConfig } from './migrate.js';
import { hermesChoosesCheap, SAMPLE_TURNS } from './smart-routing-rule.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const FIXTURES = ['config-basic.yaml', 'config-fallbacks.yaml', 'config-legacy.yaml', 'config-smart-routing.yaml'];

const TURNS = SAMPLE_TURNS;

function migrated(name: string) {
  const result = migrateHermesConfig(fixture(name), name);
  const loaded = parseConfigText(result.yaml, `${name}.out`, {});
  return { ...result, loaded: loaded.config };
}

describe('migrate hermes: every fixture', () => {
  for (const name of FIXTURES) {
    test(`${name} gives a config that passes config check and names its main, cron and delegate routes`, () => {
      const { loaded, report } = migrated(name);
      for (const r of [MAIN_ROUTE, CRON_ROUTE, DELEGATE_ROUTE]) assert.ok(loaded.routes[r], `route ${r}`);
      assert.ok(report.some((e) => e.key === 'model' && e.status === 'mapped'));
      for (const p of Object.values(loaded.providers)) if ('api_key' in p && p.api_key) assert.match(p.api_key, /^env:[A-Z_]+$/);
    });
  }
});

describe('migrate hermes: same fallback order as Hermes', () => {
  const chain = (name: string) => {
    const { loaded } = migrated(name);
    const model = resolveModels(loaded, {}).get('primary')!;
    return model.targets.map((t) => {
      const p = loaded.providers[t.config.provider] as { preset?: string; base_url?: string; type: string };
      return `${p.preset ?? p.type}${p.base_url ? `@${p.base_url}` : ''}/${t.config.model}`;
    });
  };
  test('model then fallback_providers in list order', () => {
    assert.deepEqual(chain('config-fallbacks.yaml'), [
      'nous/nousresearch/hermes-4-405b',
      'openrouter/anthropic/claude-sonnet-4',
      'custom@http://127.0.0.1:8000/v1/qwen3-32b',
    ]);
  });
  test('the legacy single fallback_model becomes the second target', () => {
    assert.deepEqual(chain('config-legacy.yaml'), ['nous/hermes-4-70b', 'openrouter/meta-llama/llama-4-maverick']);
  });
  test('fallback_model entries follow fallback_providers; repeats and incomplete entries drop out (get_fallback_chain)', () => {
    const text = [
      'model: {default: a/b, provider: openrouter}',
      'fallback_providers:',
      '  - {provider: anthropic, model: claude-x, key_env: MY_ANTHROPIC}',
      '  - {provider: openrouter, model: ""}',
      '  - {provider: Anthropic, model: CLAUDE-X}',
      '  - {provider: nous, model: hermes-4, free: true}',
      'fallback_model:',
      '  - {provider: nous, model: hermes-4}',
      '  - {provider: deepseek, model: deepseek-chat}',
      '',
    ].join('\n');
    const r = migrateHermesConfig(text);
    const config = parseConfigText(r.yaml, 'x', {}).config;
    assert.deepEqual(config.models.primary.targets.map((t) => t.model), ['a/b', 'claude-x', 'hermes-4', 'deepseek-chat']);
    const why = Object.fromEntries(r.report.map((e) => [e.key, e]));
    assert.equal(why['fallback_providers[1]'].status, 'ignored');
    assert.match(why['fallback_providers[2]'].reason!, /earlier fallback entry/);
    assert.match(why['fallback_model[0]'].reason!, /earlier fallback entry/);
    assert.equal(why['fallback_providers[3].free'].status, 'not_mapped');
    assert.equal((config.providers as Record<string, { api_key?: string }>)[config.models.primary.targets[1].provider].api_key, 'env:MY_ANTHROPIC');
  });
  test('delegation and cron: a pinned model keeps its own chain only; an unpinned one inherits or declares', () => {
    const base = 'model: {default: a/b, provider: openrouter}\nfallback_providers: [{provider: anthropic, model: claude-x}]\n';
    const load = (extra: string) => parseConfigText(migrateHermesConfig(base + extra).yaml, 'x', {}).config;
    const pinned = load('delegation: {provider: deepseek, model: ds}\ncron: {model: cheap/cron, failure_nudge_threshold: 3}\n');
    assert.deepEqual(pinned.models.delegation.targets.map((t) => t.model), ['ds']);
    assert.equal(pinned.routes['hermes-delegate'].model, 'delegation');
    assert.deepEqual(pinned.models.cron.targets.map((t) => [t.provider, t.model]), [['openrouter', 'cheap/cron']]);
    const own = load('delegation: {model: sub, fallback_providers: [{provider: nous, model: h4}]}\ncron: {fallback_providers: []}\n');
    assert.deepEqual(own.models.delegation.targets.map((t) => t.model), ['sub', 'h4']);
    assert.deepEqual(own.models.cron.targets.map((t) => t.model), ['a/b'], '[] disables the inherited fallback');
    const inherit = load('delegation: {max_iterations: 20}\n');
    assert.equal(inherit.routes['hermes-delegate'].model, 'primary');
    assert.equal(inherit.routes['hermes-cron'].model, 'primary');
  });
  test('provider_routing becomes OpenRouter provider preferences on OpenRouter targets only', () => {
    const { loaded } = migrated('config-fallbacks.yaml');
    const [nous, or, local] = loaded.models.primary.targets;
    assert.equal(nous.provider_preferences, undefined);
    assert.deepEqual(or.provider_preferences, { sort: 'throughput', ignore: ['deepinfra'], data_collection: 'deny', require_parameters: true });
    assert.equal(local.provider_preferences, undefined);
  });
  test('provider_routing keys Hermes does not read are reported, not applied', () => {
    const r = migrateHermesConfig('model: {default: a/b, provider: openrouter}\nprovider_routing: {only: [groq], allow_fallbacks: false}\n');
    const t = (r.config.models as Record<string, { targets: { provider_preferences?: unknown }[] }>).primary.targets[0];
    assert.deepEqual(t.provider_preferences, { only: ['groq'] });
    assert.equal(r.report.find((e) => e.key === 'provider_routing.allow_fallbacks')?.status, 'ignored');
  });
  test('the cheap model fails over through the same fallback providers', () => {
    const { loaded } = migrated('config-smart-routing.yaml');
    assert.deepEqual(loaded.models.cheap.targets.map((t) => t.model), ['google/gemini-2.5-flash', 'claude-sonnet-4-5']);
  });
});

describe('migrate hermes: same cheap-vs-strong decisions as Hermes', () => {
  const check = (hermesText: string, label: string) => {
    const result = migrateHermesConfig(hermesText, label);
    const config = parseConfigText(result.yaml, label, {}).config;
    const models = resolveModels(config, {});
    const smr = (parse(hermesText) as { smart_model_routing?: Parameters<typeof hermesChoosesCheap>[1] }).smart_model_routing ?? {};
    for (const route of [MAIN_ROUTE, CRON_ROUTE]) {
      for (const turn of TURNS) {
        const plan = resolvePlan(config, models, { model: route, messages: [{ role: 'user', content: turn }] } as never, {});
        const expected = hermesChoosesCheap(turn, smr) ? 'cheap' : 'primary';
        assert.equal(plan.model.name, expected, `${label} ${route}: ${JSON.stringify(turn.slice(0, 40))}`);
      }
    }
    return { config, models };
  };
  test('the smart-routing fixture routes every sample turn as Hermes does', () => {
    const { config, models } = check(fixture('config-smart-routing.yaml'), 'smart');
    // a tool-result continuation stays on the model Hermes chose for the user turn
    const messages: ChatMessage[] = [
      { role: 'user', content: 'hi there!' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'x', arguments: '{}' } }] },
      { role: 'tool', content: 'done', tool_call_id: 'c1' },
    ];
    assert.equal(resolvePlan(config, models, { model: MAIN_ROUTE, messages } as never, {}).model.name, 'cheap');
  });
  test('custom limits carry over', () => {
    check('model: {default: big, provider: openrouter}\nsmart_model_routing: {enabled: "yes", max_simple_chars: 20, max_simple_words: 3, cheap_model: {provider: openrouter, model: small}}\n', 'limits');
  });
  test('disabled or incomplete smart routing keeps every turn on the main model', () => {
    check('model: {default: big, provider: openrouter}\nsmart_model_routing: {enabled: false, cheap_model: {provider: openrouter, model: small}}\n', 'off');
    const r = migrateHermesConfig('model: {default: big, provider: openrouter}\nsmart_model_routing: {enabled: true, cheap_model: {}}\n');
    assert.equal(r.report.find((e) => e.key === 'smart_model_routing.cheap_model')?.status, 'not_mapped');
    check('model: {default: big, provider: openrouter}\nsmart_model_routing: {enabled: true, cheap_model: {}}\n', 'incomplete');
  });
  test('fixtures without smart routing never pick a cheap model', () => {
    for (const name of ['config-basic.yaml', 'config-fallbacks.yaml', 'config-legacy.yaml']) check(fixture(name), name);
  });
});

describe('migrate hermes: auxiliary, delegation, providers, secrets', () => {
  test('auxiliary tasks and delegation get their own named routes', () => {
    const { loaded, report } = migrated('config-smart-routing.yaml');
    assert.equal(loaded.routes['hermes-aux-vision'].model, 'aux-vision');
    assert.deepEqual(loaded.models['aux-vision'].targets.map((t) => t.model), ['google/gemini-2.5-flash']);
    assert.equal(loaded.routes['hermes-aux-compression'].model, 'primary');
    assert.equal(report.find((e) => e.key === 'auxiliary.compression')?.status, 'approximated');
    assert.equal(loaded.routes[DELEGATE_ROUTE].model, 'delegation');
    assert.deepEqual(loaded.models.delegation.targets.map((t) => t.model), ['anthropic/claude-haiku-4.5']);
  });

  test('Hermes provider names and aliases resolve to base URLs and key variables', () => {
    const text = [
      'model: {default: glm-4.6, provider: glm}',
      'fallback_providers:',
      '  - {provider: kimi, model: kimi-k2}',
      '  - {provider: minimax, model: MiniMax-M2}',
      '  - {provider: openai-codex, model: gpt-5-codex}',
      '  - {provider: deepseek, model: deepseek-chat}',
      '  - {provider: custom:lab, model: qwen}',
      '  - {provider: copilot, model: gpt-4o}',
      'custom_providers:',
      '  - {name: lab, base_url: "http://10.0.0.5:8000/v1", api_key_env: LAB_KEY}',
      '',
    ].join('\n');
    const r = migrateHermesConfig(text);
    const config = parseConfigText(r.yaml, 'x', {}).config;
    const providers = config.providers as Record<string, { type: string; base_url?: string; api_key?: string; preset?: string }>;
    const byModel = Object.fromEntries(config.models.primary.targets.map((t) => [t.model, providers[t.provider]]));
    assert.equal(byModel['glm-4.6'].base_url, 'https://api.z.ai/api/paas/v4');
    assert.equal(byModel['glm-4.6'].api_key, 'env:GLM_API_KEY');
    assert.equal(byModel['kimi-k2'].base_url, 'https://api.moonshot.ai/v1');
    assert.equal(byModel['MiniMax-M2'].type, 'anthropic');
    assert.equal(byModel['deepseek-chat'].preset, 'deepseek');
    assert.equal(byModel.qwen.base_url, 'http://10.0.0.5:8000/v1');
    assert.equal(byModel.qwen.api_key, 'env:LAB_KEY');
    assert.equal(byModel['gpt-4o'], undefined, 'copilot cannot be mapped');
    assert.match(r.report.find((e) => e.key === 'fallback_providers[5].provider')!.reason!, /token exchange/);
    assert.equal(r.report.find((e) => e.key === 'fallback_providers[2].provider')?.status, 'approximated');
  });

  test('custom endpoints: local servers get no key variable, remote ones OPENAI_API_KEY (as Hermes tries)', () => {
    const r = migrateHermesConfig('model: {default: m, provider: custom, base_url: "http://localhost:11434/v1"}\nfallback_providers: [{provider: custom, model: r, base_url: "https://llm.example.com/v1"}]\ncustom_providers: [{name: Lab Box, base_url: "https://lab.example.com/v1", api_key: sk-lab-secret-123456}]\ndelegation: {provider: "custom:lab box", model: q}\n');
    const config = parseConfigText(r.yaml, 'x', {}).config;
    const providerOf = (model: string, t: { provider: string; model: string }[]) => config.providers[t.find((x) => x.model === model)!.provider] as { api_key?: string; base_url?: string };
    assert.equal(providerOf('m', config.models.primary.targets).api_key, undefined);
    assert.equal(providerOf('r', config.models.primary.targets).api_key, 'env:OPENAI_API_KEY');
    assert.equal(r.report.find((e) => e.key === 'fallback_providers[0].base_url')?.status, 'approximated');
    assert.equal(providerOf('q', config.models.delegation.targets).api_key, 'env:LAB_BOX_API_KEY');
    assert.ok(!r.yaml.includes('sk-lab-secret'));
  });

  test('a literal api_key is reported and never copied', () => {
    const secret = 'sk-or-v1-THIS-MUST-NOT-LEAK';
    const r = migrateHermesConfig(`model:\n  default: a/b\n  provider: openrouter\n  api_key: ${secret}\ndelegation: {provider: custom, base_url: "http://127.0.0.1:9000/v1", model: m, api_key: ${secret}}\n`);
    assert.ok(!r.yaml.includes(secret));
    assert.ok(!JSON.stringify(r.report).includes(secret));
    assert.deepEqual(r.report.filter((e) => e.status === 'secret_not_copied').map((e) => e.key), ['model.api_key', 'delegation.api_key']);
    assert.equal((r.config.providers as Record<string, { api_key?: string }>).openrouter.api_key, 'env:OPENROUTER_API_KEY');
  });

  test('sections outside routing are reported as left in Hermes', () => {
    const r = migrateHermesConfig('model: a/b\nterminal: {backend: local}\ndisplay: {compact: true}\n');
    assert.deepEqual(r.report.filter((e) => e.status === 'ignored').map((e) => e.key), ['terminal', 'display']);
  });
});

describe('migrate hermes: malformed input names the key', () => {
  const fails = (text: string, path: RegExp, message?: RegExp) => {
    assert.throws(() => migrateHermesConfig(text, 'bad.yaml'), (err: unknown) => {
      assert.ok(err instanceof ConfigError, String(err));
      assert.equal(err.file, 'bad.yaml');
      assert.ok(err.issues.some((i) => path.test(i.path) && (!message || message.test(`${i.message} ${i.hint ?? ''}`))), JSON.stringify(err.issues));
      return true;
    });
  };
  test('a typo in smart_model_routing names the key and the closest valid one', () => {
    fails('model: a/b\nsmart_model_routing: {enabled: true, max_simple_char: 100}\n', /smart_model_routing/, /max_simple_chars/);
  });
  test('wrong types and values', () => {
    fails('model: a/b\nfallback_providers: {provider: x}\n', /fallback_providers/);
    fails('model: a/b\nprovider_routing: {sort: fastest}\n', /provider_routing\.sort/);
    fails('model: a/b\nsmart_model_routing: {max_simple_words: lots}\n', /smart_model_routing\.max_simple_words/);
    fails('model: a/b\nfallback_providers: [{provider: custom, model: m, base_url: not-a-url}]\n', /fallback_providers\[0\]\.base_url/);
    fails('model: [1, 2]\n', /model/);
  });
  test('no main model, an unusable chain, YAML syntax and a non-mapping', () => {
    fails('provider_routing: {sort: price}\n', /model\.default/);
    fails('model: {default: x, provider: bedrock}\n', /model\.provider/, /Bedrock/);
    fails('model: {default: x\n', /line/);
    fails('- a\n- b\n', /.*/);
  });
});
