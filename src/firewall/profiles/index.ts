import { own } from '../../core/own.js';
import type { DeclaredTool } from '../../config/firewall-schema.js';
import type { McpAnnotations } from '../types.js';
import { AGENTS_SDK } from './agents-sdk.js';
import { CLAUDE_CODE } from './claude-code.js';
import { CODEX } from './codex.js';
import { HERMES } from './hermes.js';
import { homeAssistantProfile } from './home-assistant.js';
import { mcpServerProfile, namedServerProfile } from './mcp-servers.js';
import { p, PATHS, type ToolProfile } from './types.js';
import { splitName } from './tool-name.js';
import { unknownProfile } from './unknown.js';
import { withScheduledWork } from './scheduled.js';

export type { ToolProfile, ToolInputs, ToolKind, FileWrite, Deferred } from './types.js';

// Which profile describes a tool: what the operator declared in config, then the agents' own
// tool tables, then known MCP servers, then the unknown-tool classifier (name, arguments,
// annotations). Names that two agents share (read_file, web_search, shell) take one profile
// whose extractor reads both argument shapes.

// Bare MCP tool names (a proxy that does not know its server) go through the classifier: the
// same name on another server may take other arguments.
const BUILTIN: Record<string, ToolProfile> = { ...AGENTS_SDK, ...HERMES, ...CODEX, ...CLAUDE_CODE };

const cache = new Map<string, ToolProfile>();

export function profileFor(tool: string, annotations: McpAnnotations | undefined, declared: Record<string, DeclaredTool>): ToolProfile {
  const fromConfig = own(declared, tool);
  if (fromConfig) {
    return p('config', fromConfig.kind, fromConfig.class, fromConfig.description ?? `declared in config as ${fromConfig.class}`, {
      base_risk: fromConfig.base_risk,
      reversible: fromConfig.reversible,
      outbound: fromConfig.outbound,
      command_arg: fromConfig.command_arg,
      path_args: fromConfig.path_args.length ? fromConfig.path_args : PATHS,
      content_args: fromConfig.content_args,
      confidence: 0.85,
    });
  }
  if (!tool.startsWith('mcp__')) {
    const builtin = own(BUILTIN, tool);
    if (builtin) return builtin;
  }
  const { server, tool: bare } = splitName(tool);
  // A bare name that carries its server's name (slack_post_message, puppeteer_click) is that server's.
  const known = (server ? mcpServerProfile(server, bare) : namedServerProfile(tool) ?? bareServerTool(tool)) ?? homeAssistantProfile(tool, server, bare);
  if (known) return known;
  // Unknown tools are classified from scratch; the result depends only on name and annotations.
  const key = annotations ? `${tool}\u0000${annotations.readOnlyHint}${annotations.destructiveHint}${annotations.idempotentHint}${annotations.openWorldHint}` : tool;
  let prof = cache.get(key);
  if (!prof) {
    prof = withScheduledWork(tool, unknownProfile(tool, annotations));
    if (cache.size > 1000) cache.clear();
    cache.set(key, prof);
  }
  return prof;
}

/** `mcp__server__tool` (Claude Code's MCP naming) -> `tool`. */
export function bareName(tool: string): string {
  return splitName(tool).tool;
}

/**
 * The filesystem server's edit and read tools under their bare names (`edit_file {path, edits}`,
 * as a proxy or another client spells them) do what their names say to the path they are given:
 * judged by that path, as the prefixed tools are. Moves and deletes are left to the unknown profile.
 * The browser servers' script tools (`browser_evaluate`, `evaluate_script`) run their script in the
 * page whichever server they come from: judged by what the script does.
 */
const BARE_TOOLS: Record<string, string> = {
  ...Object.fromEntries(['read_file', 'read_text_file', 'read_multiple_files', 'write_file', 'edit_file', 'create_directory', 'list_directory', 'list_directory_with_sizes', 'directory_tree', 'get_file_info'].map((t) => [t, 'filesystem'])),
  ...Object.fromEntries(['browser_evaluate', 'evaluate_script', 'browser_run_code'].map((t) => [t, 'playwright'])),
};
function bareServerTool(tool: string): ToolProfile | undefined {
  const server = own(BARE_TOOLS, tool);
  return server ? mcpServerProfile(server, tool) : undefined;
}
