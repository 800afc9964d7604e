import { rails } from '../../../src/core/dialects/rails.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(422);

describe('rails', () => {
  it('reads a bare map of string lists, with base as form errors', () => {
    expect(rails.read({ title: ["can't be blank"], base: ['Record is locked.'] }, context)).toEqual({
      fieldErrors: [['title', ["can't be blank"]]],
      formErrors: ['Record is locked.'],
    });
  });

  it('reads {errors: map} and {errors: [full messages]}', () => {
    expect(rails.read({ errors: { email: ['is taken'], name: 'is too long' } }, context)).toEqual({
      fieldErrors: [
        ['email', ['is taken']],
        ['name', ['is too long']],
      ],
      formErrors: [],
    });
    expect(rails.read({ errors: ['Email is taken'] }, context)).toEqual({
      fieldErrors: [],
      formErrors: ['Email is taken'],
    });
  });

  it('declines maps whose values are not all string lists', () => {
    for (const body of [
      {},
      { title: 'x' },
      { title: ['x'], id: 1 },
      { title: [] },
      { errors: [{ message: 'x' }] },
      ['x'],
    ]) {
      expect(rails.read(body, context), JSON.stringify(body)).toBeUndefined();
    }
  });
});
