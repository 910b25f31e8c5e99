import { AppError } from '../../shared/errors';
import { FixedWindowCounter } from '../../shared/fixed-window';

/**
 * One objection takes a notice down and sends the case back to investigation, so objections from the public have
 * their own, much tighter limit than anonymous GraphQL in general (auth/rate-limit.ts: per address per minute):
 * `PUBLIC_OBJECTIONS_PER_ADDRESS` submissions per address per `OBJECTION_WINDOW_MS`, counted per process when
 * rate limits are on (`RATE_LIMIT_ENABLED`) with the shared fixed-window counter (shared/fixed-window.ts).
 */
export const PUBLIC_OBJECTIONS_PER_ADDRESS = 5;
export const OBJECTION_WINDOW_MS = 3_600_000;

export class ObjectionLimiter {
  private readonly window: FixedWindowCounter;

  constructor(max = PUBLIC_OBJECTIONS_PER_ADDRESS, windowMs = OBJECTION_WINDOW_MS) {
    this.window = new FixedWindowCounter(max, windowMs, 50_000);
  }

  /** Counts one submission from `address`; throws RATE_LIMITED (with `retryAfter` seconds) past the limit. */
  take(address: string, now = Date.now()): void {
    const refused = this.window.refusal(address, now);
    if (refused) {
      const { retryAfter } = refused;
      throw new AppError('RATE_LIMITED', `异议提交过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试，或向当地社会救助服务窗口反映`, {
        retryAfter,
        reason: 'OBJECTION_RATE_LIMITED',
      });
    }
    this.window.add(address, now);
  }
}

export const objectionLimiter = new ObjectionLimiter();
