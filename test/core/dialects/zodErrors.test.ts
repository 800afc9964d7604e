import fc from 'fast-check';
import type { DialectReading } from '../../../src/core/dialects/Dialect.js';
import { zodErrors } from '../../../src/core/dialects/zodErrors.js';
import { findFieldErrors } from '../../../src/core/findFieldErrors.js';
import { toProblem } from '../../../src/core/toProblem.js';
import { dialectContext } from './dialectContext.js';

const context = dialectContext(400);
const read = (body: unknown): DialectReading | undefined => zodErrors.read(body, context);

// Bodies as the servers send them, captured from zod 3.25.76 and 4.6.7: `safeParse` of
// `z.object({ name: z.string().min(1, 'Name is required'), items: z.array(z.object({ sku: z.string() })) })`
// with `{ name: '', items: [{ sku: 'a' }, {}] }`, answered the way Hono's zValidator does (`c.json(result, 400)`).
const zod4Hono =
  '{"success":false,"error":{"name":"ZodError","message":"[\\n  {\\n    \\"origin\\": \\"string\\",\\n    \\"code\\": \\"too_small\\",\\n    \\"minimum\\": 1,\\n    \\"inclusive\\": true,\\n    \\"path\\": [\\n      \\"name\\"\\n    ],\\n    \\"message\\": \\"Name is required\\"\\n  },\\n  {\\n    \\"expected\\": \\"string\\",\\n    \\"code\\": \\"invalid_type\\",\\n    \\"path\\": [\\n      \\"items\\",\\n      1,\\n      \\"sku\\"\\n    ],\\n    \\"message\\": \\"Invalid input: expected string, received undefined\\"\\n  }\\n]"}}';
const zod3Hono =
  '{"success":false,"error":{"issues":[{"code":"too_small","minimum":1,"type":"string","inclusive":true,"exact":false,"message":"Name is required","path":["name"]},{"code":"invalid_type","expected":"string","received":"undefined","path":["items",1,"sku"],"message":"Required"}],"name":"ZodError"}}';
const zod4Tree =
  '{"errors":[],"properties":{"name":{"errors":["Name is required"]},"items":{"errors":[],"items":[null,{"errors":[],"properties":{"sku":{"errors":["Invalid input: expected string, received undefined"]}}}]}}}';
const zod3Format =
  '{"_errors":[],"name":{"_errors":["Name is required"]},"items":{"1":{"_errors":[],"sku":{"_errors":["Required"]}},"_errors":[]}}';

const zod3Issues = [
  {
    code: 'too_small',
    minimum: 1,
    type: 'string',
    inclusive: true,
    exact: false,
    message: 'Name is required',
    path: ['name'],
  },
  { code: 'invalid_type', expected: 'string', received: 'undefined', path: ['items', 1, 'sku'], message: 'Required' },
];

describe('zodErrors', () => {
  it('reads a Zod 4 error, whose issues travel as JSON in its message (Hono zValidator)', () => {
    expect(read(JSON.parse(zod4Hono))).toMatchObject({
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Invalid input: expected string, received undefined']],
      ],
      formErrors: [],
    });
  });

  it('reads a Zod 3 error, `{issues, name}` (Hono zValidator)', () => {
    expect(read(JSON.parse(zod3Hono))).toMatchObject({
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Required']],
      ],
    });
  });

  it('reads a list of issues bare, under `errors` or under `issues`', () => {
    const expected = {
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Required']],
      ],
    };
    expect(read(zod3Issues)).toMatchObject(expected);
    expect(read({ errors: zod3Issues })).toMatchObject(expected);
    expect(read({ message: 'Validation failed', issues: zod3Issues })).toMatchObject(expected);
  });

  it('makes issues about the whole input form errors (a refine without a path)', () => {
    expect(
      read({ errors: [{ code: 'custom', path: [], message: 'Passwords do not match' }, ...zod3Issues] }),
    ).toMatchObject({
      formErrors: ['Passwords do not match'],
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Required']],
      ],
    });
  });

  it('reads flatten(): form errors and the first path segment of each field', () => {
    const flattened = {
      formErrors: ['Passwords do not match'],
      fieldErrors: { name: ['Name is required'], items: ['Required'] },
    };
    const expected = {
      formErrors: ['Passwords do not match'],
      fieldErrors: [
        ['name', ['Name is required']],
        ['items', ['Required']],
      ],
    };
    expect(read(flattened)).toMatchObject(expected);
    expect(read({ errors: flattened })).toMatchObject(expected);
    expect(read({ error: flattened })).toMatchObject(expected);
  });

  it('reads Zod 3 format() and Zod 4 treeifyError() trees, array items by index', () => {
    expect(read(JSON.parse(zod3Format))).toMatchObject({
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Required']],
      ],
      formErrors: [],
    });
    expect(read(JSON.parse(zod4Tree))).toMatchObject({
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Invalid input: expected string, received undefined']],
      ],
      formErrors: [],
    });
    expect(read({ errors: ['Too many items'], items: [{ errors: ['Bad'] }] })).toMatchObject({
      formErrors: ['Too many items'],
      fieldErrors: [['0', ['Bad']]],
    });
  });

  it("reads tRPC's error-formatting recipe, single and batched, with its own message as the title", () => {
    const trpcError = {
      message: 'Check the company details',
      code: -32600,
      data: {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        path: 'company.create',
        zodError: { formErrors: [], fieldErrors: { name: ['Name is required'] } },
      },
    };
    const expected = {
      title: 'Check the company details',
      code: 'BAD_REQUEST',
      fieldErrors: [['name', ['Name is required']]],
    };
    expect(read({ error: trpcError })).toMatchObject(expected);
    expect(read([{ error: trpcError }])).toMatchObject(expected);
    expect(read([{ error: { json: trpcError } }])).toMatchObject(expected);
  });

  it("reads a tRPC error whose message is the ZodError's JSON, without taking that JSON as a title", () => {
    const reading = read({
      error: {
        message: JSON.stringify(zod3Issues, null, 2),
        code: -32600,
        data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'company.create' },
      },
    });
    expect(reading).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: [
        ['name', ['Name is required']],
        ['items.1.sku', ['Required']],
      ],
    });
    expect(reading?.title).toBeUndefined();
  });

  it('reads Standard Schema issues (Valibot, ArkType): path segments as `{key}`, no path for the whole input', () => {
    expect(
      read({
        issues: [
          {
            kind: 'schema',
            type: 'string',
            message: 'Enter a SKU',
            path: [{ type: 'object', key: 'items' }, { type: 'array', key: 1 }, { key: 'sku' }],
          },
          { kind: 'validation', message: 'Add at least one item' },
        ],
      }),
    ).toMatchObject({ fieldErrors: [['items.1.sku', ['Enter a SKU']]], formErrors: ['Add at least one item'] });
  });

  it('shows a message whose path it cannot name as a form error rather than losing it', () => {
    expect(read({ issues: [{ message: 'Odd', path: ['items', { type: 'map' }] }] })).toMatchObject({
      formErrors: ['Odd'],
      fieldErrors: [],
    });
  });

  it("declines other dialects' lists and envelopes", () => {
    // GraphQL: codes in extensions, or upper case; JSON:API: no path.
    expect(
      read({ errors: [{ message: 'Bad', path: ['createUser'], extensions: { code: 'BAD_USER_INPUT' } }] }),
    ).toBeUndefined();
    expect(read({ errors: [{ message: 'Bad', path: ['createUser'], code: 'BAD_USER_INPUT' }] })).toBeUndefined();
    expect(
      read({ errors: [{ status: '422', code: 'invalid', title: 'Bad', source: { pointer: '/data' } }] }),
    ).toBeUndefined();
    // Rails full messages, DRF fields named like Zod's members, Stripe, tRPC errors that are not validation.
    expect(read({ errors: ["Title can't be blank"] })).toBeUndefined();
    expect(read({ issues: ['Too many'], message: ['Bad'] })).toBeUndefined();
    expect(read({ error: { type: 'card_error', message: '[declined]' } })).toBeUndefined();
    expect(read({ error: { message: 'UNAUTHORIZED', code: -32001, data: { code: 'UNAUTHORIZED' } } })).toBeUndefined();
    expect(read({ name: 'ZodError', message: '[not json' })).toBeUndefined();
    for (const body of [undefined, null, 'text', 42, [], {}, [null], { errors: [] }, { issues: [] }]) {
      expect(read(body)).toBeUndefined();
    }
  });

  it('keeps keys like __proto__ as data', () => {
    const reading = read(
      JSON.parse('{"_errors":[],"__proto__":{"_errors":["Bad"]},"constructor":{"_errors":["Also"]}}'),
    );
    expect(reading?.fieldErrors).toEqual([
      ['__proto__', ['Bad']],
      ['constructor', ['Also']],
    ]);
    expect(({} as Record<string, unknown>)._errors).toBeUndefined();
  });

  it('never throws, whatever sits where Zod shapes are looked for', () => {
    const anything = fc.jsonValue({ maxDepth: 6 });
    const shaped = fc.oneof(
      anything,
      anything.map((value) => ({ issues: value })),
      anything.map((value) => ({ errors: value })),
      anything.map((value) => ({ name: 'ZodError', message: JSON.stringify(value) })),
      anything.map((value) => ({ formErrors: [], fieldErrors: value })),
      anything.map((value) => ({ _errors: [], name: value, items: { 0: value } })),
      fc.tuple(anything, anything).map(([properties, items]) => ({ errors: [], properties, items })),
      anything.map((value) => [{ error: { json: { message: 'Invalid', data: { zodError: value } } } }]),
    );
    fc.assert(
      fc.property(shaped, (body) => {
        const reading = read(body);
        if (reading === undefined) return;
        for (const [key, messages] of reading.fieldErrors ?? []) {
          expect(typeof key).toBe('string');
          expect(messages.every((message) => typeof message === 'string')).toBe(true);
        }
        expect((reading.formErrors ?? []).every((message) => typeof message === 'string')).toBe(true);
      }),
    );
  });

  describe('through toProblem', () => {
    it('makes a 400 from Hono and Zod 4 a validation problem with the catalog title', () => {
      const problem = toProblem({ status: 400, headers: { 'Content-Type': 'application/json' }, body: zod4Hono });
      expect(problem).toMatchObject({ kind: 'validation', dialect: 'zod', titleSource: 'catalog' });
      expect(findFieldErrors(problem, 'items[1].sku')).toEqual(['Invalid input: expected string, received undefined']);
      expect(findFieldErrors(problem, 'Name')).toEqual(['Name is required']);
    });

    it("makes a server action's flattenError answer a validation problem (the Recipes page)", () => {
      const answer = { formErrors: ['Companies need a name'], fieldErrors: { name: ['Enter a company name'] } };
      const problem = toProblem({ status: 422, body: answer });
      expect(problem).toMatchObject({ kind: 'validation', dialect: 'zod', formErrors: ['Companies need a name'] });
      expect(findFieldErrors(problem, 'name')).toEqual(['Enter a company name']);
    });

    it('finds the same messages in every form Zod sends them', () => {
      const segment = fc.oneof(fc.stringMatching(/^[a-zA-Z][\w-]{0,8}$/), fc.nat({ max: 20 }));
      const issue = fc.record({
        code: fc.constantFrom('invalid_type', 'too_small', 'custom', 'invalid_format'),
        path: fc.array(segment, { minLength: 1, maxLength: 4 }),
        message: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() === text && text !== ''),
      });
      fc.assert(
        fc.property(fc.array(issue, { minLength: 1, maxLength: 8 }), (issues) => {
          const forms = [
            { issues, name: 'ZodError' },
            { success: false, error: { name: 'ZodError', message: JSON.stringify(issues, null, 2) } },
            { errors: issues },
            issues,
          ];
          for (const body of forms) {
            const problem = toProblem({ status: 422, body: JSON.stringify(body) });
            expect(problem.dialect).toBe('zod');
            for (const { path, message } of issues) {
              expect(findFieldErrors(problem, path.join('.'))).toContain(message);
            }
          }
        }),
      );
    });
  });
});
