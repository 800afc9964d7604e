// No body at all: Aritma (seed 004) answers 401 without one, as ASP.NET's JwtBearer does, with
// `WWW-Authenticate: Bearer` (RFC 9110 §15.5.2: a 401 MUST send WWW-Authenticate). research/formats.md §0, §9.6.
import type { DialectWriter } from './DialectWriter.js';

/** A body-less answer. */
export const writeEmpty: DialectWriter = (input) => ({
  headers: input.status === 401 ? [['WWW-Authenticate', 'Bearer']] : [],
});
