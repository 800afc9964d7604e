import { describe, expect, it } from 'vitest';
import { catalogTitle } from '../../src/components/catalogTitle.js';
import { createTranslator } from '../../src/core/messages/createTranslator.js';
import { toProblem } from '../../src/core/toProblem.js';
import { deMessages } from '../../src/locales/de/index.js';

const json = { 'Content-Type': 'application/json' };

describe('catalogTitle', () => {
  it("uses the catalog's title for the kind, never the body's", () => {
    const problem = toProblem({ status: 405, headers: json, body: '{"title":"Request method \'PUT\' not supported"}' });
    expect(problem.titleSource).toBe('body');
    expect(catalogTitle(createTranslator(), problem)).toBe('There is a problem on our side');
    expect(catalogTitle(createTranslator({ locale: 'de', catalogs: { de: deMessages } }), problem)).toBe(
      'Bei uns ist ein Problem aufgetreten',
    );
  });

  it("uses the app's title for the problem type first", () => {
    const type = 'https://example.com/probs/out-of-credit';
    const problem = toProblem({ status: 403, headers: json, body: JSON.stringify({ type, title: 'No credit' }) });
    const translator = createTranslator({ types: { [type]: { title: 'Top up your account' } } });
    expect(catalogTitle(translator, problem)).toBe('Top up your account');
  });
});
