import { CancelledError, type QueryObserverOptions } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { problemThrowOnError } from '../../src/query/problemThrowOnError.js';
import { throwOnError } from '../../src/query/throwOnError.js';

const firstLoad = { state: { data: undefined } };
const dataShown = { state: { data: [{ id: 1 }] } };
const failure = (status: number, body?: unknown) => new ApiError(toProblem({ status, body }));
const validation = failure(422, { errors: { companyName: ['Company name is required.'] } });

describe('throwOnError', () => {
  it('fits TanStack’s throwOnError option', () => {
    const option: QueryObserverOptions['throwOnError'] = throwOnError;
    expect(option).toBe(throwOnError);
  });

  it.each([
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'unavailable'],
    [504, 'timeout'],
  ])('throws a first-load %d (%s) to the boundary', (status) => {
    expect(throwOnError(failure(status), firstLoad)).toBe(true);
  });

  it('throws a first-load network failure, timeout or bug to the boundary', () => {
    expect(throwOnError(new TypeError('Failed to fetch'), firstLoad)).toBe(true);
    expect(throwOnError(new DOMException('Timed out', 'TimeoutError'), firstLoad)).toBe(true);
    expect(throwOnError(new RangeError('Invalid time value'), firstLoad)).toBe(true);
  });

  it('never throws a validation problem: it belongs to the form', () => {
    expect(throwOnError(validation, firstLoad)).toBe(false);
    expect(throwOnError(failure(400, { errors: { email: ['Enter an email address'] } }), firstLoad)).toBe(false);
  });

  it('never throws when data is already shown: a failed background refetch keeps the page', () => {
    for (const status of [401, 403, 404, 500, 503]) expect(throwOnError(failure(status), dataShown)).toBe(false);
    expect(throwOnError(new TypeError('Failed to fetch'), { state: { data: null } })).toBe(false);
  });

  it('never throws a cancellation or an abort', () => {
    expect(throwOnError(new CancelledError(), firstLoad)).toBe(false);
    expect(throwOnError(new DOMException('The user aborted a request.', 'AbortError'), firstLoad)).toBe(false);
  });

  it('keeps the failure with the component when the query cannot be read', () => {
    const hostile = {
      get state(): { data: unknown } {
        throw new Error('no state');
      },
    };
    expect(throwOnError(failure(500), hostile)).toBe(false);
  });
});

describe('problemThrowOnError', () => {
  it('keeps the given kinds inline, and only those', () => {
    const rule = problemThrowOnError({ inline: ['validation', 'bad-request'] });
    expect(rule(failure(400), firstLoad)).toBe(false);
    expect(rule(validation, firstLoad)).toBe(false);
    expect(rule(failure(404), firstLoad)).toBe(true);
    expect(rule(failure(404), dataShown)).toBe(false);
  });

  it('throws validation too when told no kind is inline', () => {
    expect(problemThrowOnError({ inline: [] })(validation, firstLoad)).toBe(true);
  });
});
