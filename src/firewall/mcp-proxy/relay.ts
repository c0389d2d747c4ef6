import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { isJSONRPCRequest, isJSONRPCResultResponse, type JSONRPCMessage, type JSONRPCRequest } from '@modelcontextprotocol/sdk/types.js';
import type { McpAnnotations } from '../types.js';
import type { Verdict } from '../hooks/gate-client.js';

// A JSON-RPC relay between the agent (downstream) and a real MCP server (upstream). Every message
// passes through untouched except `tools/call`, which is held until the firewall answers; a call
// it refuses never reaches the server and the agent gets a tool error result saying why.
// `tools/list` results are read on the way back to learn each tool's annotations.

export type GateFn = (tool: string, args: Record<string, unknown>, annotations: McpAnnotations | undefined, signal: AbortSignal) => Promise<Verdict>;

export interface RelayOptions {
  gate: GateFn;
  onError?: (err: Error) => void;
}

const OWN_ID = 'switchyard-proxy-';

export class McpFirewallRelay {
  readonly #down: Transport;
  readonly #up: Transport;
  readonly #opts: RelayOptions;
  readonly #annotations = new Map<string, McpAnnotations>();
  readonly #listIds = new Set<string | number>();
  readonly #own = new Map<string, (msg: JSONRPCMessage) => void>();
  readonly #abort = new AbortController();
  #listed = false;
  #seq = 0;
  #closed = false;

  constructor(downstream: Transport, upstream: Transport, opts: RelayOptions) {
    this.#down = downstream;
    this.#up = upstream;
    this.#opts = opts;
  }

  async start(onClose: () => void): Promise<void> {
    const close = () => {
      if (this.#closed) return;
      this.#closed = true;
      this.#abort.abort();
      void this.#up.close().catch(() => undefined);
      void this.#down.close().catch(() => undefined);
      onClose();
    };
    this.#up.onmessage = (msg) => this.#fromServer(msg);
    this.#down.onmessage = (msg) => void this.#fromAgent(msg).catch((err: Error) => this.#opts.onError?.(err));
    this.#up.onclose = close;
    this.#down.onclose = close;
    this.#up.onerror = (err) => this.#opts.onError?.(err);
    this.#down.onerror = (err) => this.#opts.onError?.(err);
    await this.#up.start();
    await this.#down.start();
  }

  #fromServer(msg: JSONRPCMessage): void {
    if (isJSONRPCResultResponse(msg) || 'error' in msg) {
      const id = (msg as { id: string | number }).id;
      const own = typeof id === 'string' ? this.#own.get(id) : undefined;
      if (own) return own(msg);
      if (isJSONRPCResultResponse(msg) && this.#listIds.delete(id)) this.#learn(msg.result);
      const pv = isJSONRPCResultResponse(msg) ? (msg.result as { protocolVersion?: unknown }).protocolVersion : undefined;
      if (typeof pv === 'string') this.#up.setProtocolVersion?.(pv);
    }
    void this.#down.send(msg).catch((err: Error) => this.#opts.onError?.(err));
  }

  async #fromAgent(msg: JSONRPCMessage): Promise<void> {
    if (isJSONRPCRequest(msg) && msg.method === 'tools/list') this.#listIds.add(msg.id);
    if (isJSONRPCRequest(msg) && msg.method === 'tools/call') return this.#call(msg);
    await this.#up.send(msg);
  }

  #learn(result: unknown): void {
    const tools = (result as { tools?: { name?: unknown; annotations?: McpAnnotations }[] })?.tools;
    if (!Array.isArray(tools)) return;
    this.#listed = true;
    for (const t of tools) if (typeof t.name === 'string') this.#annotations.set(t.name, t.annotations ?? {});
  }

  /** The agent may call a tool without listing first; then the proxy lists on its own. */
  async #ensureListed(): Promise<void> {
    if (this.#listed) return;
    const id = `${OWN_ID}${++this.#seq}`;
    const reply = new Promise<JSONRPCMessage>((resolve) => this.#own.set(id, resolve));
    await this.#up.send({ jsonrpc: '2.0', id, method: 'tools/list', params: {} });
    const msg = await reply;
    this.#own.delete(id);
    if (isJSONRPCResultResponse(msg)) this.#learn(msg.result);
  }

  async #call(req: JSONRPCRequest): Promise<void> {
    const params = (req.params ?? {}) as { name?: unknown; arguments?: unknown };
    const name = typeof params.name === 'string' ? params.name : '';
    const args = params.arguments && typeof params.arguments === 'object' ? (params.arguments as Record<string, unknown>) : {};
    let verdict: Verdict;
    try {
      await this.#ensureListed();
      verdict = await this.#opts.gate(name, args, this.#annotations.get(name), this.#abort.signal);
    } catch (err) {
      if (this.#closed) return;
      return this.#refuse(req, `Switchyard firewall could not assess this call, so it was not run: ${(err as Error).message}`);
    }
    if (verdict.decision === 'allow') return this.#up.send(req);
    const why = verdict.decision === 'ask' ? `it needs a person's approval, which was not given. ${verdict.reason}` : verdict.reason;
    return this.#refuse(req, `Blocked by the Switchyard firewall: ${name} was not run because ${why}`);
  }

  #refuse(req: JSONRPCRequest, text: string): Promise<void> {
    return this.#down.send({ jsonrpc: '2.0', id: req.id, result: { content: [{ type: 'text', text }], isError: true } });
  }
}
