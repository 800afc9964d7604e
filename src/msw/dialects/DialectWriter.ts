import type { JsonValue } from '../JsonValue.js';

/** One field's messages, with its key as written and the key's segments for native spelling. */
export interface FieldEntry {
  /** The key exactly as the spec wrote it. */
  readonly key: string;
  /** The key split into path segments (`items[0].sku` → `['items', '0', 'sku']`). */
  readonly segments: readonly string[];
  readonly messages: readonly string[];
}

/** A spec after normalisation: what every dialect writer receives. */
export interface WriterInput {
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly type?: string;
  readonly instance?: string;
  readonly code?: string | number;
  readonly traceId?: string;
  readonly fields: readonly FieldEntry[];
  /** True when keys are app paths to be spelled the dialect's way (`keys: 'native'`). */
  readonly native: boolean;
  readonly formErrors: readonly string[];
  /** The wait the headers announce, in whole seconds (DRF puts it in its throttle message). */
  readonly retryAfterSeconds?: number;
  readonly request?: { readonly method: string; readonly url: string };
  readonly nowMs: number;
}

/** What a dialect writer produces: a JSON body, a text body or none, and where the trace id goes. */
export interface WriterOutput {
  readonly contentType?: string;
  readonly json?: JsonValue;
  readonly text?: string;
  /** True when the body already carries the trace id. */
  readonly traceIdInBody?: boolean;
  /** The header that carries the trace id otherwise. Default `X-Request-Id`. */
  readonly traceIdHeader?: string;
  /** Headers the dialect always sends (`WWW-Authenticate` on a body-less 401). */
  readonly headers?: readonly (readonly [name: string, value: string])[];
}

/** Writes one dialect's wire shape. Internal to `problemkit/msw`; `mockProblem` dispatches to these. */
export type DialectWriter = (input: WriterInput) => WriterOutput;
