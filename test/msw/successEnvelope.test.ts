import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { successEnvelope } from '../../src/msw/successEnvelope.js';

describe('successEnvelope', () => {
  it('wraps data the way each server wraps a 2xx', () => {
    expect(successEnvelope('b2b-edition', { id: 1 })).toEqual({
      code: 200,
      data: { id: 1 },
      meta: { message: 'SUCCESS' },
    });
    expect(successEnvelope('b2b-edition-v2', [1], 201)).toEqual({ code: 201, data: [1], message: 'SUCCESS' });
    expect(successEnvelope('bigcommerce-v3', [{ id: 1 }])).toEqual({ data: [{ id: 1 }], meta: {} });
    expect(successEnvelope('json-api', { id: '1', type: 'companies' })).toEqual({
      data: { id: '1', type: 'companies' },
    });
    expect(successEnvelope('graphql', { company: null })).toEqual({ data: { company: null } });
  });

  it('leaves data as is for dialects without an envelope', () => {
    for (const dialect of ['rfc9457', 'aspnet', 'drf', 'laravel', 'stripe', 'zod', 'text'] as const) {
      expect(successEnvelope(dialect, { id: 1 })).toEqual({ id: 1 });
    }
  });

  it('takes typed data without casts and feeds HttpResponse.json', async () => {
    interface Company {
      readonly id: number;
      readonly name: string;
    }
    const companies: Company[] = [{ id: 7, name: 'Acme' }];
    const response = HttpResponse.json(successEnvelope('bigcommerce-v3', companies));
    expect(await response.json()).toEqual({ data: [{ id: 7, name: 'Acme' }], meta: {} });
  });
});
