import { render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../src/core/toProblem.js';
import { useFocusFirstInvalid } from '../../src/react-aria/useFocusFirstInvalid.js';
import { served } from '../fixtures/served.js';

/** A plain form whose fields mark themselves invalid, as `useFieldProps` or any accessible form does. */
function PlainForm({ error, invalid, enabled }: { error: unknown; invalid: string[]; enabled?: boolean }): ReactNode {
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(error, ref, enabled === undefined ? {} : { enabled });
  return (
    <form ref={ref} aria-label="Plain">
      {['companyName', 'city', 'email'].map((name) => (
        <input key={name} aria-label={name} name={name} aria-invalid={invalid.includes(name) ? true : undefined} />
      ))}
    </form>
  );
}

const problem = () => served({ status: 422, fieldErrors: { email: 'Taken.', city: 'Unknown.' } });

describe('useFocusFirstInvalid', () => {
  it('focuses the first aria-invalid control in document order', () => {
    const { rerender } = render(<PlainForm error={null} invalid={[]} />);
    rerender(<PlainForm error={problem()} invalid={['email', 'city']} />);
    expect(screen.getByLabelText('city')).toHaveFocus();
  });

  it('focuses once per error object, also under StrictMode', () => {
    const error = problem();
    const { rerender } = render(
      <StrictMode>
        <PlainForm error={null} invalid={[]} />
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <PlainForm error={error} invalid={['city']} />
      </StrictMode>,
    );
    expect(screen.getByLabelText('city')).toHaveFocus();
    screen.getByLabelText('companyName').focus();
    rerender(
      <StrictMode>
        <PlainForm error={error} invalid={['city', 'email']} />
      </StrictMode>,
    );
    expect(screen.getByLabelText('companyName')).toHaveFocus();
  });

  it('does nothing when disabled, for no error, and for a problem that names no field', () => {
    const { rerender } = render(<PlainForm error={null} invalid={['city']} />);
    expect(document.body).toHaveFocus();
    rerender(<PlainForm error={problem()} invalid={['city']} enabled={false} />);
    expect(document.body).toHaveFocus();
    rerender(<PlainForm error={toProblem({ status: 500 })} invalid={['city']} />);
    expect(document.body).toHaveFocus();
  });

  it('does nothing when no control is invalid', () => {
    const { rerender } = render(<PlainForm error={null} invalid={[]} />);
    rerender(<PlainForm error={problem()} invalid={[]} />);
    expect(document.body).toHaveFocus();
  });
});
