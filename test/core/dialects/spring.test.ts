import { spring } from '../../../src/core/dialects/spring.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400);
const boot = { timestamp: '2026-11-23T09:00:00.000+00:00', status: 400, error: 'Bad Request', path: '/api/x' };

describe('spring', () => {
  it('reads the Boot error: the message, unless empty or "No message available", else the error phrase', () => {
    expect(spring.read({ ...boot, message: 'Order 7 is closed' }, context)?.title).toBe('Order 7 is closed');
    expect(spring.read({ ...boot, message: 'No message available' }, context)?.title).toBe('Bad Request');
    expect(spring.read({ ...boot, message: '' }, context)?.title).toBe('Bad Request');
  });

  it('reads binding errors: field errors by field, object errors as form errors; requestId as trace id', () => {
    expect(
      spring.read(
        {
          ...boot,
          requestId: 'r-1',
          errors: [
            { field: 'email', defaultMessage: 'must be a well-formed email address' },
            { objectName: 'user', defaultMessage: 'passwords do not match' },
            { field: 'age' },
          ],
        },
        context,
      ),
    ).toMatchObject({
      traceId: 'r-1',
      fieldErrors: [['email', ['must be a well-formed email address']]],
      formErrors: ['passwords do not match'],
    });
  });

  it('reads Spring 6 ProblemDetail when used on its own', () => {
    expect(
      spring.read(
        { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid request content.' },
        context,
      ),
    ).toMatchObject({ title: 'Bad Request', detail: 'Invalid request content.' });
  });

  it('declines other bodies', () => {
    expect(spring.read({ error: 'x', path: '/p' }, context)).toBeUndefined();
    expect(spring.read({ message: 'm' }, context)).toBeUndefined();
  });
});
