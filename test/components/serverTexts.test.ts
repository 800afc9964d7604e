import { describe, expect, it } from 'vitest';
import { serverTexts } from '../../src/components/serverTexts.js';
import { toProblem } from '../../src/core/toProblem.js';

const json = { 'Content-Type': 'application/json' };

describe('serverTexts', () => {
  it('gives the body title, the detail and the form-level messages, in that order', () => {
    const problem = toProblem({
      status: 403,
      headers: { 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
      }),
    });
    expect(serverTexts(problem, 'You do not have permission to do this')).toEqual([
      'You do not have enough credit.',
      'Your current balance is 30, but that costs 50.',
    ]);
    const formLevel = { ...toProblem({ status: 400 }), formErrors: ['The cart is empty.'] };
    expect(serverTexts(formLevel, 'Your request could not be completed')).toEqual(['The cart is empty.']);
  });

  it('drops reason phrases, framework defaults, blanks, repeats and the heading itself', () => {
    const problem = {
      ...toProblem({ status: 409, headers: json, body: '{"title":"Conflict","detail":"  "}' }),
      formErrors: ['Same', ' Same ', 'Your change could not be saved', ''],
    };
    expect(serverTexts(problem, 'Your change could not be saved')).toEqual(['Same']);
    const aspNet = toProblem({
      status: 400,
      headers: json,
      body: '{"title":"One or more validation errors occurred."}',
    });
    expect(serverTexts(aspNet, 'x')).toEqual([]);
  });

  it('keeps at most five texts and ignores members that are not strings', () => {
    const problem = {
      ...toProblem({ status: 400 }),
      detail: 42 as unknown as string,
      formErrors: ['a', 'b', 'c', 'd', 'e', 'f', null as unknown as string],
    };
    expect(serverTexts(problem, 'heading')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
