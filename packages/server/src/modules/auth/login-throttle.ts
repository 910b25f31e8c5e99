import type { RateLimitConfig } from '../../config';
import type { Runtime } from '../../graphql/request-context';
import { FixedWindowCounter } from '../../shared/fixed-window';

/**
 * Failed logins per client address and per typed username, in fixed windows
 * (RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS / _PER_USERNAME per RATE_LIMIT_WINDOW_SECONDS), on top of
 * the account lockout. The HTTP limiter (rate-limit.ts) counts requests and cannot see the username
 * inside a GraphQL body or whether the password was right, so login counts its own failures here.
 * In memory, per process.
 */
export type ThrottledBy = 'address' | 'username';

export class LoginThrottle {
  private readonly byAddress: FixedWindowCounter;
  private readonly byUsername: FixedWindowCounter;

  constructor(
    limits: RateLimitConfig,
    private readonly clock: () => number = Date.now,
  ) {
    this.byAddress = new FixedWindowCounter(limits.loginFailuresPerAddress, limits.windowSeconds * 1000);
    this.byUsername = new FixedWindowCounter(limits.loginFailuresPerUsername, limits.windowSeconds * 1000);
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
    if (address) this.byAddress.add(address, now);
    this.byUsername.add(usernameKey, now);
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
