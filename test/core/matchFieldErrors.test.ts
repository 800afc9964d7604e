import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/core/fieldPath.js';
import { matchFieldErrors } from '../../src/core/matchFieldErrors.js';
import { toProblem } from '../../src/core/toProblem.js';

const formNames = ['companyName', 'address.city', 'contacts.0.email', 'contacts.1.email', 'taxId'];

function problemWith(errors: Record<string, string[]>, formErrors: string[] = []) {
  return { ...toProblem({ status: 422 }), fieldErrors: new Map(Object.entries(errors)), formErrors };
}

describe('matchFieldErrors', () => {
  it.each([
    ['ASP.NET PascalCase', 'Contacts[0].Email'],
    ['JSONPath', '$.contacts[0].email'],
    ['JSON Pointer fragment', '#/contacts/0/email'],
    ['JSON Pointer', '/contacts/0/email'],
    ['dots and indexes', 'contacts.0.email'],
    ['brackets', 'contacts[0][email]'],
    ['JSON:API', '/data/attributes/contacts/0/email'],
  ])('matches a %s key to the form name', (_notation, key) => {
    const { fields, unmatched } = matchFieldErrors(problemWith({ [key]: ['Enter an email address'] }), formNames);
    expect([...fields]).toEqual([['contacts.0.email', ['Enter an email address']]]);
    expect(unmatched).toEqual([]);
  });

  it('keeps the form spelling of the name, bracket notation included', () => {
    const problem = problemWith({ 'Contacts[1].Email': ['Taken'] });
    expect([...matchFieldErrors(problem, ['contacts[1].email']).fields.keys()]).toEqual(['contacts[1].email']);
  });

  it('reads a real ASP.NET body through toProblem', () => {
    const problem = toProblem({
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { CompanyName: ['The CompanyName field is required.'], 'Address.City': ['Too long.', 'Unknown city.'] },
        traceId: '00-1-2-00',
      },
    });
    expect([...matchFieldErrors(problem, formNames).fields]).toEqual([
      ['companyName', ['The CompanyName field is required.']],
      ['address.city', ['Too long.', 'Unknown city.']],
    ]);
  });

  it('orders fields by the server and merges keys naming one field, each message once', () => {
    const problem = problemWith({
      TaxId: ['Required.'],
      'address.city': ['Too long.'],
      'Address.City': ['Too long.', 'Unknown city.'],
    });
    expect([...matchFieldErrors(problem, formNames).fields]).toEqual([
      ['taxId', ['Required.']],
      ['address.city', ['Too long.', 'Unknown city.']],
    ]);
  });

  it('returns keys the form does not have as unmatched, in server order and spelling', () => {
    const problem = problemWith({ 'Contacts[5].Email': ['Invalid.'], Vat: ['Required.'], companyName: ['Taken.'] });
    const { fields, unmatched } = matchFieldErrors(problem, formNames);
    expect([...fields]).toEqual([['companyName', ['Taken.']]]);
    expect(unmatched).toEqual([
      { key: 'Contacts[5].Email', messages: ['Invalid.'] },
      { key: 'Vat', messages: ['Required.'] },
    ]);
  });

  it('puts formErrors first, then whole-document keys, in formErrors', () => {
    const problem = problemWith({ '': ['Check the form.'], $: ['Body invalid.'] }, ['Company is locked.']);
    expect(matchFieldErrors(problem, formNames).formErrors).toEqual([
      'Company is locked.',
      'Check the form.',
      'Body invalid.',
    ]);
  });

  it('matches snake_case keys to camelCase names when only one name fits', () => {
    const problem = problemWith({ company_name: ['Taken.'], 'contacts.0.e-mail': ['Invalid.'] });
    expect([...matchFieldErrors(problem, formNames).fields.keys()]).toEqual(['companyName', 'contacts.0.email']);
  });

  it('prefers an exact match and leaves an ambiguous loose match unmatched', () => {
    const problem = problemWith({ company_name: ['Taken.'], a_b: ['Ambiguous.'] });
    const { fields, unmatched } = matchFieldErrors(problem, ['companyName', 'company_name', 'aB', 'a-b']);
    expect([...fields.keys()]).toEqual(['company_name']);
    expect(unmatched).toEqual([{ key: 'a_b', messages: ['Ambiguous.'] }]);
  });

  it('lets a fieldName mapper decide first, falling back when it returns undefined or throws', () => {
    const problem = problemWith({ vat_no: ['Required.'], CompanyName: ['Taken.'], Boom: ['Hi.'] });
    const { fields } = matchFieldErrors(problem, [...formNames, 'boom'], {
      fieldName: (key) => {
        if (key === 'Boom') throw new Error('mapper bug');
        return key === 'vat_no' ? 'taxId' : undefined;
      },
    });
    expect([...fields]).toEqual([
      ['taxId', ['Required.']],
      ['companyName', ['Taken.']],
      ['boom', ['Hi.']],
    ]);
  });

  it('reads a problem that crossed a serialisation boundary (record of arrays)', () => {
    const serialised = JSON.parse(JSON.stringify({ fieldErrors: { CompanyName: ['Taken.'] }, formErrors: ['x'] }));
    const { fields, formErrors } = matchFieldErrors(serialised, formNames);
    expect([...fields]).toEqual([['companyName', ['Taken.']]]);
    expect(formErrors).toEqual(['x']);
  });

  it('skips messages that are not non-blank strings', () => {
    const problem = {
      fieldErrors: new Map<unknown, unknown>([
        ['companyName', ['', 3, null, 'Taken.']],
        [7, ['x']],
      ]),
    };
    expect([...matchFieldErrors(problem, formNames).fields]).toEqual([['companyName', ['Taken.']]]);
  });

  it.each([undefined, null, 'boom', 42, {}, { fieldErrors: 'x', formErrors: 'y' }])(
    'gives empty results for %j without throwing',
    (problem) => {
      const result = matchFieldErrors(problem, formNames);
      expect([...result.fields]).toEqual([]);
      expect(result.unmatched).toEqual([]);
      expect(result.formErrors).toEqual([]);
    },
  );

  it('keeps what it read before a hostile getter threw', () => {
    const hostile = {
      formErrors: ['Read first.'],
      get fieldErrors(): never {
        throw new Error('hostile');
      },
    };
    expect(matchFieldErrors(hostile, formNames).formErrors).toEqual(['Read first.']);
  });

  it('ignores names that are not strings, and a names value that is not iterable', () => {
    const problem = problemWith({ companyName: ['Taken.'] });
    expect(matchFieldErrors(problem, [3, null, 'companyName'] as unknown as string[]).fields.size).toBe(1);
    expect(matchFieldErrors(problem, 42 as unknown as string[]).unmatched).toHaveLength(1);
    expect(matchFieldErrors(problem, 'companyName' as unknown as string[]).unmatched).toHaveLength(1);
  });

  it('never throws and places every message exactly once (property)', () => {
    const segment = fc.constantFrom('a', 'B', 'c_d', 'E-f', '0', '1', 'items', 'Sku');
    const key = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.')),
      fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `#/${parts.join('/')}`),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.array(fc.string({ minLength: 1 }), { maxLength: 3 })), { maxLength: 8 }),
        fc.array(key, { maxLength: 8 }),
        (entries, names) => {
          const problem = { fieldErrors: new Map(entries), formErrors: [] };
          const { fields, unmatched, formErrors } = matchFieldErrors(problem, names);
          for (const [name, messages] of fields) {
            expect(messages.length).toBeGreaterThan(0);
            expect(names).toContain(name);
          }
          for (const { key: unmatchedKey } of unmatched) expect(fieldPath(unmatchedKey)).not.toBe('');
          const placed = [...fields.values(), ...unmatched.map((entry) => entry.messages), formErrors].flat();
          const sent = new Set(
            [...problem.fieldErrors.values()].flatMap((messages) =>
              messages.filter((message) => message.trim() !== ''),
            ),
          );
          expect(new Set(placed)).toEqual(sent);
        },
      ),
    );
  });
});
