import { bigCommerceV2 } from '../../../src/core/dialects/bigCommerceV2.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400);

describe('bigCommerceV2', () => {
  it('reads the first message as the title and later ones as form errors', () => {
    expect(
      bigCommerceV2.read(
        [
          { status: 400, message: 'First.' },
          { status: 400, message: 'Second.' },
        ],
        context,
      ),
    ).toEqual({ title: 'First.', formErrors: ['Second.'] });
  });

  it('reads string details and the string members of a details object as form errors', () => {
    expect(bigCommerceV2.read([{ status: 409, message: 'M', details: 'D' }], context)?.formErrors).toEqual(['D']);
    expect(
      bigCommerceV2.read([{ status: 409, message: 'M', details: { conflict_reason: 'C', count: 3 } }], context)
        ?.formErrors,
    ).toEqual(['C']);
  });

  it('declines anything but a non-empty array of objects with a string message', () => {
    for (const body of [[], [{ status: 400 }], [{ message: 'x' }, 'y'], { message: 'x' }, ['x'], 'x']) {
      expect(bigCommerceV2.read(body, context), JSON.stringify(body)).toBeUndefined();
    }
  });
});
