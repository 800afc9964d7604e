import { graphqlErrors } from '../../../src/core/dialects/graphqlErrors.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(401);

describe('graphqlErrors', () => {
  it('reads the first message as the title and extensions.code as the code', () => {
    expect(
      graphqlErrors.read({ errors: [{ message: 'Expired', extensions: { code: 40101 } }] }, context),
    ).toMatchObject({
      title: 'Expired',
      code: '40101',
    });
    expect(graphqlErrors.read({ errors: [{ code: 88, message: 'Rate limit exceeded' }] }, context)?.code).toBe('88');
  });

  it('turns a path into a dotted field key and other later messages into form errors', () => {
    const reading = graphqlErrors.read(
      {
        data: null,
        errors: [
          { message: 'First' },
          { message: 'Bad email', path: ['createUser', 'input', 'emails', 0] },
          { message: 'Third', locations: [{ line: 1, column: 2 }] },
          { message: 'Odd path', path: [{}] },
        ],
      },
      context,
    );
    expect(reading).toMatchObject({
      title: 'First',
      fieldErrors: [['createUser.input.emails.0', ['Bad email']]],
      formErrors: ['Third', 'Odd path'],
    });
  });

  it('declines REST error lists', () => {
    expect(graphqlErrors.read({ errors: [{ message: 'm', title: 't' }] }, context)).toBeUndefined();
    expect(graphqlErrors.read({ errors: [{ message: 'm', source: {} }] }, context)).toBeUndefined();
    expect(graphqlErrors.read({ errors: [{ detail: 'd', pointer: '#/a' }] }, context)).toBeUndefined();
    expect(graphqlErrors.read({ errors: ['m'] }, context)).toBeUndefined();
    expect(graphqlErrors.read({ errors: [{ field: 'name', message: 'Required' }] }, context)).toBeUndefined();
    expect(graphqlErrors.read({ errors: [{ path: 'name', message: 'Required' }] }, context)).toBeUndefined();
    expect(graphqlErrors.read({ errors: [] }, context)).toBeUndefined();
  });
});
