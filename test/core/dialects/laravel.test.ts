import { laravel } from '../../../src/core/dialects/laravel.js';
import { dialectContext } from './dialectContext.js';

describe('laravel', () => {
  it('reads the message as the title and the dot-path errors map as field errors', () => {
    expect(
      laravel.read(
        { message: 'The given data was invalid.', errors: { 'users.0.email': ['Invalid.'], name: ['Required.'] } },
        dialectContext(422),
      ),
    ).toEqual({
      title: 'The given data was invalid.',
      fieldErrors: [
        ['users.0.email', ['Invalid.']],
        ['name', ['Required.']],
      ],
      formErrors: [],
    });
  });

  it('declines a bare message or an errors list', () => {
    expect(laravel.read({ message: 'CSRF token mismatch.' }, dialectContext(419))).toBeUndefined();
    expect(laravel.read({ message: 'm', errors: ['x'] }, dialectContext(422))).toBeUndefined();
  });
});
