import fc from 'fast-check';
import { problemKinds } from '../../src/core/ApiProblem.js';
import { fieldPath } from '../../src/core/fieldPath.js';
import { findFieldErrors } from '../../src/core/findFieldErrors.js';
import { kindForStatus } from '../../src/core/kindForStatus.js';
import { type Clock, systemClock } from '../../src/core/timing/Clock.js';
import { toProblem } from '../../src/core/toProblem.js';

const clock: Clock = { ...systemClock, now: () => Date.parse('2026-11-23T09:00:00Z') };

const dangerousKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** JSON text whose objects may carry `__proto__`, `constructor` … as own keys (JSON.parse makes them own keys). */
const pollutingJson: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...dangerousKeys, 'errors', 'title', 'detail', 'data', 'errMsg', 'message'),
        fc.string(),
      ),
      fc.oneof(
        fc.jsonValue(),
        fc.constant({ polluted: true }),
        fc.dictionary(fc.constantFrom(...dangerousKeys, 'name'), fc.array(fc.string(), { maxLength: 2 })),
      ),
    ),
    { maxLength: 6 },
  )
  .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`);

/** A large errors map, as text or parsed, in one of the shapes that carry maps. */
const hugeMap: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 0, max: 15_000 }), fc.constantFrom('v3', 'aspnet', 'drf', 'b2b'), fc.boolean())
  .map(([size, shape, asText]) => {
    const errors: Record<string, unknown> = {};
    for (let index = 0; index < size; index += 1) {
      errors[`items.${index}.sku`] = shape === 'v3' ? `Item ${index}` : [`Item ${index}`];
    }
    const body =
      shape === 'v3'
        ? { status: 422, title: 'Invalid', type: '/api-docs/x', errors }
        : shape === 'aspnet'
          ? { title: 'One or more validation errors occurred.', traceId: 't', errors }
          : shape === 'b2b'
            ? { code: 422, data: { errMsg: errors }, meta: { message: 'Parameter Error' } }
            : errors;
    return asText ? JSON.stringify(body) : body;
  });

const statusArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 700 }),
  fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 503, 0),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.anything(),
);

const headersArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(
    fc.oneof(fc.constantFrom('Content-Type', 'Retry-After', 'X-Request-Id', 'RateLimit', 'X-Retry-After'), fc.string()),
    fc.oneof(
      fc.constantFrom('application/json', 'application/problem+json; charset=utf-8', 'text/html', '30', 'junk'),
      fc.string(),
    ),
  ),
  fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 }),
  fc.anything(),
);

const bodyArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue(),
  fc.anything(),
  pollutingJson,
  pollutingJson.map((text) => JSON.parse(text) as unknown),
  fc.constantFrom('', '   ', '<html><body>x</body></html>', '{"title":', 'null', '[]', '[{"message":"x"}]'),
);

describe('toProblem (properties)', () => {
  it('never throws, and always answers the full shape with a title and a kind that fits the status', () => {
    fc.assert(
      fc.property(statusArbitrary, headersArbitrary, bodyArbitrary, (status, headers, body) => {
        const problem = toProblem({ status, headers, body } as never, { clock });
        expect(Number.isInteger(problem.status)).toBe(true);
        expect(problemKinds).toContain(problem.kind);
        expect(problem.kind).toBe(kindForStatus(problem.status, problem.fieldErrors.size > 0));
        expect(typeof problem.title).toBe('string');
        expect(problem.title.trim().length).toBeGreaterThan(0);
        expect(['body', 'catalog']).toContain(problem.titleSource);
        expect(problem.fieldErrors).toBeInstanceOf(Map);
        for (const [key, messages] of problem.fieldErrors) {
          expect(typeof key).toBe('string');
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(typeof message).toBe('string');
        }
        expect(Array.isArray(problem.formErrors)).toBe(true);
        for (const message of problem.formErrors) expect(typeof message).toBe('string');
        expect(problem.receivedAt).toBe(clock.now());
        expect(typeof problem.dialect).toBe('string');
        for (const member of ['detail', 'code', 'traceId', 'type', 'instance'] as const) {
          const value = problem[member];
          if (value !== undefined) expect(typeof value).toBe('string');
        }
        if (problem.type !== undefined) expect(problem.type).not.toMatch(/^\s*(javascript|data|about|vbscript):/i);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves Object.prototype untouched, whatever the body', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(
        fc.oneof(
          pollutingJson,
          pollutingJson.map((text) => JSON.parse(text) as unknown),
        ),
        (body) => {
          const problem = toProblem({ status: 422, body });
          for (const key of problem.fieldErrors.keys()) findFieldErrors(problem, key);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('normalises huge maps without throwing and keeps at most 10,000 fields', () => {
    fc.assert(
      fc.property(hugeMap, (body) => {
        const problem = toProblem({ status: 422, body });
        expect(problem.fieldErrors.size).toBeLessThanOrEqual(10_000);
        expect(problem.kind).toBe('validation');
      }),
      { numRuns: 12 },
    );
  });
});

// --- Paths ------------------------------------------------------------------------------------------------------

type Segment = string | number;

const segment: fc.Arbitrary<Segment> = fc.oneof(
  fc.nat({ max: 99 }),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/),
  // keys with inner spaces, as B2B Edition sends (`user Id`)
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,4} [A-Za-z0-9]{1,4}$/),
);

const pointerEscape = (value: Segment) => String(value).replaceAll('~', '~0').replaceAll('/', '~1');

/** Every notation the kit promises to understand, for one list of segments. */
function notations(segments: readonly Segment[]): string[] {
  const dotted = segments.map(String).join('.');
  const bracketed = segments
    .map((item, index) => (typeof item === 'number' ? `[${item}]` : index === 0 ? item : `.${item}`))
    .join('');
  const quoted = segments.map((item) => (typeof item === 'number' ? `[${item}]` : `['${item}']`)).join('');
  return [
    dotted,
    dotted.toUpperCase(),
    bracketed,
    `$.${bracketed}`,
    `$${quoted}`,
    `/${segments.map(pointerEscape).join('/')}`,
    `#/${segments.map((item) => encodeURIComponent(pointerEscape(item))).join('/')}`,
    `.${dotted}`,
  ];
}

describe('field paths (properties)', () => {
  it('gives every notation of one path the same lookup key', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const keys = new Set(notations(segments).map(fieldPath));
        expect([...keys]).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same messages under every notation, whichever notation the server used', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.array(
          fc.string({ minLength: 1 }).filter((text) => text.trim() === text && text.length > 0),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (segments, pick, messages) => {
          const all = notations(segments);
          const serverKey = all[pick % all.length] as string;
          const problem = toProblem({
            status: 400,
            body: { title: 'One or more validation errors occurred.', traceId: 't', errors: { [serverKey]: messages } },
          });
          expect(problem.dialect).toBe('aspnet');
          for (const name of all) expect(findFieldErrors(problem, name), `${serverKey} ~ ${name}`).toEqual(messages);
        },
      ),
      { numRuns: 300 },
    );
  });
});
