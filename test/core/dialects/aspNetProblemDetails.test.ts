import { aspNetProblemDetails } from '../../../src/core/dialects/aspNetProblemDetails.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400, 'application/problem+json');

describe('aspNetProblemDetails', () => {
  it('recognises a traceId, an ASP.NET RFC link as type, or the validation title', () => {
    expect(aspNetProblemDetails.read({ type: '', title: 'Not Found', traceId: 't' }, context)).toBeDefined();
    expect(
      aspNetProblemDetails.read(
        { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1', title: 'Bad Request' },
        context,
      ),
    ).toBeDefined();
    expect(
      aspNetProblemDetails.read({ title: 'One or more validation errors occurred.', errors: {} }, context),
    ).toBeDefined();
  });

  it('declines other problem objects and bodies without a title or type', () => {
    expect(aspNetProblemDetails.read({ title: 'T', status: 400 }, context)).toBeUndefined();
    expect(aspNetProblemDetails.read({ traceId: 't', message: 'm' }, context)).toBeUndefined();
    expect(aspNetProblemDetails.read('text', context)).toBeUndefined();
  });

  it('keeps PascalCase and JSONPath keys as sent, with the root "$" and "" keys for toProblem to move', () => {
    const reading = aspNetProblemDetails.read(
      {
        title: 'One or more validation errors occurred.',
        traceId: '00-a-b-00',
        errors: { Name: ['n1', 'n2'], '$.Ages[1]': ['bad'], $: ['The input was not valid.'], '': ['Body required.'] },
      },
      context,
    );
    expect(reading?.traceId).toBe('00-a-b-00');
    expect(reading?.fieldErrors).toEqual([
      ['Name', ['n1', 'n2']],
      ['$.Ages[1]', ['bad']],
      ['$', ['The input was not valid.']],
    ]);
    expect(reading?.formErrors).toEqual(['Body required.']);
  });
});
