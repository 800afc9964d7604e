import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { logDeveloperHint } from '../../src/components/logDeveloperHint.js';
import { toProblem } from '../../src/core/toProblem.js';

let warn: Mock<(...args: unknown[]) => void>;
beforeEach(() => {
  warn = vi.fn();
  vi.spyOn(console, 'warn').mockImplementation(warn);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('logDeveloperHint', () => {
  it('writes the seed hint once per problem object in development', () => {
    const problem = toProblem({ status: 406, request: { method: 'GET', url: '/api/orders' } });
    expect(logDeveloperHint(problem)).toBe(true);
    expect(logDeveloperHint(problem)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^problemkit: 406 Not Acceptable from GET \/api\/orders\. /);
    expect(logDeveloperHint(toProblem({ status: 406 }))).toBe(true);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('writes nothing in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(logDeveloperHint(toProblem({ status: 415 }))).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('writes nothing for a status without a hint', () => {
    expect(logDeveloperHint(toProblem({ status: 404 }))).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});
