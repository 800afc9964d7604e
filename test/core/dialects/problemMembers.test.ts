import { problemMembers } from '../../../src/core/dialects/problemMembers.js';

describe('problemMembers', () => {
  it('reads the RFC 9457 members and the common extensions', () => {
    expect(
      problemMembers({ type: '/t', title: 'T', detail: 'D', instance: '/i', code: 7, traceId: 'tr', status: 400 }),
    ).toEqual({ type: '/t', title: 'T', detail: 'D', instance: '/i', code: '7', traceId: 'tr' });
  });

  it('ignores members of the wrong type (RFC 9457 §3.1)', () => {
    expect(problemMembers({ title: ["can't be blank"], detail: 3, type: {}, traceId: 1 })).toEqual({
      title: undefined,
      detail: undefined,
      type: undefined,
      instance: undefined,
      code: undefined,
      traceId: undefined,
    });
  });

  it('falls back from traceId to trace_id, requestId and request_id', () => {
    expect(problemMembers({ request_id: 'r' }).traceId).toBe('r');
    expect(problemMembers({ requestId: 'q', request_id: 'r' }).traceId).toBe('q');
  });
});
