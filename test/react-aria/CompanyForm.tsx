import type { ReactNode } from 'react';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { type ServerValidationOptions, useServerValidation } from '../../src/react-aria/useServerValidation.js';

interface Props {
  readonly error: unknown;
  readonly options?: ServerValidationOptions;
  readonly before?: ReactNode;
  readonly onSubmit?: (data: FormData) => void;
}

/** A small "edit company" form written the way React Aria's forms guide writes one, fed by `useServerValidation`. */
export function CompanyForm({ error, options, before, onSubmit }: Props): ReactNode {
  const { validationErrors, ref } = useServerValidation(error, options);
  return (
    <Form
      ref={ref}
      aria-label="Edit company"
      validationErrors={validationErrors}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.(new FormData(event.currentTarget));
      }}
    >
      {before}
      <TextField name="companyName" defaultValue="Acme">
        <Label>Company name</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="address.city" defaultValue="Berlin">
        <Label>City</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="contacts[0].email" type="email" defaultValue="ada@acme.test">
        <Label>Contact 1 email</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="contacts[1].email" type="email" defaultValue="bob@acme.test">
        <Label>Contact 2 email</Label>
        <Input />
        <FieldError />
      </TextField>
      <RadioGroup name="plan" defaultValue="basic">
        <Label>Plan</Label>
        <Radio value="basic">Basic</Radio>
        <Radio value="pro">Pro</Radio>
        <FieldError />
      </RadioGroup>
      <Button type="submit">Save</Button>
    </Form>
  );
}
