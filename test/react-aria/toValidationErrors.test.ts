import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError.js';
import { toProblem } from '../../src/core/toProblem.js';
import { toValidationErrors } from '../../src/react-aria/toValidationErrors.js';
import { served } from '../fixtures/served.js';

const aspNet = served({
  status: 400,
  dialect: 'aspnet',
  fieldErrors: new Map([
    ['Address.City', ['Enter a real city.', 'Use at most 40 characters.']],
    ['Contacts[1].Email', ['This email is already in use.']],
  ]),
  formErrors: 'Check the highlighted fields.',
});

describe('toValidationErrors', () => {
  it.each(['address.city', 'Address.City', 'address[city]', '#/address/city', '$.address.city'])(
    'answers the field name %j with the server messages',
    (name) => {
      expect(toValidationErrors(aspNet)[name]).toEqual(['Enter a real city.', 'Use at most 40 characters.']);
    },
  );

  it('answers undefined for fields without messages and for symbols; lists the server keys', () => {
    const errors = toValidationErrors(aspNet);
    expect(errors.companyName).toBeUndefined();
    expect(errors.constructor).toBeUndefined();
    expect(Reflect.get(errors, '__proto__')).toBeUndefined(); // data, not the prototype: the object has none
    expect((errors as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
    expect('contacts[1].email' in errors).toBe(true);
    expect('companyName' in errors).toBe(false);
    expect(Object.keys(errors)).toEqual(['Address.City', 'Contacts[1].Email']);
  });

  it('gives a plain object keyed by the form names when they are given', () => {
    const errors = toValidationErrors(aspNet, { names: ['companyName', 'address.city', 'contacts[1].email'] });
    expect({ ...errors }).toEqual({
      'address.city': ['Enter a real city.', 'Use at most 40 characters.'],
      'contacts[1].email': ['This email is already in use.'],
    });
    expect(Object.isFrozen(errors)).toBe(true);
  });

  it('maps keys through fieldName when names are given', () => {
    const problem = served({ status: 422, dialect: 'drf', fieldErrors: { legal_name: 'Required.' } });
    const errors = toValidationErrors(problem, {
      names: ['companyName'],
      fieldName: (key) => (key === 'legal_name' ? 'companyName' : undefined),
    });
    expect(errors.companyName).toEqual(['Required.']);
  });

  it('returns the same object for the same problem, so React Aria keeps edited fields cleared', () => {
    const error = new ApiError(aspNet);
    expect(toValidationErrors(error)).toBe(toValidationErrors(aspNet));
    expect(toValidationErrors(aspNet, { names: ['address.city'] })).toBe(
      toValidationErrors(aspNet, { names: new Set(['address.city']) }),
    );
    const again = served({ status: 400, dialect: 'aspnet', fieldErrors: { 'Address.City': 'Enter a real city.' } });
    expect(toValidationErrors(again)).not.toBe(toValidationErrors(aspNet));
  });

  it('gives one shared empty object for no problem, and for problems without field messages', () => {
    const empty = toValidationErrors(null);
    expect(Object.keys(empty)).toEqual([]);
    expect(toValidationErrors(undefined)).toBe(empty);
    expect(toValidationErrors(toProblem({ status: 500 }))).toBe(empty);
    expect(toValidationErrors(served({ status: 422, formErrors: 'Locked.' }))).toBe(empty);
    expect(toValidationErrors(aspNet, { names: ['companyName'] })).toBe(empty);
  });

  it('cannot be changed by the app', () => {
    const errors = toValidationErrors(aspNet);
    expect(Reflect.set(errors, 'x', ['y'])).toBe(false);
    expect(Reflect.deleteProperty(errors, 'Address.City')).toBe(false);
    expect(errors['address.city']).toHaveLength(2);
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (value, name) => {
        const errors = toValidationErrors(value);
        const answer = errors[name];
        expect(answer === undefined || Array.isArray(answer)).toBe(true);
      }),
    );
  });
});
