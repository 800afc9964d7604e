import { b2bEdition } from '../../../src/core/dialects/b2bEdition.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400);

describe('b2bEdition', () => {
  it('recognises both envelopes and takes the code as text, never the kind', () => {
    expect(b2bEdition.read({ code: 40010, data: {}, message: 'Bad Request Error' }, context)).toMatchObject({
      title: 'Bad Request Error',
      code: '40010',
    });
    expect(b2bEdition.read({ code: 404, data: {}, meta: { message: 'Not Found Error' } }, context)).toMatchObject({
      title: 'Not Found Error',
      code: '404',
    });
  });

  it('prefers a string errMsg to the envelope message for the title, as the buyer portal shows it', () => {
    expect(
      b2bEdition.read(
        { code: 404, data: { errMsg: 'Invoice does not exist' }, meta: { message: 'Not Found Error' } },
        context,
      )?.title,
    ).toBe('Invoice does not exist');
  });

  it('declines bodies without the code/data envelope', () => {
    for (const body of [{ code: 400, message: 'x' }, { data: {}, message: 'x' }, { code: 400, data: {} }, [], 'x']) {
      expect(b2bEdition.read(body, context), JSON.stringify(body)).toBeUndefined();
    }
  });

  it('reads errMsg maps, nested index maps, bulk lists, non_field_errors and keys with spaces', () => {
    const reading = b2bEdition.read(
      {
        code: 422,
        data: {
          errMsg: {
            first_name: ['This field may not be blank.'],
            roles: { 0: ['"99" is not a valid choice.'] },
            addresses: [{}, { city: ['This field is required.'] }],
            'user Id': ['user must belong to a company'],
            non_field_errors: ['User must have a role.'],
          },
        },
        meta: { message: 'Parameter Error' },
      },
      context,
    );
    expect(reading?.fieldErrors).toEqual([
      ['first_name', ['This field may not be blank.']],
      ['roles.0', ['"99" is not a valid choice.']],
      ['addresses.1.city', ['This field is required.']],
      ['user Id', ['user must belong to a company']],
    ]);
    expect(reading?.formErrors).toEqual(['User must have a role.']);
  });

  it('reads an errMsg list per bulk item by item index', () => {
    expect(
      b2bEdition.read({ code: 422, data: { errMsg: [{}, { last_name: ['x'] }, {}] }, meta: { message: 'P' } }, context)
        ?.fieldErrors,
    ).toEqual([['1.last_name', ['x']]]);
  });

  it('reads bulk data.errors[]._detail as form errors', () => {
    expect(
      b2bEdition.read(
        {
          code: 409,
          data: {
            errors: [
              { _detail: 'Conflict A', id: '1' },
              { _detail: 'Conflict B', id: '2' },
            ],
          },
          meta: { message: 'C' },
        },
        context,
      )?.formErrors,
    ).toEqual(['Conflict A', 'Conflict B']);
  });
});
