import type { RateLimitConfig } from '../../config';
import type { Runtime } from '../../graphql/request-context';

/**
 * Failed logins per client address and per typed username, in fixed windows
 * (RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS / _PER_USERNAME per RATE_LIMIT_WINDOW_SECONDS), on top of
 * the account lockout. The HTTP limiter (rate-limit.ts) counts requests and cannot see the username
 * inside a GraphQL body or whether the password was right, so login counts its own failures here.
 * In memory, per process.
 */
class FailureWindow {
  private readonly entries = new Map<string, { count: number; resetAt: number; reported: boolean }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly capacity = 20_000,
  ) {}

  /** When the key has used up its failures: seconds to wait and whether this is the window's first refusal. */
  refusal(key: string, now: number): { retryAfter: number; first: boolean } | null {
    const e = this.live(key, now);
    if (!e || e.count < this.max) return null;
    const first = !e.reported;
    e.reported = true;
    return { retryAfter: Math.max(1, Math.ceil((e.resetAt - now) / 1000)), first };
  }

  fail(key: string, now: number): void {
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

export type ThrottledBy = 'address' | 'username';

export class LoginThrottle {
  private readonly byAddress: FailureWindow;
  private readonly byUsername: FailureWindow;

  constructor(
    limits: RateLimitConfig,
    private readonly clock: () => number = Date.now,
  ) {
    this.byAddress = new FailureWindow(limits.loginFailuresPerAddress, limits.windowSeconds * 1000);
    this.byUsername = new FailureWindow(limits.loginFailuresPerUsername, limits.windowSeconds * 1000);
  }

  /** Null when the attempt may go ahead; else who is throttled, for how long, and whether to log it (once per window). */
  check(address: string | null, usernameKey: string): { by: ThrottledBy; retryAfter: number; first: boolean } | null {
    const now = this.clock();
    const a = address ? this.byAddress.refusal(address, now) : null;
    if (a) return { by: 'address', ...a };
    const u = this.byUsername.refusal(usernameKey, now);
    return u ? { by: 'username', ...u } : null;
  }

  failed(address: string | null, usernameKey: string): void {
    const now = this.clock();
    if (address) this.byAddress.fail(address, now);
    this.byUsername.fail(usernameKey, now);
  }
}

const throttles = new WeakMap<Runtime, LoginThrottle>();

/** The login throttle of one running app (its runtime); none when rate limiting is off. */
export function loginThrottleOf(runtime: Runtime): LoginThrottle | null {
  const limits = runtime.config.rateLimit;
  if (!limits?.enabled) return null;
  let t = throttles.get(runtime);
  if (!t) {
    t = new LoginThrottle(limits);
    throttles.set(runtime, t);
  }
  return t;
}
