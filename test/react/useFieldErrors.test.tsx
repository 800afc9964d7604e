import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldErrors } from '../../src/react/useFieldErrors.js';
import { useFieldProps } from '../../src/react/useFieldProps.js';
import { validationProblem } from './validationProblem.js';

// Render counts are deterministic (no StrictMode here, so each render is counted once): these are tests of
// which components React renders, not timings.
const renders = { emailInput: 0, emailMessage: 0, nameInput: 0, nameMessage: 0, bystander: 0 };

beforeEach(() => {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0;
});

function reset(): void {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0;
}

function Input({ name, label, counter }: { name: string; label: string; counter: keyof typeof renders }): ReactNode {
  renders[counter] += 1;
  const props = useFieldProps(name);
  return (
    <>
      <label htmlFor={props.id}>{label}</label>
      <input {...props} />
    </>
  );
}

function Message({ name, counter }: { name: string; counter: keyof typeof renders }): ReactNode {
  renders[counter] += 1;
  const { messages, id } = useFieldErrors(name);
  return messages.length > 0 ? <p id={id}>{messages.join(' ')}</p> : null;
}

function Bystander(): ReactNode {
  renders.bystander += 1;
  return <p>Fill in the form</p>;
}

// One element tree reused across re-renders: React re-renders these only when their own subscriptions say so.
const fields = (
  <>
    <Input name="email" label="Email" counter="emailInput" />
    <Message name="email" counter="emailMessage" />
    <Input name="name" label="Name" counter="nameInput" />
    <Message name="name" counter="nameMessage" />
    <Bystander />
  </>
);

describe('useFieldErrors', () => {
  it('returns the messages, the message element id and whether the field is invalid', () => {
    let state: ReturnType<typeof useFieldErrors> | undefined;
    function Probe(): ReactNode {
      state = useFieldErrors('email');
      return null;
    }
    render(
      <ProblemScope problem={validationProblem({ email: ['Enter an email address'] })}>
        <Probe />
      </ProblemScope>,
    );
    expect(state?.messages).toEqual(['Enter an email address']);
    expect(state?.invalid).toBe(true);
    expect(state?.id).toMatch(/-email-error$/);
  });

  it('re-renders only the consumers of the one field whose error changed', () => {
    const view = render(
      <ProblemScope problem={validationProblem({ email: ['Enter an email address'], name: ['Enter a name'] })}>
        {fields}
      </ProblemScope>,
    );
    expect(renders).toEqual({ emailInput: 1, emailMessage: 1, nameInput: 1, nameMessage: 1, bystander: 1 });

    reset();
    view.rerender(
      <ProblemScope problem={validationProblem({ email: ['Enter an email address'], name: ['Name is too long'] })}>
        {fields}
      </ProblemScope>,
    );
    expect(screen.getByText('Name is too long')).toBeInTheDocument();
    expect(renders).toEqual({ emailInput: 0, emailMessage: 0, nameInput: 1, nameMessage: 1, bystander: 0 });

    reset();
    view.rerender(
      <ProblemScope problem={validationProblem({ email: ['Enter an email address'], name: ['Name is too long'] })}>
        {fields}
      </ProblemScope>,
    );
    expect(renders).toEqual({ emailInput: 0, emailMessage: 0, nameInput: 0, nameMessage: 0, bystander: 0 });
  });

  it('re-renders only the edited field’s consumers, once, when an edit clears its message', () => {
    render(
      <ProblemScope problem={validationProblem({ email: ['Enter an email address'], name: ['Enter a name'] })}>
        {fields}
      </ProblemScope>,
    );
    reset();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a' } });
    expect(renders).toEqual({ emailInput: 1, emailMessage: 1, nameInput: 0, nameMessage: 0, bystander: 0 });
    reset();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ab' } });
    expect(renders).toEqual({ emailInput: 0, emailMessage: 0, nameInput: 0, nameMessage: 0, bystander: 0 });
  });

  it('re-renders nothing when editing a field that has no message', () => {
    render(<ProblemScope problem={validationProblem({ name: ['Enter a name'] })}>{fields}</ProblemScope>);
    reset();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a' } });
    expect(renders).toEqual({ emailInput: 0, emailMessage: 0, nameInput: 0, nameMessage: 0, bystander: 0 });
  });
});
