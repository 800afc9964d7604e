import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { problemEvents } from '../../src/core/problemEvents.js';

const problem: ApiProblem = {
  status: 503,
  kind: 'unavailable',
  title: 'Service unavailable',
  titleSource: 'catalog',
  fieldErrors: new Map(),
  formErrors: [],
  receivedAt: 0,
  dialect: 'empty',
  body: undefined,
};

describe('problemEvents', () => {
  afterEach(() => {
    expect(problemEvents.listenerCount()).toBe(0);
  });

  it('hands every published problem to every listener, in subscription order', () => {
    const calls: string[] = [];
    const stopA = problemEvents.subscribe((p, meta) => calls.push(`a:${p.status}:${meta.source}`));
    const stopB = problemEvents.subscribe((p) => calls.push(`b:${p.kind}`));
    problemEvents.publish(problem, { source: 'test' });
    expect(calls).toEqual(['a:503:test', 'b:unavailable']);
    stopA();
    stopB();
  });

  it('stops calling a listener once unsubscribed', () => {
    const listener = vi.fn();
    const stop = problemEvents.subscribe(listener);
    stop();
    stop();
    problemEvents.publish(problem, { source: 'test' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('passes meta through, including the error', () => {
    const listener = vi.fn();
    const stop = problemEvents.subscribe(listener);
    const error = new Error('carrier');
    problemEvents.publish(problem, { source: 'apiFetch', error });
    expect(listener).toHaveBeenCalledWith(problem, { source: 'apiFetch', error });
    stop();
  });

  it('keeps calling the others when a listener throws, and reports the error asynchronously', async () => {
    const reported: unknown[] = [];
    const queue = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
      try {
        callback();
      } catch (error) {
        reported.push(error);
      }
    });
    const good = vi.fn();
    const stopBad = problemEvents.subscribe(() => {
      throw new Error('subscriber bug');
    });
    const stopGood = problemEvents.subscribe(good);
    expect(() => problemEvents.publish(problem, { source: 'test' })).not.toThrow();
    expect(good).toHaveBeenCalledTimes(1);
    expect(queue).toHaveBeenCalledTimes(1);
    expect(reported).toEqual([new Error('subscriber bug')]);
    stopBad();
    stopGood();
  });

  it('lets a listener unsubscribe another during publish', () => {
    const second = vi.fn();
    let stopSecond = (): void => {};
    const stopFirst = problemEvents.subscribe(() => stopSecond());
    stopSecond = problemEvents.subscribe(second);
    problemEvents.publish(problem, { source: 'test' });
    expect(second).not.toHaveBeenCalled();
    stopFirst();
  });
});
