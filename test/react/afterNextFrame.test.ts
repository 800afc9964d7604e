import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../src/react/afterNextFrame.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterNextFrame', () => {
  it('runs the callback on the next animation frame, once', () => {
    const callback = vi.fn();
    afterNextFrame(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not run a cancelled callback, and cancelling twice is harmless', () => {
    const callback = vi.fn();
    const cancel = afterNextFrame(callback);
    cancel();
    cancel();
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing without requestAnimationFrame', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const callback = vi.fn();
    const cancel = afterNextFrame(callback);
    expect(cancel).toBeTypeOf('function');
    cancel();
    vi.unstubAllGlobals();
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
  });
});
