import { jsonApi } from '../../../src/core/dialects/jsonApi.js';
import { dialectContext } from './dialectContext.js';

const vnd = dialectContext(422, 'application/vnd.api+json');

describe('jsonApi', () => {
  it('recognises its media type, a source object or a string status', () => {
    expect(jsonApi.read({ errors: [{ title: 'T' }] }, vnd)).toBeDefined();
    expect(jsonApi.read({ errors: [{ title: 'T', source: { pointer: '/data' } }] }, dialectContext())).toBeDefined();
    expect(jsonApi.read({ errors: [{ title: 'T', status: '422' }] }, dialectContext())).toBeDefined();
  });

  it('declines other error lists', () => {
    expect(jsonApi.read({ errors: [{ title: 'T', status: 422 }] }, dialectContext())).toBeUndefined();
    expect(jsonApi.read({ errors: [{ message: 'm' }] }, dialectContext())).toBeUndefined();
    expect(jsonApi.read({ errors: [] }, vnd)).toBeUndefined();
    expect(jsonApi.read({ errors: {} }, vnd)).toBeUndefined();
  });

  it('keys field errors by pointer, else parameter; a pointer to the whole document is a form error', () => {
    const reading = jsonApi.read(
      {
        errors: [
          { title: 'Invalid Attribute', detail: 'Too short.', source: { pointer: '/data/attributes/firstName' } },
          { title: 'Invalid Parameter', detail: 'Too big.', source: { parameter: 'page[size]' } },
          { title: 'Invalid Document', detail: 'Missing data.', source: { pointer: '/data' } },
          { title: 'Bad Header', detail: 'Unknown version.', source: { header: 'Api-Version' } },
        ],
      },
      vnd,
    );
    expect(reading).toMatchObject({
      title: 'Invalid Attribute',
      fieldErrors: [
        ['/data/attributes/firstName', ['Too short.']],
        ['page[size]', ['Too big.']],
      ],
      formErrors: ['Missing data.', 'Unknown version.'],
    });
  });

  it('takes the code of the first error that has one', () => {
    expect(jsonApi.read({ errors: [{ title: 'A' }, { title: 'B', code: 'E2' }] }, vnd)?.code).toBe('E2');
  });
});
