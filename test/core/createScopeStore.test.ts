import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { createScopeStore } from '../../src/core/createScopeStore.js';
import { problemFixture } from './messages/problemFixture.js';

function validation(fields: Record<string, string[]>): ApiProblem {
  return problemFixture({ status: 422, kind: 'validation', fieldErrors: new Map(Object.entries(fields)) });
}

describe('createScopeStore', () => {
  it('has no problem and no messages until a source is set', () => {
    const scope = createScopeStore();
    expect(scope.getProblem()).toBeUndefined();
    expect(scope.getFieldMessages('email')).toEqual([]);
  });

  it('takes a problem as it is, the problem inside an ApiError, and normalises anything else', () => {
    const scope = createScopeStore();
    const problem = validation({ email: ['Enter an email address'] });
    scope.setSource(problem);
    expect(scope.getProblem()).toBe(problem);
    scope.setSource(new ApiError(problem));
    expect(scope.getProblem()).toBe(problem);
    scope.setSource('boom');
    expect(scope.getProblem()).toMatchObject({ status: 0, kind: 'unknown' });
    scope.setSource(new TypeError('Failed to fetch'));
    expect(scope.getProblem()?.kind).toBe('network');
    scope.setSource(null);
    expect(scope.getProblem()).toBeUndefined();
  });

  it('treats the same source again as no change, so a render may set it every time', () => {
    const scope = createScopeStore();
    const error = new TypeError('Failed to fetch');
    expect(scope.setSource(error)).toBe(true);
    const first = scope.getProblem();
    expect(scope.setSource(error)).toBe(false);
    expect(scope.getProblem()).toBe(first);
  });

  it('finds a field in any path notation and keeps the array identity while it does not change', () => {
    const scope = createScopeStore();
    scope.setSource(validation({ 'Items[0].Sku': ['Enter a SKU'] }));
    const messages = scope.getFieldMessages('items.0.sku');
    expect(messages).toEqual(['Enter a SKU']);
    expect(scope.getFieldMessages('#/items/0/sku')).toBe(messages);
    expect(scope.getFieldMessages('items.0.sku')).toBe(messages);
  });

  it('tells only the listeners of fields whose messages changed', () => {
    const scope = createScopeStore();
    scope.setSource(validation({ email: ['Enter an email address'], name: ['Enter a name'] }));
    const email = vi.fn();
    const name = vi.fn();
    scope.subscribeField('email', email);
    scope.subscribeField('name', name);
    scope.setSource(validation({ email: ['Enter an email address'], name: ['Name is too long'] }));
    expect(email).not.toHaveBeenCalled();
    expect(name).toHaveBeenCalledTimes(1);
    expect(scope.getFieldMessages('name')).toEqual(['Name is too long']);
  });

  it('clears an edited field until the next problem, which brings its messages back', () => {
    const scope = createScopeStore();
    const first = validation({ email: ['Enter an email address'], name: ['Enter a name'] });
    scope.setSource(first);
    const email = vi.fn();
    const name = vi.fn();
    scope.subscribeField('email', email);
    scope.subscribeField('name', name);

    scope.markEdited('Email');
    expect(scope.getFieldMessages('email')).toEqual([]);
    expect(scope.isEdited('email')).toBe(true);
    expect(email).toHaveBeenCalledTimes(1);
    expect(name).not.toHaveBeenCalled();
    scope.markEdited('email');
    expect(email).toHaveBeenCalledTimes(1);

    scope.setSource(validation({ email: ['Enter an email address'], name: ['Enter a name'] }));
    expect(scope.getFieldMessages('email')).toEqual(['Enter an email address']);
    expect(scope.isEdited('email')).toBe(false);
    expect(email).toHaveBeenCalledTimes(2);
    expect(name).not.toHaveBeenCalled();
  });

  it('defers telling subscribers until flush, for a render phase', () => {
    const scope = createScopeStore();
    const listener = vi.fn();
    const field = vi.fn();
    scope.subscribe(listener);
    scope.subscribeField('email', field);
    scope.setSource(validation({ email: ['Enter an email address'] }), { defer: true });
    expect(scope.getProblem()?.kind).toBe('validation');
    expect(listener).not.toHaveBeenCalled();
    expect(field).not.toHaveBeenCalled();
    scope.flush();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(field).toHaveBeenCalledTimes(1);
    scope.flush();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not tell a field listener whose consumer already read the new messages, if nothing else moved', () => {
    const scope = createScopeStore();
    const field = vi.fn();
    scope.subscribeField('email', field);
    scope.setSource(validation({ email: ['Enter an email address'] }), { defer: true });
    scope.getFieldMessages('email'); // a consumer re-rendered with the new messages
    scope.flush();
    // Told anyway (the snapshot moved since it was last told); useSyncExternalStore compares and skips the render.
    expect(field).toHaveBeenCalledTimes(1);
    scope.flush();
    expect(field).toHaveBeenCalledTimes(1);
  });

  it('ignores edits while there is no problem', () => {
    const scope = createScopeStore();
    scope.markEdited('email');
    expect(scope.isEdited('email')).toBe(false);
  });

  it('keeps a registry of field elements where the first registered element is the link target', () => {
    const scope = createScopeStore();
    const listener = vi.fn();
    scope.subscribeFieldElements(listener);
    const unregisterFirst = scope.registerFieldElement('contact[method]', 'radio-email');
    const unregisterSecond = scope.registerFieldElement('contact.method', 'radio-phone');
    expect(scope.getFieldElementIds().get('contact.method')).toBe('radio-email');
    expect(listener).toHaveBeenCalledTimes(1);
    const before = scope.getFieldElementIds();
    unregisterFirst();
    unregisterFirst();
    expect(scope.getFieldElementIds().get('contact.method')).toBe('radio-phone');
    expect(scope.getFieldElementIds()).not.toBe(before);
    unregisterSecond();
    expect(scope.getFieldElementIds().size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('grants summary focus once per new problem', () => {
    const scope = createScopeStore();
    expect(scope.takeSummaryFocus()).toBe(false);
    scope.setSource(validation({ email: ['Enter an email address'] }));
    expect(scope.takeSummaryFocus()).toBe(true);
    expect(scope.takeSummaryFocus()).toBe(false);
    scope.setSource(validation({ email: ['Enter an email address'] }));
    expect(scope.takeSummaryFocus()).toBe(true);
  });

  it('keeps notifying the other listeners when one throws, and reports the error', async () => {
    const scope = createScopeStore();
    const failures: unknown[] = [];
    const onError = (event: ErrorEvent | Error) => failures.push(event);
    process.on('uncaughtException', onError);
    const good = vi.fn();
    scope.subscribe(() => {
      throw new Error('listener broke');
    });
    scope.subscribe(good);
    scope.setSource(validation({}));
    expect(good).toHaveBeenCalledTimes(1);
    // The error is rethrown from a microtask, so the host reports it; two awaits let that microtask run.
    await Promise.resolve();
    await Promise.resolve();
    process.off('uncaughtException', onError);
    expect(failures).toHaveLength(1);
  });
});
