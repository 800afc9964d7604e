import { nestJs } from '../../../src/core/dialects/nestJs.js';
import { dialectContext } from './dialectContext.js';

describe('nestJs', () => {
  it('reads a string message as the title', () => {
    expect(
      nestJs.read({ statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' }, dialectContext(403)),
    ).toEqual({
      title: 'Forbidden resource',
    });
  });

  it('reads a message list as form errors under the error phrase', () => {
    expect(
      nestJs.read(
        { statusCode: 400, message: ['a must be a string', 3, 'b should not be empty'], error: 'Bad Request' },
        dialectContext(),
      ),
    ).toEqual({ title: 'Bad Request', formErrors: ['a must be a string', 'b should not be empty'] });
  });

  it('declines bodies without a numeric statusCode and a message', () => {
    expect(nestJs.read({ statusCode: '400', message: 'x' }, dialectContext())).toBeUndefined();
    expect(nestJs.read({ statusCode: 400 }, dialectContext())).toBeUndefined();
  });
});
