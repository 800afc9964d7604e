import type { ApiProblem } from '../ApiProblem.js';
import { isApiProblem } from '../isApiProblem.js';
import type { ConditionsSnapshot } from './ConditionsSnapshot.js';
import type { ConditionsStore } from './createConditionsStore.js';
import { emptyConditions } from './emptyConditions.js';

/**
 * The part of a `BroadcastChannel` that `shareConditions` uses: any same-origin message channel with this shape
 * will do (a `BroadcastChannel`, a test double, a channel built on `storage` events).
 *
 * @example
 * ```ts
 * const channel: ConditionsChannel = new BroadcastChannel('problemkit');
 * ```
 */
export interface ConditionsChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close?(): void;
}

/**
 * Options for `shareConditions`.
 *
 * @example
 * ```ts
 * const options: ShareConditionsOptions = { name: 'admin' }; // apart from the shop's tabs on the same origin
 * ```
 */
export interface ShareConditionsOptions {
  /**
   * The channel name, so that two apps on one origin keep their conditions apart. @default 'problemkit'
   */
  readonly name?: string;
  /**
   * The channel to use instead of `new BroadcastChannel(name)`; `shareConditions` then leaves closing it to you.
   */
  readonly channel?: ConditionsChannel;
}

/**
 * What the tabs tell one another. `hello` asks the others for the conditions they hold (a tab opened during a
 * wait); `condition` carries the problem behind a rate limit or an outage; `back` says the service answered again.
 */
type Message =
  | { readonly problemkit: 1; readonly type: 'hello' }
  | {
      readonly problemkit: 1;
      readonly type: 'condition';
      readonly problem: ApiProblem;
      readonly origin: string | undefined;
    }
  | { readonly problemkit: 1; readonly type: 'back' };

/**
 * Shares a conditions store's rate limits and outages with the app's other tabs and windows on this origin, so
 * that a 429 in one tab holds the submit buttons in all of them until the server's deadline, a 503 raises the
 * maintenance banner everywhere, and the first tab whose probe finds the service again clears it everywhere. A tab
 * opened during a wait asks the others for what they hold. Deadlines travel as the problem the server sent (its
 * `receivedAt` and `Retry-After`), so every tab counts down to the same moment.
 *
 * Signed-out and offline are not shared: each tab sees its own 401 (its `onUnauthenticated` decides what to do)
 * and its own connection. Bodies are not sent (they may be large and are not needed for timing). Messages that
 * are not a problemkit message, or carry no valid problem, are ignored. Without `BroadcastChannel` (an old
 * browser, a server render) and without `options.channel`, it does nothing. Returns the function that stops it.
 *
 * @example
 * ```ts
 * const store = createConditionsStore({ probe: () => apiFetch('/api/health') });
 * const stop = shareConditions(store);               // every tab of the app, same origin
 * // … later, before store.clear() or store.destroy():
 * stop();
 * ```
 */
export function shareConditions(store: ConditionsStore, options?: ShareConditionsOptions): () => void {
  const channel = options?.channel ?? openChannel(options?.name ?? 'problemkit');
  if (channel === undefined) return () => {};

  // What this tab applies from another tab changes its store too: those changes are not sent back.
  let applying = false;
  let previous = store.getSnapshot();

  const send = (message: Message): void => {
    try {
      channel.postMessage(message);
    } catch {
      // a closed channel, or a value the structured clone refuses: the other tabs learn at their next request
    }
  };
  // The body can be a mebibyte of text and the request names what this tab did: neither times anything.
  const sendCondition = (problem: ApiProblem, origin?: string): void =>
    send({ problemkit: 1, type: 'condition', problem: { ...problem, body: undefined, request: undefined }, origin });
  /** Sends the rate limits and the outage that `next` holds and `before` did not (all of them, after a hello). */
  const announce = (next: ConditionsSnapshot, before: ConditionsSnapshot): void => {
    if (next.rateLimited && next.rateLimited !== before.rateLimited) sendCondition(next.rateLimited.problem);
    for (const [origin, condition] of next.rateLimitedByOrigin) {
      if (before.rateLimitedByOrigin.get(origin) !== condition) sendCondition(condition.problem, origin);
    }
    if (next.unavailable && next.unavailable !== before.unavailable) sendCondition(next.unavailable.problem);
  };

  const unsubscribe = store.subscribe(() => {
    const next = store.getSnapshot();
    const before = previous;
    previous = next;
    if (applying) return;
    announce(next, before);
    if (!next.unavailable && before.unavailable) send({ problemkit: 1, type: 'back' });
  });

  const onMessage = (event: { readonly data: unknown }): void => {
    const message = readMessage(event?.data);
    if (message === undefined) return;
    if (message.type === 'hello') {
      announce(store.getSnapshot(), emptyConditions);
      return;
    }
    applying = true;
    try {
      if (message.type === 'back') {
        // Only the outage ends (and this tab's probe with it): reportSuccess would also end this tab's own offline
        // condition, which another tab's answer says nothing about.
        store.clear('unavailable');
      } else {
        store.report(message.problem, { origin: message.origin });
      }
    } finally {
      applying = false;
      previous = store.getSnapshot();
    }
  };

  channel.addEventListener('message', onMessage);
  send({ problemkit: 1, type: 'hello' });

  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    if (options?.channel === undefined) channel.close?.();
  };
}

// --- private helpers -------------------------------------------------------------------------------------------

function openChannel(name: string): ConditionsChannel | undefined {
  const Channel = (globalThis as { BroadcastChannel?: new (name: string) => ConditionsChannel }).BroadcastChannel;
  if (typeof Channel !== 'function') return undefined;
  try {
    return new Channel(name);
  } catch {
    return undefined;
  }
}

/** A message from another tab, checked: another script on the origin may use the same channel name. */
function readMessage(data: unknown): Message | undefined {
  const { problemkit, type, problem, origin } = ((typeof data === 'object' && data) || {}) as Record<string, unknown>;
  if (problemkit !== 1) return undefined;
  if (type === 'hello' || type === 'back') return { problemkit, type };
  return type === 'condition' && isApiProblem(problem) && /^(rate-limited|unavailable)$/.test(problem.kind)
    ? { problemkit, type, problem, origin: typeof origin === 'string' ? origin : undefined }
    : undefined;
}
