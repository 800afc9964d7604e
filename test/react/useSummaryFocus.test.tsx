import { render } from '@testing-library/react';
import { type ReactNode, StrictMode, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useProblem } from '../../src/react/useProblem.js';
import { useSummaryFocus } from '../../src/react/useSummaryFocus.js';
import { validationProblem } from './validationProblem.js';

const granted: string[] = [];

function Summary({ name, problem }: { name: string; problem?: ApiProblem }): ReactNode {
  const scoped = useProblem();
  const shown = problem ?? scoped;
  const takeFocus = useSummaryFocus();
  useEffect(() => {
    if (shown !== undefined && takeFocus(shown)) granted.push(name);
  }, [shown, takeFocus, name]);
  return null;
}

describe('useSummaryFocus', () => {
  it('grants focus once per scope problem: not to a second summary, not on StrictMode’s second effect run', () => {
    granted.length = 0;
    const view = render(
      <StrictMode>
        <ProblemScope problem={validationProblem({ email: ['Enter an email address'] })}>
          <Summary name="top" />
          <Summary name="bottom" />
        </ProblemScope>
      </StrictMode>,
    );
    expect(granted).toEqual(['top']);
    view.rerender(
      <StrictMode>
        <ProblemScope problem={validationProblem({ email: ['Enter an email address'] })}>
          <Summary name="top" />
          <Summary name="bottom" />
        </ProblemScope>
      </StrictMode>,
    );
    expect(granted).toEqual(['top', 'top']);
  });

  it('grants focus once per explicit problem outside any scope', () => {
    granted.length = 0;
    const first = validationProblem({ name: ['Enter a name'] });
    const view = render(<Summary name="explicit" problem={first} />);
    view.rerender(<Summary name="explicit" problem={first} />);
    expect(granted).toEqual(['explicit']);
    view.rerender(<Summary name="explicit" problem={validationProblem({ name: ['Enter a name'] })} />);
    expect(granted).toEqual(['explicit', 'explicit']);
  });
});
