import { plainText } from '../../../src/core/dialects/plainText.js';
import { dialectContext } from './dialectContext.js';

describe('plainText', () => {
  it('reads any string as nothing, so the title comes from the catalog', () => {
    expect(plainText.read('upstream timed out', dialectContext(504, 'text/plain'))).toEqual({});
  });

  it('declines anything that is not a string', () => {
    expect(plainText.read({ message: 'x' }, dialectContext())).toBeUndefined();
    expect(plainText.read(undefined, dialectContext())).toBeUndefined();
  });
});
