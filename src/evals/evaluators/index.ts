import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { ConfigError } from '../../core/errors.js';
import type { ChatResponse, ToolCall } from '../../core/types.js';
import { evaluatorName, type ContenderSpec, type EvaluatorConfig } from '../schema/eval-file.js';
import type { ContenderClient, EvalItem, Score } from '../types.js';
import { judgeRequest, parseJudgeReply } from './judge.js';
import { matchToolCall } from './tool-call.js';

// Each evaluator turns (item, response) into a Score. Compiled once per run so regexes, JSON
// Schemas and function modules are checked before the first model call.

export interface EvalContext {
  item: EvalItem;
  response: ChatResponse;
  text: string;
  toolCalls: ToolCall[];
}

export interface Evaluator {
  name: string;
  type: EvaluatorConfig['type'];
  /** true when every score is pass/fail (compared with McNemar); false for float scores */
  binary: boolean;
  evaluate(ctx: EvalContext, signal?: AbortSignal): Promise<Score>;
}

type UserFunction = (ctx: EvalContext) => Score | boolean | number | Promise<Score | boolean | number>;

interface CompileOptions {
  /** directory the eval file lives in: relative module paths resolve from here */
  baseDir: string;
  /** client for LLM judges (the same gateway, the judge's own route) */
  judge?: ContenderClient;
  file?: string;
}

const pass = (ok: boolean, explanation: string): Score => ({ pass: ok, score: ok ? 1 : 0, explanation });

function expectedText(item: EvalItem, explicit: string | undefined, evaluator: string): string {
  const e = explicit ?? (typeof item.expected === 'string' ? item.expected : item.expected?.text);
  if (e === undefined) throw new Error(`evaluator ${evaluator} needs an expected text and item ${item.id} has none`);
  return e;
}

export async function compileEvaluators(configs: EvaluatorConfig[], opts: CompileOptions): Promise<Evaluator[]> {
  const out: Evaluator[] = [];
  for (const [i, cfg] of configs.entries()) {
    const name = evaluatorName(cfg);
    const where = `evaluators[${i}]`;
    const bad = (message: string) => new ConfigError(opts.file ?? '(eval file)', [{ path: where, message }]);
    switch (cfg.type) {
      case 'exact_match':
        out.push({
          name, type: cfg.type, binary: true,
          evaluate: async ({ item, text }) => {
            let want = expectedText(item, cfg.expected, name);
            let got = text;
            if (cfg.trim) [want, got] = [want.trim(), got.trim()];
            if (!cfg.case_sensitive) [want, got] = [want.toLowerCase(), got.toLowerCase()];
            return pass(want === got, want === got ? 'exact match' : `expected ${JSON.stringify(clip(want))}, got ${JSON.stringify(clip(got))}`);
          },
        });
        break;
      case 'contains':
        out.push({
          name, type: cfg.type, binary: true,
          evaluate: async ({ item, text }) => {
            const wants = cfg.value === undefined ? [expectedText(item, undefined, name)] : Array.isArray(cfg.value) ? cfg.value : [cfg.value];
            const hay = cfg.case_sensitive ? text : text.toLowerCase();
            const missing = wants.filter((w) => !hay.includes(cfg.case_sensitive ? w : w.toLowerCase()));
            return pass(missing.length === 0, missing.length ? `missing ${missing.map((m) => JSON.stringify(m)).join(', ')}` : 'contains every expected string');
          },
        });
        break;
      case 'regex': {
        let re: RegExp;
        try {
          re = new RegExp(cfg.pattern, cfg.flags.replace('g', ''));
        } catch (err) {
          throw bad(`invalid regex: ${(err as Error).message}`);
        }
        out.push({ name, type: cfg.type, binary: true, evaluate: async ({ text }) => pass(re.test(text), re.test(text) ? `matches ${re}` : `does not match ${re}`) });
        break;
      }
      case 'json_valid':
        out.push({
          name, type: cfg.type, binary: true,
          evaluate: async ({ text }) => {
            try {
              JSON.parse(text);
              return pass(true, 'valid JSON');
            } catch (err) {
              return pass(false, `invalid JSON: ${(err as Error).message}`);
            }
          },
        });
        break;
      case 'json_schema': {
        const ajv = new Ajv({ allErrors: true, strict: false });
        let validate: ReturnType<Ajv['compile']>;
        try {
          validate = ajv.compile(cfg.schema);
        } catch (err) {
          throw bad(`invalid JSON Schema: ${(err as Error).message}`);
        }
        out.push({
          name, type: cfg.type, binary: true,
          evaluate: async ({ text }) => {
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch (err) {
              return pass(false, `invalid JSON: ${(err as Error).message}`);
            }
            const ok = validate(value) as boolean;
            return pass(ok, ok ? 'matches the schema' : ajv.errorsText(validate.errors));
          },
        });
        break;
      }
      case 'tool_call':
        out.push({
          name, type: cfg.type, binary: true,
          evaluate: async ({ item, toolCalls }) => {
            const expected = cfg.expected ?? (typeof item.expected === 'object' ? item.expected.tool_call : undefined);
            if (!expected) throw new Error(`evaluator ${name} needs expected.tool_call and item ${item.id} has none`);
            return matchToolCall(toolCalls, cfg.ignore_args ? { ...expected, args: [] } : expected);
          },
        });
        break;
      case 'llm_judge': {
        const judge = opts.judge;
        if (!judge) throw bad('an llm_judge evaluator needs a gateway client');
        const spec: ContenderSpec = { name: `judge:${name}`, route: cfg.route, params: { temperature: 0 } };
        out.push({
          name, type: cfg.type, binary: cfg.pass_threshold !== undefined,
          evaluate: async ({ item, text, toolCalls }, signal) => {
            const r = await judge.complete(spec, judgeRequest(cfg.route, cfg.rubric, item, text, toolCalls), signal);
            const verdict = parseJudgeReply(r.response.message.content ?? '');
            if (cfg.pass_threshold === undefined) return { score: verdict.score, explanation: verdict.reason };
            return { pass: verdict.score >= cfg.pass_threshold, score: verdict.score >= cfg.pass_threshold ? 1 : 0, explanation: `${verdict.score.toFixed(2)}: ${verdict.reason}` };
          },
        });
        break;
      }
      case 'function': {
        const path = isAbsolute(cfg.module) ? cfg.module : resolve(opts.baseDir, cfg.module);
        let mod: Record<string, unknown>;
        try {
          mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
        } catch (err) {
          throw bad(`cannot load module ${path}: ${(err as Error).message}`);
        }
        const fn = mod[cfg.export];
        if (typeof fn !== 'function') throw bad(`module ${path} has no function export "${cfg.export}"`);
        const user = fn as UserFunction;
        out.push({
          name, type: cfg.type, binary: false,
          evaluate: async (ctx) => normalizeUserScore(await user(ctx)),
        });
        break;
      }
    }
  }
  return out;
}

function normalizeUserScore(r: Score | boolean | number): Score {
  if (typeof r === 'boolean') return pass(r, r ? 'function returned true' : 'function returned false');
  if (typeof r === 'number') {
    if (!Number.isFinite(r) || r < 0 || r > 1) throw new Error(`evaluator function returned ${r}; scores must be in [0, 1]`);
    return { score: r, explanation: `function returned ${r}` };
  }
  if (!r || typeof r !== 'object' || typeof r.score !== 'number') throw new Error('evaluator function must return a boolean, a number in [0, 1] or { score, pass?, explanation }');
  return { pass: r.pass, score: r.score, explanation: r.explanation ?? '' };
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
