import { ContentScans, scanCode, scanOutbound } from './content/index.js';
import type { ContentFinding } from './content/types.js';
import { fieldsOf, textOf } from './content/text-of.js';
import { note, type Working } from './inputs.js';
import type { ToolInputs, ToolProfile } from './profiles/index.js';
import { containsLiveSecret } from './redact.js';
import { urlPayload } from './rules/urls.js';
import { isAskedMoney } from './rules/asked-money.js';

// What a call carries: the texts the content detectors and the crisis screen read (commands and
// code, what is sent, every string of a call that leaves), and the content detectors' factors.
// Written as plain loops building objects of one shape: the engine runs on every tool call, and
// array builtins over arrays of varying element kinds made its optimized code deoptimize ("wrong
// map") and recompile again and again (docs/firewall-speed.md).

export interface Carried {
  /** Commands and code the call runs. */
  code: string;
  /** What the profile says the call sends: message text, deferred outbound prompts, URL payloads. */
  sent: string;
  /** `sent` plus, for calls that leave, every other string in the arguments. */
  carried: string;
  /** `sent` and a web search's query: what the content detectors read of a call that does not leave. */
  sentOrSearched: string;
  /** `carried`, a web search's query and, for calls that leave, the arguments with their field names. */
  carriedAll: string;
  /** What an outbound tool or deferred prompt sends (message text and outbound prompts). */
  outboundText: string;
  leaves: boolean;
  /** Who the message goes to, when the tool names it (a list or channel can mean everyone). */
  recipient: string | undefined;
  /** The user's request, for labels of short typed values. */
  hints: string;
}

/** Texts joined once each: a string another already contains adds nothing to scan. */
export function joinText(parts: readonly string[]): string {
  const out: string[] = [];
  for (const p of parts) if (p && !out.some((o) => o.includes(p))) out.push(p);
  return out.join('\n');
}

/** Non-empty strings joined by line breaks. */
function lines(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) if (p) out = out ? `${out}\n${p}` : p;
  return out;
}

export interface CarriedFrom {
  profile: ToolProfile;
  inputs: ToolInputs;
  args: Record<string, unknown>;
  commands: readonly string[];
  /** Prompts a deferred job will send to people. */
  deferredOutbound: readonly string[];
  /** Deferred work sends something. */
  deferredSends: boolean;
  /** The user's request (browser tools), else ''. */
  hints: string;
}

export function carriedTexts(c: CarriedFrom): Carried & { outbound: boolean } {
  const { profile, inputs, args } = c;
  const outboundText = lines([inputs.outbound?.text ?? '', ...c.deferredOutbound]);
  const outbound = profile.outbound || (!!inputs.outbound && (outboundText !== '' || profile.kind === 'message')) || c.deferredSends;
  // What URLs carry out in their query strings leaves too, though fetching a page reaches no person.
  const payloads: string[] = [];
  for (const u of inputs.urls ?? []) payloads.push(urlPayload(u));
  const urlText = lines(payloads);
  const leaves = outbound || profile.class === 'external' || profile.class === 'critical' || profile.source === 'unknown';
  // The profile's extractor says what is sent; for calls that leave, every string the arguments
  // carry is read too (nested MCP payloads, fields no extractor names).
  const sent = joinText([outboundText, urlText]);
  const carried = joinText([sent, textOf(args, profile.content_args, leaves)]);
  const run: string[] = [...c.commands];
  for (const k of inputs.code ?? []) run.push(k.code);
  // A web search sends its query to the search provider: personal data and secrets in it leave, as in
  // a URL's query (reaching no person, so it is no outbound message for the crisis screen).
  const searchText = profile.kind === 'web' ? (inputs.texts ?? []).join('\n') : '';
  return {
    code: joinText(run),
    sent,
    carried,
    sentOrSearched: joinText([sent, searchText]),
    // Structured arguments are also read with their field names ("salary: 61200"): the content
    // detectors only, as the crisis screen reads prose.
    carriedAll: joinText([carried, searchText, leaves ? fieldsOf(args) : '']),
    outboundText,
    leaves,
    recipient: inputs.outbound?.recipient,
    hints: c.hints,
    outbound,
  };
}

interface Found {
  detector: ContentFinding['detector'];
  kind: string;
  risk: number;
  reason: string;
  code: boolean;
}

function found(into: Found[], from: readonly ContentFinding[], code: boolean): void {
  for (const f of from) into.push({ detector: f.detector, kind: f.kind, risk: f.risk, reason: f.reason, code });
}

/** What an asked-for refund's or own-account transfer's own arguments say about moving money (its amount, "kind: refund", the user's own account numbers). */
const REFUND_ITSELF = new Set(['payment_api', 'payment_request', 'iban']);

export function contentFactors(profile: ToolProfile, t: Carried, w: Working): void {
  // A command that sends is usually also the text the call carries: read once.
  const scans = new ContentScans();
  const findings: Found[] = [];
  found(findings, scanCode(t.code, scans), true);
  found(findings, scanOutbound(t.leaves ? t.carriedAll : t.sentOrSearched, t.recipient, t.hints, scans), false);
  const seen = new Set<string>();
  let credential = false;
  for (const f of findings) {
    if (f.detector === 'credential') credential = true;
    // The refund or own-account transfer the request asked for is the money its own arguments name
    // (rules/asked-money.ts).
    if (isAskedMoney(profile) && REFUND_ITSELF.has(f.kind)) continue;
    if (seen.has(`${f.detector}:${f.reason}`)) continue;
    seen.add(`${f.detector}:${f.reason}`);
    if (f.code) note(w, `content:${f.detector}`, f.risk, f.reason, 'critical', false);
    else {
      const serious = f.risk >= 0.6;
      note(w, `content:${f.detector}`, f.risk, `content leaving this machine contains ${f.reason}`, serious ? 'critical' : 'external', !serious);
    }
  }
  // The redactor's wider net (test keys, labelled tokens): what would be redacted from a trace
  // must not leave unasked either.
  const out = t.leaves ? t.carriedAll : t.sentOrSearched;
  if (out && !credential && containsLiveSecret(out)) note(w, 'human_impact', 0.9, 'outbound message contains what looks like a credential', 'critical', false);
  if (!t.carriedAll && profile.kind === 'message') {
    note(w, 'clarity', 0.3, 'message has no readable text to check');
    w.confidence = Math.min(w.confidence, 0.5);
  }
}
