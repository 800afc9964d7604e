import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyConditions } from '../../src/core/conditions/emptyConditions.js';
import { systemClock } from '../../src/core/timing/Clock.js';
import { tickerFor } from '../../src/core/timing/createTicker.js';
import { defaultProblemContext, type ProblemContextValue } from '../../src/react/ProblemContext.js';
import { ProblemProvider } from '../../src/react/ProblemProvider.js';
import { useProblemContext } from '../../src/react/useProblemContext.js';

describe('ProblemContext', () => {
  it('falls back outside any provider to English, the system clock and conditions that stay empty', () => {
    const fallback = defaultProblemContext();
    expect(defaultProblemContext()).toBe(fallback);
    expect(fallback.inProvider).toBe(false);
    expect(fallback.clock).toBe(systemClock);
    expect(fallback.ticker).toBe(tickerFor(systemClock));
    expect(fallback.translator.catalogLocale).toBe('en');
    fallback.conditions.report({ ...emptyConditionsProblem() });
    fallback.report(new TypeError('Failed to fetch'));
    expect(fallback.conditions.getSnapshot()).toBe(emptyConditions);
  });

  it('keeps the translator while inline message overrides stay equal, and rebuilds it when they change', () => {
    const seen: ProblemContextValue[] = [];
    function Probe(): ReactNode {
      seen.push(useProblemContext());
      return null;
    }
    const view = render(
      <ProblemProvider messages={{ 'action.tryAgain': 'Retry' }}>
        <Probe />
      </ProblemProvider>,
    );
    view.rerender(
      <ProblemProvider messages={{ 'action.tryAgain': 'Retry' }}>
        <Probe />
      </ProblemProvider>,
    );
    expect(seen).toHaveLength(2);
    expect(seen[1]?.translator).toBe(seen[0]?.translator);
    expect(seen[1]).toBe(seen[0]);
    view.rerender(
      <ProblemProvider messages={{ 'action.tryAgain': 'Once more' }}>
        <Probe />
      </ProblemProvider>,
    );
    expect(seen.at(-1)?.translator.t('action.tryAgain')).toBe('Once more');
  });

  it('replaces the store when the clock changes', () => {
    const seen: ProblemContextValue[] = [];
    function Probe(): ReactNode {
      seen.push(useProblemContext());
      return null;
    }
    const clock = { ...systemClock };
    const view = render(
      <ProblemProvider>
        <Probe />
      </ProblemProvider>,
    );
    view.rerender(
      <ProblemProvider clock={clock}>
        <Probe />
      </ProblemProvider>,
    );
    const last = seen.at(-1);
    expect(last?.clock).toBe(clock);
    expect(last?.conditions).not.toBe(seen[0]?.conditions);
    expect(last?.ticker).toBe(tickerFor(clock));
  });
});

function emptyConditionsProblem() {
  return {
    status: 503,
    kind: 'unavailable' as const,
    title: 'Service unavailable',
    titleSource: 'catalog' as const,
    fieldErrors: new Map<string, readonly string[]>(),
    formErrors: [],
    receivedAt: 0,
    dialect: 'empty',
    body: undefined,
  };
}
