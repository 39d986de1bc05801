/**
 * Which tab sends the queue. Every open tab of the site records statements into the one queue on the
 * device, but only one tab at a time posts them, so no statement is sent by two tabs. That tab holds
 * a Web Lock (`navigator.locks`) for as long as it is open; the others wait in line for it, and the
 * browser hands it to the next one when the owner closes. Where Web Locks are missing, the owner holds
 * a lease in storage that it renews while it runs; another tab takes it when it is given back or has
 * run out (the owner was closed, or frozen in the background).
 */
import { readJson } from '../internal/json.js';
import { readItem, subscribe, writeItem } from '../internal/storage.js';
import { uuid } from './statements.js';

export interface QueueOwnership {
  /** Resolves once this tab knows whether it owns the queue now (it may gain it later). */
  readonly decided: Promise<void>;
  /** Whether this tab may send the queue now. */
  owns(): boolean;
  /** Gives the queue up (the tab stops sending), to the next tab in line. */
  release(): void;
}

/**
 * Claims the queue called `name` for this tab: owned now or once the owner lets go.
 * @param name the queue's storage key
 * @param onGained called each time this tab becomes the owner
 */
export function claimQueue(name: string, onGained: () => void): QueueOwnership {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return typeof locks?.request === 'function' ? new LockOwnership(locks, name, onGained) : new LeaseOwnership(name, onGained);
}

/**
 * Per queue, the lock this page gave up last, settled once the browser has taken it back: a bridge
 * connected again on the same page waits for it, instead of finding the lock still held by itself.
 */
const givenBack = new Map<string, Promise<unknown>>();

class LockOwnership implements QueueOwnership {
  readonly decided: Promise<void>;
  private owned = false;
  private released = false;
  private readonly waiting = new AbortController();
  private letGo: () => void = () => undefined;
  /** The request whose lock this tab holds, settled once the lock is released. */
  private held: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly locks: LockManager,
    private readonly name: string,
    private readonly onGained: () => void,
  ) {
    let decide!: () => void;
    this.decided = new Promise((resolve) => (decide = resolve));
    const request = (givenBack.get(name) ?? Promise.resolve()).then(() =>
      locks.request(`mhm:${name}`, { ifAvailable: true }, (lock) => {
        decide();
        if (!lock) {
          return this.waitInLine();
        }
        this.held = request;
        return this.hold();
      }),
    );
    request.catch(() => {
      // No lock manager for this document (an opaque origin): it has no storage to share either.
      decide();
      this.hold();
    });
  }

  owns(): boolean {
    return this.owned;
  }

  release(): void {
    if (this.owned) {
      givenBack.set(this.name, this.held.catch(() => undefined));
    }
    this.released = true;
    this.owned = false;
    this.waiting.abort();
    this.letGo();
  }

  /** Keeps the lock until `release` (or until the browser closes the tab). */
  private hold(): Promise<void> | undefined {
    if (this.released) {
      return undefined;
    }
    this.owned = true;
    this.onGained();
    return new Promise((resolve) => (this.letGo = resolve));
  }

  private waitInLine(): undefined {
    if (!this.released) {
      const request = this.locks.request(`mhm:${this.name}`, { signal: this.waiting.signal }, () => {
        this.held = request;
        return this.hold();
      });
      request.catch(() => undefined);
    }
    return undefined;
  }
}

/** How long a lease lasts without renewal, and how often the owner renews it (and others look at it). */
const leaseTime = 15_000;
const leaseCheck = 5_000;

class LeaseOwnership implements QueueOwnership {
  readonly decided = Promise.resolve();
  private readonly tab = uuid();
  private readonly key: string;
  private owned = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopWatching: () => void;

  constructor(
    name: string,
    private readonly onGained: () => void,
  ) {
    this.key = `${name}:owner`;
    this.stopWatching = subscribe(this.key, this.handleLeaseChange);
    this.owns();
  }

  /** Renews this tab's lease, or takes a lease that was given back or ran out; true when it is this tab's. */
  owns(): boolean {
    const now = Date.now();
    const lease = this.lease();
    // A lease that ends further ahead than one lease time comes from a wrong clock: it is not honoured.
    const another = lease.tab !== this.tab && lease.until > now && lease.until <= now + leaseTime;
    if (!another) {
      writeItem(this.key, JSON.stringify({ tab: this.tab, until: now + leaseTime }));
    }
    const gained = !another && !this.owned;
    // Read back: of two tabs that took a free lease at once, the one whose write landed last has it.
    this.owned = !another && this.lease().tab === this.tab;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.owns(), leaseCheck);
    if (gained && this.owned) {
      this.onGained();
    }
    return this.owned;
  }

  /** The stored lease: whose it is and when it runs out (0 when there is none, or it is unreadable). */
  private lease(): { tab: unknown; until: number } {
    const stored = readJson<{ tab?: unknown; until?: unknown }>(readItem(this.key));
    const lease = stored.ok ? stored.value : undefined;
    return { tab: lease?.tab, until: typeof lease?.until === 'number' ? lease.until : 0 };
  }

  release(): void {
    clearTimeout(this.timer);
    this.stopWatching();
    if (this.owned) {
      this.owned = false;
      writeItem(this.key, null);
    }
  }

  /** The owner gave the lease back: the first tab to see it takes it. */
  private readonly handleLeaseChange = (value: string | null): void => {
    if (value === null) {
      this.owns();
    }
  };
}
