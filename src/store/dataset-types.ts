import type { ChatMessage, ToolDefinition } from '../core/types.js';
import type { Page } from './types.js';

// Named, versioned datasets. A version is immutable: adding, editing or removing datapoints makes
// the next version, and an edited datapoint is a new row that supersedes the old one, so nothing
// a past version (or an export made from it) referred to is ever overwritten.

export interface DatapointInput {
  messages: ChatMessage[];
  tools?: ToolDefinition[] | null;
  /** Reference output: the assistant message that should be produced. */
  output?: ChatMessage | null;
  tags?: Record<string, string> | null;
  source_inference_id?: string | null;
  source_session_id?: string | null;
}

export interface Datapoint {
  id: string;
  dataset: string;
  created_at: string;
  added_in: number;
  removed_in: number | null;
  supersedes: string | null;
  messages: ChatMessage[];
  tools: ToolDefinition[] | null;
  output: ChatMessage | null;
  tags: Record<string, string> | null;
  source_inference_id: string | null;
  source_session_id: string | null;
}

export interface DatasetVersion {
  dataset: string;
  version: number;
  created_at: string;
  note: string | null;
  /** Datapoints in this version. */
  size: number;
}

export interface DatasetChange {
  add?: DatapointInput[];
  /** Datapoint ids to drop from the new version. */
  remove?: string[];
  /** Replace datapoint `id` by a new datapoint built from its content merged with `patch`. */
  edit?: { id: string; patch: Partial<DatapointInput> }[];
  note?: string;
}

export interface DatasetRepo {
  /** Makes the next version of `name` (version 1 when new). Unknown ids in remove/edit are an error. */
  commit(name: string, change: DatasetChange): Promise<DatasetVersion>;
  /** Latest version of every dataset. */
  list(): Promise<DatasetVersion[]>;
  /** `version` defaults to the latest; null when the dataset or version does not exist. */
  getVersion(name: string, version?: number): Promise<DatasetVersion | null>;
  listVersions(name: string): Promise<DatasetVersion[]>;
  /** Datapoints of one version in insertion order, a page at a time. */
  listDatapoints(name: string, opts?: { version?: number; cursor?: string; limit?: number }): Promise<Page<Datapoint>>;
  getDatapoint(id: string): Promise<Datapoint | null>;
}
