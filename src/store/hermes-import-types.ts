import type { ChatMessage, ToolDefinition } from '../core/types.js';

// Session data imported from another agent (today: Hermes's SessionDB and batch-runner
// trajectories). Every row is keyed by a stable id derived from its source, so importing the same
// data twice inserts nothing the second time.

export interface ImportedEpisode {
  /** The agent's session id; also the Switchyard episode id. */
  session_id: string;
  /** Where it came from, e.g. "hermes". */
  origin: string;
  /** The agent's own channel tag (Hermes: cli, telegram, discord, cron...). */
  platform: string | null;
  user_id: string | null;
  model: string | null;
  title: string | null;
  system_prompt: string | null;
  /** Compression and delegation chains: the session this one continues. */
  parent_session_id: string | null;
  started_at: string; // ISO-8601
  ended_at: string | null;
  end_reason: string | null;
  /** Counters and costs as the source recorded them (message_count, input_tokens, estimated_cost_usd...). */
  stats: Record<string, number | string | null>;
  /** Source columns Switchyard has no field for, kept verbatim. */
  extra: Record<string, unknown>;
}

export interface ImportedTurn {
  /** Stable id, e.g. "hermes:<session>:<message id>". */
  source_id: string;
  session_id: string;
  /** Order within the episode, from 0. */
  seq: number;
  message: ChatMessage;
  created_at: string; // ISO-8601
  token_count: number | null;
  finish_reason: string | null;
  reasoning: string | null;
  extra: Record<string, unknown>;
}

export interface ImportedDatapoint {
  /** Stable id, e.g. "hermes-trajectory:<sha256 of the record>". */
  source_id: string;
  dataset: string;
  messages: ChatMessage[];
  output: ChatMessage | null;
  tools: ToolDefinition[] | null;
  tags: Record<string, string>;
  /** Everything else the source recorded (Hermes: prompt_index, completed, api_calls, tool_stats...). */
  metadata: Record<string, unknown>;
  created_at: string;
}

export interface ImportCounts {
  episodes: number;
  turns: number;
  datapoints: number;
}

export interface ImportRepo {
  /** Inserts the episodes not stored yet; returns how many were new. */
  addEpisodes(rows: ImportedEpisode[]): Promise<number>;
  /** Inserts the turns not stored yet; returns how many were new. */
  addTurns(rows: ImportedTurn[]): Promise<number>;
  /** Inserts the datapoints not stored yet; returns the source ids that were new. */
  addDatapoints(rows: ImportedDatapoint[]): Promise<string[]>;
  getEpisode(sessionId: string): Promise<ImportedEpisode | null>;
  /** Newest first. */
  listEpisodes(opts?: { origin?: string; limit?: number }): Promise<ImportedEpisode[]>;
  /** In episode order. */
  listTurns(sessionId: string): Promise<ImportedTurn[]>;
  listDatapoints(dataset: string): Promise<ImportedDatapoint[]>;
  counts(): Promise<ImportCounts>;
}
