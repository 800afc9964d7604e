import { describe, expect, it } from 'vitest';
import { type ProblemKind, problemKinds } from '../../../src/core/ApiProblem.js';
import { defaultTitle } from '../../../src/core/messages/defaultTitle.js';
import { enMessages } from '../../../src/core/messages/enMessages.js';

describe('defaultTitle', () => {
  it.each(problemKinds)('answers the English catalog title for %s', (kind) => {
    expect(defaultTitle(kind)).toBe(enMessages[`${kind}.title`]);
    expect(defaultTitle(kind)).not.toBe('');
  });

  it('uses GOV.UK page titles where GOV.UK has one', () => {
    expect(defaultTitle('not-found')).toBe('Page not found');
    expect(defaultTitle('server')).toBe('There is a problem with the service');
  });

  it('answers the unknown title for a value that is not a kind at run time', () => {
    expect(defaultTitle('teapot' as ProblemKind)).toBe('Something went wrong');
    expect(defaultTitle('__proto__' as ProblemKind)).toBe('Something went wrong');
  });
});
