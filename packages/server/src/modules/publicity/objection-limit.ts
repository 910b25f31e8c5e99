import { AppError } from '../../shared/errors';

/**
 * One objection takes a notice down and sends the case back to investigation, so objections from the public have
 * their own, much tighter limit than anonymous GraphQL in general (auth/rate-limit.ts: per address per minute):
 * `PUBLIC_OBJECTIONS_PER_ADDRESS` submissions per address per `OBJECTION_WINDOW_MS`, counted per process when
 * rate limits are on (`RATE_LIMIT_ENABLED`). Every submission counts, accepted or not.
 */
export const PUBLIC_OBJECTIONS_PER_ADDRESS = 5;
export const OBJECTION_WINDOW_MS = 3_600_000;

export class ObjectionLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max = PUBLIC_OBJECTIONS_PER_ADDRESS,
    private readonly windowMs = OBJECTION_WINDOW_MS,
  ) {}

  /** Counts one submission from `address`; throws RATE_LIMITED (with `retryAfter` seconds) past the limit. */
  take(address: string, now = Date.now()): void {
    if (this.hits.size > 50_000) this.prune(now);
    const h = this.hits.get(address);
    if (!h || now - h.start >= this.windowMs) {
      this.hits.set(address, { start: now, count: 1 });
      return;
    }
    h.count += 1;
    if (h.count > this.max) {
      const retryAfter = Math.max(1, Math.ceil((h.start + this.windowMs - now) / 1000));
      throw new AppError('RATE_LIMITED', `异议提交过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试，或向当地社会救助服务窗口反映`, {
        retryAfter,
        reason: 'OBJECTION_RATE_LIMITED',
      });
    }
  }

  private prune(now: number): void {
    for (const [k, v] of this.hits) if (now - v.start >= this.windowMs) this.hits.delete(k);
  }
}

export const objectionLimiter = new ObjectionLimiter();
