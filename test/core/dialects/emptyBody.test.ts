import { emptyBody } from '../../../src/core/dialects/emptyBody.js';
import { dialectContext } from './dialectContext.js';

describe('emptyBody', () => {
  it.each([undefined, null, '', '   \r\n\t', '\uFEFF'])('reads %j as no body', (body) => {
    expect(emptyBody.read(body, dialectContext(401, ''))).toEqual({});
  });

  it.each([' x ', 0, false, {}, []])('declines %j', (body) => {
    expect(emptyBody.read(body, dialectContext(401, ''))).toBeUndefined();
  });
});
