import { InvalidRequestError } from '../../core/errors.js';

// Parts of a Responses request only a native Responses upstream can carry (files and images by
// id, item references, forced hosted tools). Parsing collects them instead of failing, so a route
// with a `responses_api` target still serves the request there; when no target can take it
// natively, the first one is the 400 (it names the field).

export class TranslationRefusal extends InvalidRequestError {}

/** The collector; undefined makes a refusal throw at once. */
export type Refusals = TranslationRefusal[] | undefined;
