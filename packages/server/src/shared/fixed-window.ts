/**
 * Events per key (a client address, a username) in fixed windows, in memory, per process: at most `max` per
 * `windowMs` from a key's first event. Used where the HTTP limiter (modules/auth/rate-limit.ts) cannot see what
 * counts — failed logins (modules/auth/login-throttle.ts), objections to a 公示 (modules/publicity).
 */
export class FixedWindowCounter {
  private readonly entries = new Map<string, { count: number; resetAt: number; reported: boolean }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly capacity = 20_000,
  ) {}

  /** When the key has used up its `max`: seconds to wait and whether this is the window's first refusal. */
  refusal(key: string, now: number): { retryAfter: number; first: boolean } | null {
    const e = this.live(key, now);
    if (!e || e.count < this.max) return null;
    const first = !e.reported;
    e.reported = true;
    return { retryAfter: Math.max(1, Math.ceil((e.resetAt - now) / 1000)), first };
  }

  /** Counts one event of `key` (a new window starts at the first one after the last ended). */
  add(key: string, now: number): void {
    const e = this.live(key, now);
    if (e) {
      e.count += 1;
      return;
    }
    if (this.entries.size >= this.capacity) this.evict(now);
    this.entries.set(key, { count: 1, resetAt: now + this.windowMs, reported: false });
  }

  private live(key: string, now: number) {
    const e = this.entries.get(key);
    if (e && e.resetAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  /** Drops expired windows, then the oldest ones (a flood of addresses cannot grow memory without bound). */
  private evict(now: number): void {
    for (const [k, e] of this.entries) if (e.resetAt <= now) this.entries.delete(k);
    for (const k of this.entries.keys()) {
      if (this.entries.size < this.capacity * 0.9) break;
      this.entries.delete(k);
    }
  }
}
