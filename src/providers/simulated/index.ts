import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError } from '../../core/errors.js';
import { newToolCallId } from '../../core/ids.js';
import { textOf, type ChatRequest, type ChatResponse, type EmbeddingRequest, type EmbeddingResponse, type StreamChunk, type ToolCall, type ToolDefinition } from '../../core/types.js';
import { simulatedEmbed } from './embed.js';
import { toolFromExamples } from './examples.js';
import type { SimulatedProviderConfig } from '../../config/schema.js';
import type { ProviderAdapter, ProviderCallOptions, ProviderTarget } from '../types.js';
import { mulberry32, normal, type Rng } from './random.js';
import { valueForSchema } from './schema-value.js';
import { abortSignalOf, type CallSignal } from '../call-signal.js';

// A provider with no network: configurable latency, failures and tool calls, deterministic for a
// seed. It serves the default config, demos, tests and benchmarks.

interface Plan {
  delayMs: number;
  failStatus?: number;
  response: ChatResponse;
}

export class SimulatedAdapter implements ProviderAdapter {
  // One random sequence per provider instance (per config name), so a seed reproduces a run.
  readonly #rngs = new Map<string, Rng>();

  async chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse> {
    const plan = this.#plan(target, request);
    await wait(plan.delayMs, options.signal, target.providerName);
    if (plan.failStatus) throw failure(plan.failStatus, target.providerName);
    return plan.response;
  }

  async stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const plan = this.#plan(target, request);
    const cfg = target.config as SimulatedProviderConfig;
    await wait(plan.delayMs, options.signal, target.providerName);
    if (plan.failStatus) throw failure(plan.failStatus, target.providerName);
    return chunksOf(plan.response, cfg, options.signal, target.providerName);
  }

  async embed(target: ProviderTarget, request: EmbeddingRequest, options: ProviderCallOptions): Promise<EmbeddingResponse> {
    // Latency and failures follow the same seeded draws as chat, so fallback tests work for embeddings too.
    const plan = this.#plan(target, { model: request.model, messages: [] });
    await wait(plan.delayMs, options.signal, target.providerName);
    if (plan.failStatus) throw failure(plan.failStatus, target.providerName);
    return simulatedEmbed(target, request);
  }

  #plan(target: ProviderTarget, request: ChatRequest): Plan {
    const cfg = target.config as SimulatedProviderConfig;
    const key = target.providerName;
    let rng = this.#rngs.get(key);
    if (!rng) this.#rngs.set(key, (rng = mulberry32(cfg.seed)));
    const delayMs = sampleLatency(cfg, rng);
    // Draw every random number in a fixed order so one decision never shifts another's sequence.
    const failDraw = rng();
    const statusDraw = rng();
    const toolDraw = rng();
    const wrongDraw = rng();
    const pickDraw = rng();
    if (failDraw < cfg.failure_rate) {
      const statuses = cfg.failure_statuses;
      return { delayMs, failStatus: statuses[Math.floor(statusDraw * statuses.length)], response: undefined as never };
    }
    return { delayMs, response: respond(target, request, cfg, toolDraw, wrongDraw, pickDraw) };
  }
}

function sampleLatency(cfg: SimulatedProviderConfig, rng: Rng): number {
  const l = cfg.latency;
  if (!l) return 0;
  let v: number;
  switch (l.distribution) {
    case 'fixed':
      v = l.mean_ms;
      break;
    case 'uniform':
      v = l.min_ms + rng() * ((l.max_ms ?? l.mean_ms * 2) - l.min_ms);
      break;
    case 'normal':
      v = l.mean_ms + normal(rng) * l.stddev_ms;
      break;
    case 'lognormal': {
      // Parameterized by the mean and stddev of the latency itself, not of its logarithm.
      const m = Math.max(l.mean_ms, 1e-3);
      const s2 = Math.log(1 + (l.stddev_ms * l.stddev_ms) / (m * m));
      v = Math.exp(Math.log(m) - s2 / 2 + Math.sqrt(s2) * normal(rng));
      break;
    }
  }
  v = Math.max(v, l.min_ms);
  return l.max_ms !== undefined ? Math.min(v, l.max_ms) : v;
}

function respond(
  target: ProviderTarget,
  request: ChatRequest,
  cfg: SimulatedProviderConfig,
  toolDraw: number,
  wrongDraw: number,
  pickDraw: number,
): ChatResponse {
  const last = request.messages[request.messages.length - 1];
  const lastUser = [...request.messages].reverse().find((m) => m.role === 'user');
  const userText = textOf(lastUser?.content ?? null);
  const tools = request.tools ?? [];
  const choice = request.tool_choice ?? 'auto';
  const answeringToolResult = last?.role === 'tool';
  const wantsTool =
    tools.length > 0 &&
    choice !== 'none' &&
    (choice === 'required' || typeof choice === 'object' || (!answeringToolResult && toolDraw < cfg.tool_call_rate));

  let message: ChatResponse['message'];
  let finish: ChatResponse['finish_reason'];
  if (wantsTool) {
    const imitated = typeof choice === 'object' ? undefined : toolFromExamples(request, tools, userText, cfg.seed, cfg.example_sensitivity);
    let tool = typeof choice === 'object' ? tools.find((t) => t.function.name === choice.function.name) : (imitated ?? bestTool(tools, userText));
    tool ??= tools[0];
    if (!imitated && typeof choice !== 'object' && tools.length > 1 && wrongDraw < cfg.wrong_tool_rate) {
      const others = tools.filter((t) => t !== tool);
      tool = others[Math.floor(pickDraw * others.length)];
    }
    const call: ToolCall = {
      id: newToolCallId(),
      type: 'function',
      function: { name: tool.function.name, arguments: JSON.stringify(valueForSchema(tool.function.parameters, userText)) },
    };
    message = { role: 'assistant', content: null, tool_calls: [call] };
    finish = 'tool_calls';
  } else {
    let text = cfg.reply ?? (answeringToolResult ? `Done. The tool returned: ${clip(textOf(last.content), 120)}` : `Simulated reply to: ${clip(userText, 120)}`);
    const fmt = request.response_format;
    if (fmt?.type === 'json_object') text = JSON.stringify({ reply: text });
    else if (fmt?.type === 'json_schema') text = JSON.stringify(valueForSchema(fmt.json_schema.schema, userText));
    if (request.max_tokens !== undefined && text.length > request.max_tokens * 4) {
      message = { role: 'assistant', content: text.slice(0, request.max_tokens * 4) };
      finish = 'length';
    } else {
      message = { role: 'assistant', content: text };
      finish = 'stop';
    }
  }
  const promptTokens = Math.ceil(request.messages.reduce((n, m) => n + textOf(m.content).length + 4, 0) / 4);
  const completionTokens = Math.max(1, Math.ceil(((message.content ?? '') + JSON.stringify(message.tool_calls ?? '')).length / 4));
  return {
    model: target.model,
    message,
    finish_reason: finish,
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

/** The offered tool whose name and description share the most words with the user's message. */
function bestTool(tools: ToolDefinition[], userText: string): ToolDefinition {
  const words = new Set(userText.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  let best = tools[0];
  let bestScore = -1;
  for (const t of tools) {
    const text = `${t.function.name.replace(/_/g, ' ')} ${t.function.description ?? ''}`.toLowerCase();
    const score = (text.match(/[a-z0-9]+/g) ?? []).reduce((n, w) => n + (words.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

async function* chunksOf(response: ChatResponse, cfg: SimulatedProviderConfig, signal: CallSignal, provider: string): AsyncIterable<StreamChunk> {
  const size = cfg.stream_chunk_chars;
  yield { type: 'meta', model: response.model };
  const content = response.message.content ?? '';
  for (let i = 0; i < content.length; i += size) {
    if (i > 0) await wait(cfg.stream_interval_ms, signal, provider);
    yield { type: 'delta', content: content.slice(i, i + size) };
  }
  for (const [index, call] of (response.message.tool_calls ?? []).entries()) {
    yield { type: 'delta', tool_calls: [{ index, id: call.id, name: call.function.name, arguments: '' }] };
    const args = call.function.arguments;
    for (let i = 0; i < args.length; i += size) {
      await wait(cfg.stream_interval_ms, signal, provider);
      yield { type: 'delta', tool_calls: [{ index, arguments: args.slice(i, i + size) }] };
    }
  }
  yield { type: 'finish', finish_reason: response.finish_reason };
  if (response.usage) yield { type: 'usage', usage: response.usage };
}

async function wait(ms: number, signal: CallSignal, provider: string): Promise<void> {
  if (signal.aborted) throw new ProviderError('request aborted', { kind: 'aborted', provider });
  if (ms <= 0) return;
  try {
    await sleep(ms, undefined, { signal: abortSignalOf(signal) });
  } catch {
    throw new ProviderError('request aborted', { kind: 'aborted', provider });
  }
}

function failure(status: number, provider: string): ProviderError {
  const kind = status === 429 ? 'rate_limited' : status >= 500 ? 'server_error' : status === 401 || status === 403 ? 'auth' : 'bad_request';
  return new ProviderError(`simulated upstream failure: HTTP ${status}`, { kind, provider, upstreamStatus: status });
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
