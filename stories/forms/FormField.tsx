// The look of one field for the stories whose form library renders its own messages (react-hook-form, TanStack
// Form): label, message, input, in GOV.UK's order, the message styled like the kit's `FieldError` and prefixed with
// a visually hidden "Error:". Each story wires the input itself, the way its library's docs do.
import { useMessages } from 'problemkit';
import type { ReactNode } from 'react';

/** The id of a field's message element, for the input's `aria-describedby`. */
export function messageId(id: string): string {
  return `${id}-error`;
}

/** `aria-invalid` and `aria-describedby` for an input while it has a message. */
export function invalidProps(id: string, message: string | undefined) {
  return message ? { 'aria-invalid': true as const, 'aria-describedby': messageId(id) } : {};
}

export function FormField({
  id,
  label,
  message,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly message: string | undefined;
  readonly children: ReactNode;
}): ReactNode {
  const { t } = useMessages();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {message ? (
        <p id={messageId(id)} className="problemkit-FieldError">
          <span className="problemkit-visually-hidden">{t('errorMessage.prefix')}</span> {message}
        </p>
      ) : null}
      {children}
    </div>
  );
}
