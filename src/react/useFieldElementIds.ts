'use client';
import { useContext, useSyncExternalStore } from 'react';
import { noop } from './noop.js';
import { ProblemScopeContext } from './ProblemScopeContext.js';

const none: ReadonlyMap<string, string> = /* @__PURE__ */ new Map();
const subscribeNothing = (): (() => void) => noop;
const getNone = (): ReadonlyMap<string, string> => none;

/**
 * The ids of the controls in the nearest scope, keyed by canonical field path (`fieldPath(name)`): what an error
 * summary links to (`href={'#' + ids.get(fieldPath(key))}`). Controls register through `useFieldProps` once
 * mounted, so the server and the hydrating render see an empty map and the links fill in right after. The first
 * control registered for a field wins (the first radio of a group, as GOV.UK asks).
 *
 * @example
 * ```tsx
 * function SummaryLink({ field, message }: { field: string; message: string }) {
 *   const id = useFieldElementIds().get(fieldPath(field));
 *   return id ? <a href={`#${id}`}>{message}</a> : <span>{message}</span>;
 * }
 * ```
 */
export function useFieldElementIds(): ReadonlyMap<string, string> {
  const store = useContext(ProblemScopeContext)?.store;
  return useSyncExternalStore(
    store?.subscribeFieldElements ?? subscribeNothing,
    store?.getFieldElementIds ?? getNone,
    getNone,
  );
}
