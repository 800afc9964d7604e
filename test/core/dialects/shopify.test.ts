import { shopify } from '../../../src/core/dialects/shopify.js';
import { dialectContext } from './dialectContext.js';

describe('shopify', () => {
  it('reads errors as a string as the title', () => {
    expect(shopify.read({ errors: 'Not Found' }, dialectContext(404))).toEqual({ title: 'Not Found' });
  });

  it('reads a field map when a Shopify header is present, with base as form errors', () => {
    const context = dialectContext(422, 'application/json', { 'X-Shopify-Shop-Api-Call-Limit': '1/40' });
    expect(shopify.read({ errors: { title: ["can't be blank"], base: ['Not saved.'] } }, context)).toEqual({
      fieldErrors: [['title', ["can't be blank"]]],
      formErrors: ['Not saved.'],
    });
  });

  it('leaves a field map without Shopify headers to the rails dialect', () => {
    expect(shopify.read({ errors: { title: ["can't be blank"] } }, dialectContext(422))).toBeUndefined();
  });
});
