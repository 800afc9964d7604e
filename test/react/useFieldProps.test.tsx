import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ChangeEvent, type ReactNode, StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { ProblemScope } from '../../src/react/ProblemScope.js';
import { useFieldErrors } from '../../src/react/useFieldErrors.js';
import { type FieldElement, useFieldProps } from '../../src/react/useFieldProps.js';
import { validationProblem } from './validationProblem.js';

const validation = validationProblem;

/** A minimal FieldError: the element useFieldProps points at. */
function Message({ name }: { name: string }): ReactNode {
  const { messages, id } = useFieldErrors(name);
  return messages.length > 0 ? <p id={id}>{messages.join(' ')}</p> : null;
}

function EmailField({ onChange }: { onChange?: (event: ChangeEvent<FieldElement>) => void }): ReactNode {
  return (
    <>
      <label htmlFor="email">Email</label>
      <p id="email-hint">For your receipt.</p>
      <input
        type="email"
        {...useFieldProps('email', {
          id: 'email',
          'aria-describedby': 'email-hint',
          ...(onChange ? { onChange } : {}),
        })}
      />
      <Message name="email" />
    </>
  );
}

function NotesField(): ReactNode {
  const [value, setValue] = useState('');
  const props = useFieldProps('notes', { onChange: (event) => setValue(event.target.value) });
  return (
    <>
      <label htmlFor={props.id}>Notes</label>
      <textarea {...props} value={value} />
      <Message name="notes" />
    </>
  );
}

function CountryField({ controlled }: { controlled: boolean }): ReactNode {
  const [value, setValue] = useState('');
  const props = useFieldProps('address.country', { onChange: (event) => setValue(event.target.value) });
  return (
    <>
      <label htmlFor={props.id}>Country</label>
      <select {...props} {...(controlled ? { value } : { defaultValue: '' })}>
        <option value="">Choose</option>
        <option value="de">Germany</option>
      </select>
      <Message name="address.country" />
    </>
  );
}

const user = () => userEvent.setup({ delay: null });

describe('useFieldProps', () => {
  it('marks the field invalid and describes it by the caller ids and the server message', () => {
    render(
      <ProblemScope problem={validation({ Email: ['Enter an email address'] })}>
        <EmailField />
      </ProblemScope>,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('id', 'email');
    expect(input).toHaveAttribute('name', 'email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy[0]).toBe('email-hint');
    expect(describedBy).toHaveLength(2);
    expect(input).toHaveAccessibleDescription('For your receipt. Enter an email address');
  });

  it('leaves aria-invalid out (not "false") and describes by the caller ids only when there is no message', () => {
    render(
      <ProblemScope problem={validation({ name: ['Enter a name'] })}>
        <EmailField />
      </ProblemScope>,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint');
  });

  it('generates a unique id unless the caller passes one, and points the label at it', () => {
    render(
      <ProblemScope problem={validation({ notes: ['Too long'] })}>
        <NotesField />
        <CountryField controlled />
      </ProblemScope>,
    );
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    const country = screen.getByRole('combobox', { name: 'Country' });
    expect(notes.id).not.toBe('');
    expect(notes.id).not.toBe(country.id);
    expect(notes).toHaveAccessibleDescription('Too long');
  });

  it('clears only the edited field’s message, and brings it back with the next problem', async () => {
    const first = validation({ email: ['Enter an email address'], notes: ['Too long'] });
    const view = render(
      <ProblemScope problem={first}>
        <EmailField />
        <NotesField />
      </ProblemScope>,
    );
    await user().type(screen.getByRole('textbox', { name: 'Email' }), 'a');
    expect(screen.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('For your receipt.');
    expect(screen.queryByText('Enter an email address')).toBeNull();
    expect(screen.getByText('Too long')).toBeInTheDocument();

    view.rerender(
      <ProblemScope problem={validation({ email: ['Enter an email address'], notes: ['Too long'] })}>
        <EmailField />
        <NotesField />
      </ProblemScope>,
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter an email address')).toBeInTheDocument();
  });

  it('clears on edit for a controlled textarea and for controlled and uncontrolled selects', async () => {
    for (const controlled of [true, false]) {
      const view = render(
        <ProblemScope problem={validation({ notes: ['Too long'], 'address[country]': ['Choose a country'] })}>
          <NotesField />
          <CountryField controlled={controlled} />
        </ProblemScope>,
      );
      const notes = screen.getByRole('textbox', { name: 'Notes' });
      await user().type(notes, 'ok');
      expect(notes).toHaveValue('ok');
      expect(notes).not.toHaveAttribute('aria-invalid');
      const country = screen.getByRole('combobox', { name: 'Country' });
      expect(country).toHaveAccessibleDescription('Choose a country');
      await user().selectOptions(country, 'de');
      expect(country).toHaveValue('de');
      expect(country).not.toHaveAttribute('aria-invalid');
      expect(screen.queryByText('Choose a country')).toBeNull();
      view.unmount();
    }
  });

  it('runs the caller’s own change handler first, with the event', async () => {
    const calls: string[] = [];
    const onChange = vi.fn((event: ChangeEvent<FieldElement>) => {
      calls.push(`caller:${event.target.value}`);
    });
    render(
      <ProblemScope problem={validation({ email: ['Enter an email address'] })}>
        <EmailField onChange={onChange} />
      </ProblemScope>,
    );
    await user().type(screen.getByRole('textbox', { name: 'Email' }), 'x');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['caller:x']);
  });

  it('works outside any scope: id, name and the caller’s handler, never invalid', async () => {
    const onChange = vi.fn();
    render(<EmailField onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint');
    await user().type(input, 'x');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('returns the message when the same field is edited, then a new problem arrives, then edited again', async () => {
    let setProblem: (problem: ApiProblem) => void = () => {};
    function Form(): ReactNode {
      const [problem, set] = useState(() => validation({ email: ['Enter an email address'] }));
      setProblem = set;
      return (
        <ProblemScope problem={problem}>
          <EmailField />
        </ProblemScope>
      );
    }
    render(<Form />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    for (let round = 0; round < 3; round += 1) {
      expect(input).toHaveAttribute('aria-invalid', 'true');
      await user().type(input, 'a');
      expect(input).not.toHaveAttribute('aria-invalid');
      act(() => setProblem(validation({ email: ['Enter an email address'] })));
    }
  });

  it('clears on edit and returns with the next problem under StrictMode', async () => {
    const view = render(
      <StrictMode>
        <ProblemScope problem={validation({ email: ['Enter an email address'] })}>
          <EmailField />
        </ProblemScope>
      </StrictMode>,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    await user().type(input, 'a');
    expect(input).not.toHaveAttribute('aria-invalid');
    view.rerender(
      <StrictMode>
        <ProblemScope problem={validation({ email: ['Enter an email address'] })}>
          <EmailField />
        </ProblemScope>
      </StrictMode>,
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('For your receipt. Enter an email address');
  });
});
