'use client';
import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` where there is no DOM (server rendering), so React 18 does not
 * warn that layout effects do nothing on the server. Neither runs on the server; in the browser the layout effect
 * runs before paint, which is what a scope needs to hand a new problem to memoised children in the same frame.
 * Reading `typeof document` at import touches nothing. (The same choice as Radix's `useLayoutEffect` and
 * TanStack's `useIsomorphicLayoutEffect`.)
 *
 * @example
 * ```ts
 * useIsomorphicLayoutEffect(() => store.flush());
 * ```
 */
export const useIsomorphicLayoutEffect: typeof useLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
