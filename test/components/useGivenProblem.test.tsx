import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useGivenProblem } from '../../src/components/useGivenProblem.js';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';

describe('useGivenProblem', () => {
  it('says nothing was given when both props are undefined', () => {
    const { result } = renderHook(() => useGivenProblem(undefined, undefined));
    expect(result.current).toEqual({ given: false, problem: undefined });
  });

  it('treats null and false as "given: no problem"', () => {
    for (const value of [null, false]) {
      const { result } = renderHook(() => useGivenProblem(undefined, value));
      expect(result.current).toEqual({ given: true, problem: undefined });
    }
  });

  it('prefers problem over error, like ProblemScope, and unwraps an ApiError', () => {
    const notFound = toProblem({ status: 404 });
    const server = toProblem({ status: 500 });
    expect(renderHook(() => useGivenProblem(notFound, new ApiError(server))).result.current.problem).toBe(notFound);
    expect(renderHook(() => useGivenProblem(null, new ApiError(server))).result.current.problem).toBe(server);
  });

  it('normalises anything else once per value, so the problem keeps its identity across renders', () => {
    const { result, rerender } = renderHook(({ error }) => useGivenProblem(undefined, error), {
      initialProps: { error: 'boom' as unknown },
    });
    const first = result.current.problem;
    expect(first?.kind).toBe('unknown');
    rerender({ error: 'boom' });
    expect(result.current.problem).toBe(first);
    rerender({ error: new TypeError('Failed to fetch') });
    expect(result.current.problem?.kind).toBe('network');
  });

  it('survives a hostile value', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(() => renderHook(() => useGivenProblem(hostile, undefined))).not.toThrow();
  });
});
