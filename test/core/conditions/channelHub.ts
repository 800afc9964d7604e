import type { ConditionsChannel } from '../../../src/core/conditions/shareConditions.js';

/**
 * An in-memory stand-in for `BroadcastChannel`: what one channel posts reaches every other open channel of the same
 * name (never itself), structured-cloned like the real thing, and only when the test calls `deliver()`, so tests
 * decide when the other tabs hear and never wait on the event loop.
 */
export interface ChannelHub {
  /** Opens a channel, as `new BroadcastChannel(name)` does. */
  open(name?: string): HubChannel;
  /** Delivers every message posted so far, and those the deliveries post in turn. */
  deliver(): void;
  /** How many channels are open (opened and not closed). */
  openCount(): number;
  /** A `BroadcastChannel` class on this hub, for `vi.stubGlobal('BroadcastChannel', hub.BroadcastChannel)`. */
  readonly BroadcastChannel: new (
    name: string,
  ) => HubChannel;
}

export interface HubChannel extends ConditionsChannel {
  readonly name: string;
  /** Every message this channel posted, in order. */
  readonly posted: unknown[];
  closed: boolean;
}

export function channelHub(): ChannelHub {
  /** Each open channel, with the function that hands it a message. */
  const open = new Map<HubChannel, (data: unknown) => void>();
  const queue: Array<() => void> = [];

  function create(name = 'problemkit'): HubChannel {
    const listeners = new Set<(event: { readonly data: unknown }) => void>();
    const channel: HubChannel = {
      name,
      posted: [],
      closed: false,
      postMessage(message) {
        if (channel.closed) throw new DOMException('The channel is closed', 'InvalidStateError');
        const data = structuredClone(message);
        channel.posted.push(data);
        for (const [other, receive] of open) {
          if (other === channel || other.name !== name) continue;
          queue.push(() => {
            if (!other.closed) receive(data);
          });
        }
      },
      addEventListener(_type, listener) {
        listeners.add(listener);
      },
      removeEventListener(_type, listener) {
        listeners.delete(listener);
      },
      close() {
        channel.closed = true;
        open.delete(channel);
      },
    };
    open.set(channel, (data) => {
      for (const listener of [...listeners]) listener({ data: structuredClone(data) });
    });
    return channel;
  }

  return {
    open: create,
    openCount: () => open.size,
    deliver() {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) next();
    },
    BroadcastChannel: function BroadcastChannel(name: string) {
      return create(name);
    } as unknown as new (
      name: string,
    ) => HubChannel,
  };
}
