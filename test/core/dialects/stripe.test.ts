import { stripe } from '../../../src/core/dialects/stripe.js';
import { dialectContext } from './dialectContext.js';

describe('stripe', () => {
  it('reads message, code and param', () => {
    expect(
      stripe.read(
        {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_missing',
            message: 'Missing amount',
            param: 'amount',
          },
        },
        dialectContext(400),
      ),
    ).toEqual({ title: 'Missing amount', code: 'parameter_missing', fieldErrors: [['amount', ['Missing amount']]] });
  });

  it('names no field without a param', () => {
    expect(
      stripe.read({ error: { type: 'api_error', message: 'Something went wrong on our end.' } }, dialectContext(500)),
    ).toEqual({ title: 'Something went wrong on our end.', code: undefined });
  });

  it('declines an error object without a string type', () => {
    expect(stripe.read({ error: { message: 'm', details: 'd' } }, dialectContext())).toBeUndefined();
    expect(stripe.read({ error: 'm' }, dialectContext())).toBeUndefined();
  });
});
