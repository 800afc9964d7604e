import type { ApiProblem } from './ApiProblem.js';
import { failureProblem } from './failureProblem.js';
import { type ProblemOptions, toProblem } from './toProblem.js';

/** Options for `problemFromResponse`: those of `toProblem`, plus the request and the body cap. */
export interface ProblemFromResponseOptions extends ProblemOptions {
  /** The request that got this response (apiFetch passes it); recorded in `problem.request`. */
  request?: { method: string; url: string };
  /** Bytes of body to read at most; beyond it, reading stops and the body is not parsed. Default 1 MiB. */
  maxBodyBytes?: number;
}

const ignore = () => {};

/**
 * Reads the body once, through a reader, stopping past `maxBytes`, decoded by the Content-Type charset when
 * TextDecoder knows it (else UTF-8: JSON is UTF-8, RFC 8259 §8.1). An already-used or locked body, a missing body,
 * an over-long body and a stream that errors part-way all give no text: a partial body is not worth parsing.
 */
async function readBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const stream = response.bodyUsed ? null : response.body;
  if (!stream || Number(response.headers.get('content-length')) > maxBytes) {
    // Declared too large: do not download it at all; cancel to release the connection.
    await stream?.cancel().catch(ignore);
    return undefined;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(/;\s*charset\s*=\s*"?([^";\s]+)/i.exec(response.headers.get('content-type') ?? '')?.[1]);
  } catch {
    decoder = new TextDecoder(); // an unknown label
  }
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader();
  } catch {
    return undefined; // locked by someone else
  }
  let text = '';
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      // Not `instanceof Uint8Array`: chunks may come from another realm (jsdom tests, iframes, polyfills).
      if (!ArrayBuffer.isView(value)) continue;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(ignore);
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return undefined; // the stream errored mid-way (connection reset, abort)
  } finally {
    try {
      reader.releaseLock();
    } catch {
      // already released
    }
  }
}

/**
 * Builds the `ApiProblem` for a failed `Response`: reads the body once and safely — through a stream reader
 * capped at 1 MiB (beyond it, reading stops and nothing is parsed), decoded by its charset — then normalises
 * status, headers and body with `toProblem`. An already-used body, a body that errors part-way or no body at all
 * still give a problem from the status and headers (retry timing, trace id). Never rejects.
 *
 * @example
 * ```ts
 * const response = await fetch('/api/companies', { method: 'POST', body });
 * if (!response.ok) throw new ApiError(await problemFromResponse(response));
 * ```
 */
export async function problemFromResponse(
  response: Response,
  options?: ProblemFromResponseOptions,
): Promise<ApiProblem> {
  try {
    const { request, maxBodyBytes, ...problemOptions } = options ?? {};
    // 1 MiB by default. A real error body is a few KiB; a larger one is a stack dump or an HTML page, and buffering
    // (then parsing) an unbounded one would let a broken or hostile server stall the page. ky 2 bounds its pre-read
    // `data` the same way (10 MiB, for success bodies too).
    const cap = typeof maxBodyBytes === 'number' && maxBodyBytes >= 0 ? maxBodyBytes : 1_048_576;
    const text = await readBody(response, cap);
    return toProblem(
      { status: response.status, headers: response.headers, body: text || undefined, request },
      problemOptions,
    );
  } catch {
    // Not a Response after all, or a hostile one: a problem without a response.
    return failureProblem(response, options, options?.request);
  }
}
