import { readProblem, rfc9457 } from '../../../src/core/dialects/rfc9457.js';
import { dialectContext } from './dialectContext.js';

describe('rfc9457', () => {
  it('recognises problem+json, a string type, or a title with a status or detail', () => {
    expect(rfc9457.read({}, dialectContext(400, 'application/problem+json'))).toBeDefined();
    expect(rfc9457.read({ type: 'https://example.com/p' }, dialectContext())).toBeDefined();
    expect(rfc9457.read({ title: 'T', status: 400 }, dialectContext())).toBeDefined();
    expect(rfc9457.read({ title: 'T', detail: 'D' }, dialectContext())).toBeDefined();
  });

  it('declines what is not a problem object', () => {
    for (const body of [{ title: 'T' }, { message: 'm' }, { title: ["can't be blank"] }, [], 'text', null, undefined]) {
      expect(rfc9457.read(body, dialectContext()), JSON.stringify(body)).toBeUndefined();
    }
  });

  it('reads the standard members and a trace id extension', () => {
    expect(
      rfc9457.read(
        { type: '/p', title: 'T', status: 409, detail: 'D', instance: '/i/1', code: 'E1', trace_id: 'abc' },
        dialectContext(),
      ),
    ).toMatchObject({ type: '/p', title: 'T', detail: 'D', instance: '/i/1', code: 'E1', traceId: 'abc' });
  });

  it('reads errors[] with pointers, and items without one as form errors', () => {
    const reading = readProblem({
      title: 'Invalid',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: 'must be unique', field: 'email' },
        { message: 'request is inconsistent' },
        'a plain message',
        { pointer: '#/x' }, // no message: nothing to show
      ],
    });
    expect(reading.fieldErrors).toEqual([
      ['#/age', ['must be a positive integer']],
      ['email', ['must be unique']],
    ]);
    expect(reading.formErrors).toEqual(['request is inconsistent', 'a plain message']);
  });

  it('reads invalid-params, invalid_params and Zalando violations', () => {
    const reading = readProblem({
      title: 'Invalid',
      'invalid-params': [{ name: 'age', reason: 'must be positive' }],
      invalid_params: [{ name: 'color', reason: 'must be red' }],
      violations: [{ field: 'name', message: 'must not be empty' }],
    });
    expect(reading.fieldErrors).toEqual([
      ['age', ['must be positive']],
      ['color', ['must be red']],
      ['name', ['must not be empty']],
    ]);
  });

  it('reads an errors map of strings or string lists', () => {
    expect(readProblem({ title: 'T', errors: { a: 'one', b: ['two', 'three'] } }).fieldErrors).toEqual([
      ['a', ['one']],
      ['b', ['two', 'three']],
    ]);
  });
});
