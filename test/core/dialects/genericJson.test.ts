import { genericJson } from '../../../src/core/dialects/genericJson.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400);

describe('genericJson', () => {
  it('takes message, then error, then title as the title', () => {
    expect(genericJson.read({ message: 'M', error: 'E', title: 'T' }, context)?.title).toBe('M');
    expect(genericJson.read({ error: 'E', title: 'T' }, context)?.title).toBe('E');
    expect(genericJson.read({ title: 'T' }, context)?.title).toBe('T');
    expect(genericJson.read({ message: '  ', error: 'E' }, context)?.title).toBe('E');
  });

  it('reads OAuth errors: error_description is the title, error the code', () => {
    expect(genericJson.read({ error: 'invalid_grant', error_description: 'Code expired' }, context)).toMatchObject({
      title: 'Code expired',
      code: 'invalid_grant',
    });
  });

  it('reads Google-style {error: {code, message, status}}', () => {
    expect(
      genericJson.read({ error: { code: 400, message: 'Invalid value', status: 'INVALID_ARGUMENT' } }, context),
    ).toMatchObject({ title: 'Invalid value', code: 'INVALID_ARGUMENT' });
  });

  it('reads a trace id and an errors map or list', () => {
    expect(
      genericJson.read(
        { message: 'x', requestId: 'r1', errors: [{ field: 'email', message: 'bad' }, 'general'] },
        context,
      ),
    ).toMatchObject({ traceId: 'r1', fieldErrors: [['email', ['bad']]], formErrors: ['general'] });
    expect(genericJson.read({ errors: { email: 'bad' } }, context)?.fieldErrors).toEqual([['email', ['bad']]]);
  });

  it("reads express-validator's errors: msg with path (v7) or param (v6)", () => {
    const v7 = {
      errors: [
        { type: 'field', value: '', msg: 'Enter a company name', path: 'companyName', location: 'body' },
        { type: 'field', value: '', msg: 'Enter the SKU', path: 'items[0].sku', location: 'body' },
      ],
    };
    expect(genericJson.read(v7, context)?.fieldErrors).toEqual([
      ['companyName', ['Enter a company name']],
      ['items[0].sku', ['Enter the SKU']],
    ]);
    const v6 = { errors: [{ value: '', msg: 'Enter a company name', param: 'companyName', location: 'body' }] };
    expect(genericJson.read(v6, context)?.fieldErrors).toEqual([['companyName', ['Enter a company name']]]);
  });

  it("reads Joi's serialised ValidationError: details with a list path", () => {
    // JSON.stringify of joi 17's error for `{ name: '', items: [{ sku: 'a' }, {}] }` (abortEarly: false).
    const joi = {
      _original: { name: '', items: [{ sku: 'a' }, {}] },
      details: [
        {
          message: '"name" is not allowed to be empty',
          path: ['name'],
          type: 'string.empty',
          context: { label: 'name', value: '', key: 'name' },
        },
        {
          message: '"items[1].sku" is required',
          path: ['items', 1, 'sku'],
          type: 'any.required',
          context: { label: 'items[1].sku', key: 'sku' },
        },
      ],
    };
    expect(genericJson.read(joi, context)?.fieldErrors).toEqual([
      ['name', ['"name" is not allowed to be empty']],
      ['items.1.sku', ['"items[1].sku" is required']],
    ]);
  });

  it('answers an empty reading for any other JSON value and declines text', () => {
    for (const body of [[1, 2], 42, true, null]) expect(genericJson.read(body, context)).toEqual({});
    expect(genericJson.read('text', context)).toBeUndefined();
    expect(genericJson.read(undefined, context)).toBeUndefined();
  });
});
