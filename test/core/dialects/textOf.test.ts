import { codeOf, firstText, textOf } from '../../../src/core/dialects/textOf.js';

describe('textOf', () => {
  it('keeps a string with visible text as it is (toProblem trims)', () => {
    expect(textOf(' Not found ')).toBe(' Not found ');
  });

  it.each(['', '   ', '\n\t', 42, null, ['x'], {}])('answers undefined for %j', (value) => {
    expect(textOf(value)).toBeUndefined();
  });
});

describe('codeOf', () => {
  it('turns finite numbers into text and keeps strings', () => {
    expect(codeOf(40010)).toBe('40010');
    expect(codeOf('card_declined')).toBe('card_declined');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '', {}, true])('answers undefined for %j', (value) => {
    expect(codeOf(value)).toBeUndefined();
  });
});

describe('firstText', () => {
  it('answers the first named member with text', () => {
    expect(firstText({ detail: ' ', message: 42, reason: 'Too big.' }, ['detail', 'message', 'reason'])).toBe(
      'Too big.',
    );
    expect(firstText({ detail: 'D', message: 'M' }, ['message', 'detail'])).toBe('M');
  });

  it.each([undefined, null, 'text', ['x'], {}])('answers undefined for %j', (value) => {
    expect(firstText(value, ['message'])).toBeUndefined();
  });
});
