import { InvalidRequestError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Datapoint, DatapointInput } from './dataset-types.js';

// The store-independent part of a dataset commit: validating the change and building new rows.

const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function checkDatasetName(name: string): void {
  if (!DATASET_NAME.test(name)) throw new InvalidRequestError(`dataset name "${name}" must be 1-128 of letters, digits, . _ - (starting with a letter or digit)`, 'name');
}

export function newDatapoint(dataset: string, version: number, input: DatapointInput, supersedes: string | null = null): Datapoint {
  if (!Array.isArray(input.messages) || input.messages.length === 0) throw new InvalidRequestError('a datapoint needs at least one message', 'messages');
  return {
    id: newId(),
    dataset,
    created_at: new Date().toISOString(),
    added_in: version,
    removed_in: null,
    supersedes,
    messages: input.messages,
    tools: input.tools ?? null,
    output: input.output ?? null,
    tags: input.tags ?? null,
    source_inference_id: input.source_inference_id ?? null,
    source_session_id: input.source_session_id ?? null,
  };
}

/** The replacement row for an edit: the old content with the patch applied. */
export function editedDatapoint(old: Datapoint, version: number, patch: Partial<DatapointInput>): Datapoint {
  return newDatapoint(
    old.dataset,
    version,
    {
      messages: patch.messages ?? old.messages,
      tools: patch.tools !== undefined ? patch.tools : old.tools,
      output: patch.output !== undefined ? patch.output : old.output,
      tags: patch.tags !== undefined ? patch.tags : old.tags,
      source_inference_id: old.source_inference_id,
      source_session_id: old.source_session_id,
    },
    old.id,
  );
}

export function unknownDatapoint(id: string, dataset: string): InvalidRequestError {
  return new InvalidRequestError(`datapoint ${id} is not in the latest version of dataset ${dataset}`, 'id');
}
