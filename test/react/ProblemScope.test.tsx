import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { fieldPath } from '../../src/core/fieldPath.js';
import { toProblem } from '../../src/core/toProblem.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldElementIds } from '../../src/react/useFieldElementIds.js';
import { useFieldErrors } from '../../src/react/useFieldErrors.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { useProblem } from '../../src/react/useProblem.js';
import { useSummaryFocus } from '../../src/react/useSummaryFocus.js';
import { validationProblem } from './validationProblem.js';

const validation = validationProblem;

function Kind(): ReactNode {
  const problem = useProblem();
  return <p>kind: {problem?.kind ?? 'none'}</p>;
}

function Message({ name }: { name: string }): ReactNode {
  const { messages, id } = useFieldErrors(name);
  return messages.length > 0 ? <p id={id}>{messages.join(' ')}</p> : null;
}

describe('ProblemScope', () => {
  it('normalises whatever it is given: an ApiError, a problem, a string, nothing', () => {
    const problem = validation({ email: ['Enter an email address'] });
    const view = render(
      <ProblemScope error={new ApiError(problem)}>
        <Kind />
      </ProblemScope>,
    );
    expect(screen.getByText('kind: validation')).toBeInTheDocument();
    view.rerender(
      <ProblemScope problem={toProblem({ status: 404 })}>
        <Kind />
      </ProblemScope>,
    );
    expect(screen.getByText('kind: not-found')).toBeInTheDocument();
    view.rerender(
      <ProblemScope error="boom">
        <Kind />
      </ProblemScope>,
    );
    expect(screen.getByText('kind: unknown')).toBeInTheDocument();
    view.rerender(
      <ProblemScope error={null}>
        <Kind />
      </ProblemScope>,
    );
    expect(screen.getByText('kind: none')).toBeInTheDocument();
  });

  it('has no problem outside any scope', () => {
    render(<Kind />);
    expect(screen.getByText('kind: none')).toBeInTheDocument();
  });

  it('nests: the nearest scope wins, also when it has no problem', () => {
    render(
      <ProblemScope problem={toProblem({ status: 500 })}>
        <Kind />
        <ProblemScope problem={toProblem({ status: 404 })}>
          <Kind />
        </ProblemScope>
        <ProblemScope error={undefined}>
          <Kind />
        </ProblemScope>
      </ProblemScope>,
    );
    expect(screen.getAllByText(/^kind: /).map((node) => node.textContent)).toEqual([
      'kind: server',
      'kind: not-found',
      'kind: none',
    ]);
  });

  it('gives each field its own messages in any path notation, and ids unique per scope', () => {
    const problem = validation({ 'Items[0].Sku': ['Enter a SKU'], name: ['Enter a name'] });
    render(
      <>
        <ProblemScope problem={problem}>
          <Message name="items.0.sku" />
          <Message name="name" />
        </ProblemScope>
        <ProblemScope problem={problem}>
          <Message name="#/items/0/sku" />
        </ProblemScope>
      </>,
    );
    const skus = screen.getAllByText('Enter a SKU');
    expect(skus).toHaveLength(2);
    expect(skus[0]?.id).not.toBe(skus[1]?.id);
    expect(skus[0]?.id).toMatch(/-items\.0\.sku-error$/);
    expect(screen.getByText('Enter a name')).toBeInTheDocument();
  });

  it('keeps edits while the form re-renders with the same error object, and forgets them with a new one', () => {
    let rerenderForm: () => void = () => {};
    let setError: (error: unknown) => void = () => {};
    function Form(): ReactNode {
      const [error, set] = useState<unknown>(() => new ApiError(validation({ email: ['Enter an email address'] })));
      const [, setTick] = useState(0);
      setError = set;
      rerenderForm = () => setTick((tick) => tick + 1);
      return (
        <ProblemScope error={error}>
          <EmailField />
        </ProblemScope>
      );
    }
    // Field hooks must run in a component inside the scope, not in the one that renders it.
    function EmailField(): ReactNode {
      return (
        <>
          <label htmlFor="email">Email</label>
          <input {...useFieldProps('email', { id: 'email' })} />
          <Message name="email" />
        </>
      );
    }
    render(<Form />);
    expect(screen.getByText('Enter an email address')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a@example.com' } });
    expect(screen.queryByText('Enter an email address')).toBeNull();
    act(() => rerenderForm());
    expect(screen.queryByText('Enter an email address')).toBeNull();
    act(() => setError(new ApiError(validation({ email: ['Enter an email address'] }))));
    expect(screen.getByText('Enter an email address')).toBeInTheDocument();
  });

  it('registers field elements for summary links and grants summary focus once per problem', () => {
    let ids: ReadonlyMap<string, string> = new Map();
    const answers: boolean[] = [];
    function Summary(): ReactNode {
      ids = useFieldElementIds();
      const problem = useProblem();
      const takeFocus = useSummaryFocus();
      if (problem) answers.push(takeFocus(problem));
      return null;
    }
    function Input({ name, id }: { name: string; id: string }): ReactNode {
      return <input aria-label={name} {...useFieldProps(name, { id })} />;
    }
    const problem = validation({ email: ['Enter an email address'] });
    const view = render(
      <StrictMode>
        <ProblemScope problem={problem}>
          <Summary />
          <Input name="Email" id="email-input" />
        </ProblemScope>
      </StrictMode>,
    );
    expect(ids.get(fieldPath('email'))).toBe('email-input');
    expect(answers.filter(Boolean)).toHaveLength(1);
    view.rerender(
      <StrictMode>
        <ProblemScope problem={validation({ email: ['Enter an email address'] })}>
          <Summary />
          <Input name="Email" id="email-input" />
        </ProblemScope>
      </StrictMode>,
    );
    expect(answers.filter(Boolean)).toHaveLength(2);
    view.unmount();
  });

  it('tells children that did not re-render (same element) about a new problem in the same commit', () => {
    const fields = <Message name="email" />;
    const view = render(
      <ProblemScope problem={validation({ email: ['Enter an email address'] })}>{fields}</ProblemScope>,
    );
    view.rerender(<ProblemScope problem={validation({ email: ['Email is taken'] })}>{fields}</ProblemScope>);
    expect(screen.getByText('Email is taken')).toBeInTheDocument();
    expect(screen.queryByText('Enter an email address')).toBeNull();
  });
});
