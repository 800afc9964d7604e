import { htmlBody } from '../../../src/core/dialects/htmlBody.js';
import { dialectContext } from './dialectContext.js';

describe('htmlBody', () => {
  it('recognises HTML by media type or by a leading <, whatever the label', () => {
    expect(htmlBody.read('Bad Gateway', dialectContext(502, 'text/html'))).toEqual({});
    expect(htmlBody.read('\n  <!DOCTYPE html><html></html>', dialectContext(502, 'application/json'))).toEqual({});
    expect(htmlBody.read('\uFEFF<html></html>', dialectContext(502, ''))).toEqual({});
  });

  it('declines other text and parsed values', () => {
    expect(htmlBody.read('a < b', dialectContext(500, 'text/plain'))).toBeUndefined();
    expect(htmlBody.read({ html: '<b>' }, dialectContext(500, 'text/html'))).toBeUndefined();
  });
});
