import { djangoRestFramework } from '../../../src/core/dialects/djangoRestFramework.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400);

describe('djangoRestFramework', () => {
  it('reads {detail} (and an optional code) as the title', () => {
    expect(djangoRestFramework.read({ detail: 'Not found.' }, dialectContext(404))).toEqual({
      title: 'Not found.',
      code: undefined,
    });
    expect(
      djangoRestFramework.read({ detail: 'Invalid token.', code: 'token_not_valid' }, dialectContext(401)),
    ).toEqual({
      title: 'Invalid token.',
      code: 'token_not_valid',
    });
    expect(djangoRestFramework.read({ detail: 'x', other: 1 }, context)).toBeUndefined();
  });

  it('reads nested child serializers and lists by path, non_field_errors as form errors', () => {
    expect(
      djangoRestFramework.read(
        {
          address: { city: ['This field is required.'], non_field_errors: ['Invalid address.'] },
          items: [{}, { sku: ['This field is required.'] }],
          non_field_errors: ['The order is empty.'],
        },
        context,
      ),
    ).toEqual({
      fieldErrors: [
        ['address.city', ['This field is required.']],
        ['address', ['Invalid address.']],
        ['items.1.sku', ['This field is required.']],
      ],
      formErrors: ['The order is empty.'],
    });
  });

  it('reads a top-level list (many=True) by item index', () => {
    expect(djangoRestFramework.read([{}, { name: ['Required.'] }], context)).toEqual({
      fieldErrors: [['1.name', ['Required.']]],
      formErrors: [],
    });
  });

  it('leaves flat maps to rails and declines maps with other values', () => {
    expect(djangoRestFramework.read({ email: ['Invalid.'] }, context)).toBeUndefined();
    expect(djangoRestFramework.read({ email: ['Invalid.'], id: 5 }, context)).toBeUndefined();
    expect(djangoRestFramework.read([{ message: 'x', status: 400 }], context)).toBeUndefined();
  });

  it('reads a flat map that has non_field_errors', () => {
    expect(djangoRestFramework.read({ non_field_errors: ['Bad.'], email: ['Invalid.'] }, context)).toEqual({
      fieldErrors: [['email', ['Invalid.']]],
      formErrors: ['Bad.'],
    });
  });

  it('leaves the {errors: {…}} wrapper of Rails, Shopify and Laravel to rails', () => {
    expect(
      djangoRestFramework.read({ errors: { title: ["can't be blank"], base: ['Not saved.'] } }, context),
    ).toBeUndefined();
    // A serializer with an `errors` field next to others is still DRF's.
    expect(djangoRestFramework.read({ errors: { code: ['Invalid.'] }, non_field_errors: ['Bad.'] }, context)).toEqual({
      fieldErrors: [['errors.code', ['Invalid.']]],
      formErrors: ['Bad.'],
    });
  });
});
