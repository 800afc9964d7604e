// What the form-library stories' play functions check alike: the three fields the server's answer names, and that
// each one's message reaches a screen reader as the field's description. The forms differ; this does not.
import { expect, waitFor, type within } from 'storybook/test';
import { messages } from './companyApi.js';

type Canvas = Pick<ReturnType<typeof within>, 'getByRole'>;

/** The company form's fields that the server's answer names, found by their labels as a person finds them. */
export function companyFields(canvas: Canvas) {
  return {
    name: canvas.getByRole('textbox', { name: 'Company name' }),
    city: canvas.getByRole('textbox', { name: 'Town or city' }),
    secondContact: canvas.getByRole('textbox', { name: 'Email address of contact 2' }),
  };
}

/**
 * Waits until each field's server message is its accessible description, which a screen reader reads with the
 * field. `prefix` is what the error element says first: the kit's `FieldError` adds a visually hidden "Error: ".
 */
export async function expectFieldMessages(fields: ReturnType<typeof companyFields>, prefix = 'Error: '): Promise<void> {
  await waitFor(() => expect(fields.name).toHaveAccessibleDescription(`${prefix}${messages.companyName}`));
  await expect(fields.city).toHaveAccessibleDescription(`${prefix}${messages.city}`);
  await expect(fields.secondContact).toHaveAccessibleDescription(`${prefix}${messages.email}`);
}
