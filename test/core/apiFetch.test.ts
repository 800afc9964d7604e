// @vitest-environment jsdom
// Requests use relative URLs, resolved against the page as in a browser: jsdom provides the page.
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, isApiError } from '../../src/core/ApiError.js';
import type { ApiProblem } from '../../src/core/ApiProblem.js';
import { apiFetch, createApiFetch } from '../../src/core/apiFetch.js';
import { problemEvents } from '../../src/core/problemEvents.js';
import type { Clock } from '../../src/core/timing/Clock.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const now = Date.UTC(2026, 10, 23, 9, 0, 0);

/** A clock whose timers run only when the test says so: no wall time anywhere. */
function manualClock(): Clock & { timers: Map<number, { callback: () => void; delayMs: number }>; fire(): void } {
  const timers = new Map<number, { callback: () => void; delayMs: number }>();
  let next = 1;
  return {
    timers,
    now: () => now,
    setTimeout(callback, delayMs) {
      const id = next;
      next += 1;
      timers.set(id, { callback, delayMs });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    fire() {
      for (const [id, timer] of [...timers]) {
        timers.delete(id);
        timer.callback();
      }
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejection(promise);
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const api = createApiFetch({ baseUrl: 'https://api.test/v3' });

describe('apiFetch', () => {
  describe('success', () => {
    it('resolves with the parsed JSON body', async () => {
      server.use(http.get('https://api.test/v3/companies/7', () => HttpResponse.json({ id: 7, name: 'Acme' })));
      await expect(api<{ id: number }>('/companies/7')).resolves.toEqual({ id: 7, name: 'Acme' });
    });

    it('parses any +json media type', async () => {
      server.use(
        http.get(
          'https://api.test/v3/a',
          () => new HttpResponse('{"data":[]}', { headers: { 'Content-Type': 'application/vnd.api+json' } }),
        ),
      );
      await expect(api('/a')).resolves.toEqual({ data: [] });
    });

    it('resolves with text for other content types', async () => {
      server.use(http.get('https://api.test/v3/health', () => HttpResponse.text('ok')));
      await expect(api('/health')).resolves.toBe('ok');
    });

    it('resolves with undefined on 204, 205 and an empty body', async () => {
      server.use(
        http.delete('https://api.test/v3/x', () => new HttpResponse(null, { status: 204 })),
        http.post('https://api.test/v3/x', () => new HttpResponse(null, { status: 205 })),
        http.put(
          'https://api.test/v3/x',
          () => new HttpResponse('', { status: 200, headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      await expect(api('/x', { method: 'DELETE' })).resolves.toBeUndefined();
      await expect(api('/x', { method: 'POST' })).resolves.toBeUndefined();
      await expect(api('/x', { method: 'PUT' })).resolves.toBeUndefined();
    });

    it('resolves relative URLs without a base against the page', async () => {
      server.use(http.get('/api/users/7', () => HttpResponse.json({ id: 7 })));
      await expect(apiFetch('/api/users/7')).resolves.toEqual({ id: 7 });
    });

    it('rejects a 2xx whose JSON is broken, with code "invalid-json"', async () => {
      server.use(
        http.get(
          'https://api.test/v3/broken',
          () => new HttpResponse('{"id": 7', { headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      const error = await apiErrorOf(api('/broken'));
      expect(error.problem).toMatchObject({ status: 200, code: 'invalid-json' });
      expect(error.cause).toBeInstanceOf(SyntaxError);
    });
  });

  describe('requests', () => {
    it('sends plain objects and arrays as JSON with Content-Type application/json', async () => {
      const seen: { contentType: string | null; body: unknown }[] = [];
      server.use(
        http.post('https://api.test/v3/companies', async ({ request }) => {
          seen.push({ contentType: request.headers.get('content-type'), body: await request.json() });
          return HttpResponse.json({ ok: true }, { status: 201 });
        }),
      );
      await api('/companies', { method: 'POST', body: { name: 'Acme', tags: ['b2b'] } });
      await api('/companies', { method: 'POST', body: [1, 2] });
      expect(seen).toEqual([
        { contentType: 'application/json', body: { name: 'Acme', tags: ['b2b'] } },
        { contentType: 'application/json', body: [1, 2] },
      ]);
    });

    it('keeps a Content-Type the caller set', async () => {
      let contentType: string | null = null;
      server.use(
        http.post('https://api.test/v3/x', ({ request }) => {
          contentType = request.headers.get('content-type');
          return new HttpResponse(null, { status: 204 });
        }),
      );
      await api('/x', { method: 'POST', body: { a: 1 }, headers: { 'Content-Type': 'application/merge-patch+json' } });
      expect(contentType).toBe('application/merge-patch+json');
    });

    it('passes FormData, URLSearchParams, Blob and strings through', async () => {
      const seen: (string | null)[] = [];
      server.use(
        http.post('https://api.test/v3/upload', async ({ request }) => {
          seen.push(request.headers.get('content-type'));
          await request.arrayBuffer();
          return new HttpResponse(null, { status: 204 });
        }),
      );
      const form = new FormData();
      form.set('name', 'Acme');
      await api('/upload', { method: 'POST', body: form });
      await api('/upload', { method: 'POST', body: new URLSearchParams({ q: '1' }) });
      await api('/upload', { method: 'POST', body: new Blob(['x'], { type: 'text/csv' }) });
      await api('/upload', { method: 'POST', body: 'raw' });
      expect(seen[0]).toMatch(/^multipart\/form-data; boundary=/);
      expect(seen.slice(1)).toEqual([
        'application/x-www-form-urlencoded;charset=UTF-8',
        'text/csv',
        'text/plain;charset=UTF-8',
      ]);
    });

    it('asks for JSON and problem details unless the caller set Accept', async () => {
      const accepts: (string | null)[] = [];
      server.use(
        http.get('https://api.test/v3/x', ({ request }) => {
          accepts.push(request.headers.get('accept'));
          return new HttpResponse(null, { status: 204 });
        }),
      );
      await api('/x');
      await api('/x', { headers: { Accept: 'text/csv' } });
      expect(accepts).toEqual(['application/json, application/problem+json', 'text/csv']);
    });

    it('merges default headers under the call’s own, and joins the base URL', async () => {
      let headers: Headers | undefined;
      server.use(
        http.get('https://api.test/v3/catalog/products', ({ request }) => {
          headers = request.headers;
          return HttpResponse.json([]);
        }),
      );
      const client = createApiFetch({
        baseUrl: 'https://api.test/v3/',
        headers: { 'X-Auth-Token': 'default', 'X-Client': 'kit' },
      });
      await client('catalog/products', { headers: { 'X-Auth-Token': 'mine' } });
      expect(headers?.get('x-auth-token')).toBe('mine');
      expect(headers?.get('x-client')).toBe('kit');
    });

    it('accepts a Request and a URL', async () => {
      server.use(http.patch('https://api.test/v3/r', () => HttpResponse.json({ via: 'request' })));
      await expect(apiFetch(new Request('https://api.test/v3/r', { method: 'PATCH' }))).resolves.toEqual({
        via: 'request',
      });
      server.use(http.get('https://api.test/v3/u', () => HttpResponse.json({ via: 'url' })));
      await expect(apiFetch(new URL('https://api.test/v3/u'))).resolves.toEqual({ via: 'url' });
    });

    it('uses a custom fetch', async () => {
      const fetch = vi.fn(async () => Response.json({ custom: true }));
      const client = createApiFetch({ fetch });
      await expect(client('https://elsewhere.test/x')).resolves.toEqual({ custom: true });
      expect(fetch).toHaveBeenCalledTimes(1);
    });

    it('rejects with an ApiError when the body cannot be serialised', async () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const error = await apiErrorOf(api('/x', { method: 'POST', body: cyclic }));
      expect(error.problem).toMatchObject({ status: 0, kind: 'unknown', code: 'invalid-body' });
      expect(error.cause).toBeInstanceOf(TypeError);
    });
  });

  describe('HTTP failures', () => {
    it('rejects a problem+json 422 with field errors, the request and a message for developers', async () => {
      server.use(
        http.post('https://api.test/v3/companies', () =>
          HttpResponse.json(
            {
              type: 'https://api.test/probs/validation',
              title: 'Your request parameters did not validate.',
              errors: [{ detail: 'must not be blank', pointer: '#/name' }],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const error = await apiErrorOf(api('/companies', { method: 'POST', body: { name: '' } }));
      expect(error).toBeInstanceOf(ApiError);
      expect(error.message).toBe('Request failed with 422 (validation): POST https://api.test/v3/companies');
      expect(error.problem).toMatchObject({
        status: 422,
        kind: 'validation',
        title: 'Your request parameters did not validate.',
        request: { method: 'POST', url: 'https://api.test/v3/companies' },
      });
      expect([...error.problem.fieldErrors.values()].flat()).toEqual(['must not be blank']);
    });

    it('rejects a text 500 with a catalog title and the trace id', async () => {
      server.use(
        http.get('https://api.test/v3/boom', () =>
          HttpResponse.text('Internal Server Error', { status: 500, headers: { 'X-Request-Id': 'trace-42' } }),
        ),
      );
      const error = await apiErrorOf(api('/boom'));
      expect(error.problem).toMatchObject({ status: 500, kind: 'server', titleSource: 'catalog', traceId: 'trace-42' });
    });

    it('reads retry timing from a 429', async () => {
      server.use(
        http.get(
          'https://api.test/v3/busy',
          () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }),
        ),
      );
      const error = await apiErrorOf(createApiFetch({ baseUrl: 'https://api.test/v3', clock: manualClock() })('/busy'));
      expect(error.problem).toMatchObject({ status: 429, kind: 'rate-limited', retryAfterMs: 30_000, receivedAt: now });
    });
  });

  describe('failures without a response', () => {
    it('rejects a network error as status 0, kind network', async () => {
      server.use(http.get('https://api.test/v3/offline', () => HttpResponse.error()));
      const error = await apiErrorOf(api('/offline'));
      expect(error.problem).toMatchObject({
        status: 0,
        kind: 'network',
        request: { method: 'GET', url: 'https://api.test/v3/offline' },
      });
      expect(error.message).toBe('Request failed (network): GET https://api.test/v3/offline');
      expect(error.cause).toBeInstanceOf(TypeError);
    });

    it('rejects with kind timeout when the timeout fires, and leaves no timer behind', async () => {
      server.use(
        http.get('https://api.test/v3/slow', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const clock = manualClock();
      const client = createApiFetch({ baseUrl: 'https://api.test/v3', clock, timeout: 5000 });
      const pending = client('/slow');
      await vi.waitFor(() => expect(clock.timers.size).toBe(1));
      expect([...clock.timers.values()][0]?.delayMs).toBe(5000);
      clock.fire();
      const error = await apiErrorOf(pending);
      expect(error.problem).toMatchObject({ status: 0, kind: 'timeout', request: { method: 'GET' } });
      expect(clock.timers.size).toBe(0);
    });

    it('uses the call’s timeout over the default, under fake timers', async () => {
      vi.useFakeTimers();
      try {
        // A handler that never answers and, unlike msw's delay('infinite'), holds no timer of its own.
        server.use(http.get('https://api.test/v3/slow', () => new Promise<never>(() => {})));
        const client = createApiFetch({ baseUrl: 'https://api.test/v3', timeout: 60_000 });
        const pending = rejection(client('/slow', { timeout: 1000 }));
        await vi.advanceTimersByTimeAsync(999);
        expect(vi.getTimerCount()).toBe(1);
        await vi.advanceTimersByTimeAsync(1);
        const error = await pending;
        expect(isApiError(error) && error.problem.kind).toBe('timeout');
        expect(vi.getTimerCount()).toBe(0);
      } finally {
        vi.useRealTimers();
      }
    });

    it('clears its timer when the response arrives in time', async () => {
      server.use(http.get('https://api.test/v3/fast', () => HttpResponse.json({ fast: true })));
      const clock = manualClock();
      const client = createApiFetch({ baseUrl: 'https://api.test/v3', clock, timeout: 5000 });
      await expect(client('/fast')).resolves.toEqual({ fast: true });
      expect(clock.timers.size).toBe(0);
    });

    it('keeps the caller’s abort an abort: its own reason, nothing published', async () => {
      server.use(
        http.get('https://api.test/v3/slow', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const listener = vi.fn();
      const stop = problemEvents.subscribe(listener);
      const clock = manualClock();
      const controller = new AbortController();
      const client = createApiFetch({ baseUrl: 'https://api.test/v3', clock, timeout: 5000 });
      const pending = rejection(client('/slow', { signal: controller.signal }));
      await vi.waitFor(() => expect(clock.timers.size).toBe(1));
      controller.abort();
      const error = await pending;
      expect(isApiError(error)).toBe(false);
      expect(error).toBe(controller.signal.reason);
      expect((error as DOMException).name).toBe('AbortError');
      expect(listener).not.toHaveBeenCalled();
      expect(clock.timers.size).toBe(0);
      stop();
    });

    it('rejects at once with the reason when the caller’s signal is already aborted', async () => {
      const reason = new Error('navigated away');
      const fetch = vi.fn();
      const client = createApiFetch({ fetch });
      await expect(client('https://api.test/x', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
      expect(fetch).not.toHaveBeenCalled();
    });
  });

  describe('publishing', () => {
    it('publishes every problem to problemEvents and onProblem, with the error', async () => {
      server.use(
        http.get('https://api.test/v3/gone', () => new HttpResponse(null, { status: 410 })),
        http.get('https://api.test/v3/offline', () => HttpResponse.error()),
      );
      const published: [ApiProblem, unknown][] = [];
      const stop = problemEvents.subscribe((problem, meta) => {
        expect(meta.source).toBe('apiFetch');
        published.push([problem, meta.error]);
      });
      const onProblem = vi.fn();
      const client = createApiFetch({ baseUrl: 'https://api.test/v3', onProblem });
      const gone = await apiErrorOf(client('/gone'));
      const offline = await apiErrorOf(client('/offline'));
      stop();
      expect(published.map(([problem]) => problem.kind)).toEqual(['not-found', 'network']);
      expect(published.map(([, error]) => error)).toEqual([gone, offline]);
      expect(onProblem.mock.calls).toEqual([
        [gone.problem, gone],
        [offline.problem, offline],
      ]);
    });

    it('does not publish when asked not to', async () => {
      server.use(http.get('https://api.test/v3/quiet', () => new HttpResponse(null, { status: 503 })));
      const listener = vi.fn();
      const stop = problemEvents.subscribe(listener);
      await apiErrorOf(api('/quiet', { publish: false }));
      stop();
      expect(listener).not.toHaveBeenCalled();
    });

    it('rejects with its own error even when onProblem throws', async () => {
      server.use(http.get('https://api.test/v3/e', () => new HttpResponse(null, { status: 500 })));
      const reported: unknown[] = [];
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
        try {
          callback();
        } catch (error) {
          reported.push(error);
        }
      });
      const client = createApiFetch({
        baseUrl: 'https://api.test/v3',
        onProblem: () => {
          throw new Error('handler bug');
        },
      });
      const error = await apiErrorOf(client('/e'));
      expect(error.problem.status).toBe(500);
      expect(reported).toEqual([new Error('handler bug')]);
    });
  });
});
