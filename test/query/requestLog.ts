import type { SetupServer } from 'msw/node';

/** One request msw saw: when (on the fake clock), how and where. */
export interface LoggedRequest {
  readonly at: number;
  readonly method: string;
  readonly path: string;
}

/**
 * Records every request the msw server receives with the fake clock's time, so tests assert how many requests were
 * made and when (retry delays) without touching the handlers. Returns the log and the function that stops recording.
 */
export function requestLog(server: SetupServer): { readonly requests: LoggedRequest[]; readonly stop: () => void } {
  const requests: LoggedRequest[] = [];
  const listener = ({ request }: { request: Request }): void => {
    requests.push({ at: Date.now(), method: request.method, path: new URL(request.url).pathname });
  };
  server.events.on('request:start', listener);
  return { requests, stop: () => server.events.removeListener('request:start', listener) };
}

/** The paths of the logged requests to `path`, with their times relative to `start`. */
export function timesOf(requests: readonly LoggedRequest[], path: string, start: number): number[] {
  return requests.filter((request) => request.path === path).map((request) => request.at - start);
}
