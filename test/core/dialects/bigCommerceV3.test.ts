import { bigCommerceV3 } from '../../../src/core/dialects/bigCommerceV3.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(422);
const type = '/api-docs/getting-started/api-status-codes';

describe('bigCommerceV3', () => {
  it('recognises a BigCommerce type, absolute or relative', () => {
    expect(bigCommerceV3.read({ status: 404, title: 'x', type }, context)).toMatchObject({ title: 'x', type });
    expect(bigCommerceV3.read({ title: 'x', type: `https://developer.bigcommerce.com${type}` }, context)).toBeDefined();
  });

  it('recognises an errors map of single strings beside a title or status, without a type', () => {
    expect(bigCommerceV3.read({ errors: { 1: 'Company does not exist.' }, status: 404, title: 'P' }, context)).toEqual(
      expect.objectContaining({ fieldErrors: [['1', ['Company does not exist.']]] }),
    );
    expect(bigCommerceV3.read({ errors: { a: 'x' } }, context)).toBeUndefined();
    expect(bigCommerceV3.read({ errors: {}, title: 'T', status: 400 }, context)).toBeUndefined();
  });

  it('declines JSON:API lists (string status), ASP.NET maps and B2B envelopes', () => {
    expect(bigCommerceV3.read({ errors: [{ status: '422', title: 'Invalid' }] }, context)).toBeUndefined();
    expect(bigCommerceV3.read({ title: 'T', status: 400, errors: { Name: ['x'] } }, context)).toBeUndefined();
    expect(bigCommerceV3.read({ code: 400, data: {}, message: 'Bad' }, context)).toBeUndefined();
    expect(bigCommerceV3.read({ error: { type: 'card_error', message: 'Declined' } }, context)).toBeUndefined();
  });

  it('moves invalid_reason to the form errors: it explains the request, it is not a field', () => {
    expect(
      bigCommerceV3.read({ title: 'T', type, errors: { invalid_reason: 'Could not download.', name: 'Bad' } }, context),
    ).toMatchObject({ fieldErrors: [['name', ['Bad']]], formErrors: ['Could not download.'] });
  });

  it('reads a list of nested problems: first title, the rest as form errors, nested maps as fields', () => {
    const reading = bigCommerceV3.read(
      {
        errors: [
          { status: 422, title: 'First', type, errors: { '0.constraint': 'c0' } },
          { status: 422, title: 'Second', detail: 'More', type, errors: { '2.code': 'c2' } },
        ],
      },
      context,
    );
    expect(reading).toMatchObject({
      title: 'First',
      fieldErrors: [
        ['0.constraint', ['c0']],
        ['2.code', ['c2']],
      ],
      formErrors: ['More'],
    });
  });

  it('reads the data[] wrapper of the refunds endpoint', () => {
    expect(bigCommerceV3.read({ data: [{ status: 422, title: 'No store credit.', type }] }, context)).toMatchObject({
      title: 'No store credit.',
      type,
    });
  });

  it('reads a bare {code, message} only when those are the only members', () => {
    expect(bigCommerceV3.read({ code: 403, message: 'Missing scope' }, context)).toEqual({
      title: 'Missing scope',
      code: '403',
    });
    expect(bigCommerceV3.read({ code: 403, message: 'Missing scope', extra: 1 }, context)).toBeUndefined();
  });

  it('turns the price-lists retry_after_seconds into a body retry hint', () => {
    const reading = bigCommerceV3.read(
      { error: { code: 'SERVICE_DEGRADED', details: 'Retry later', message: 'Unavailable', retry_after_seconds: 2.5 } },
      dialectContext(503),
    );
    expect(reading).toMatchObject({ title: 'Unavailable', detail: 'Retry later', code: 'SERVICE_DEGRADED' });
    expect(reading?.retryAfterMs).toBe(2500);
    expect(
      bigCommerceV3.read({ error: { details: 'x', message: 'y', retry_after_seconds: -1 } }, context)?.retryAfterMs,
    ).toBeUndefined();
  });
});
