import { describe, expect, it } from 'vitest';
import type { RateLimitConfig } from '../../config';
import { LoginThrottle } from './login-throttle';

const limits = { windowSeconds: 60, loginFailuresPerAddress: 3, loginFailuresPerUsername: 2 } as RateLimitConfig;

describe('login throttle', () => {
  it('refuses after the failures of a window, reports the first refusal once, and forgets after the window', () => {
    let now = 1_000_000;
    const t = new LoginThrottle(limits, () => now);
    t.failed('1.1.1.1', 'a');
    t.failed('1.1.1.1', 'b');
    expect(t.check('1.1.1.1', 'c')).toBeNull();
    t.failed('1.1.1.1', 'c');
    expect(t.check('1.1.1.1', 'd')).toEqual({ by: 'address', retryAfter: 60, first: true });
    now += 30_000;
    expect(t.check('1.1.1.1', 'd')).toEqual({ by: 'address', retryAfter: 30, first: false });
    expect(t.check('2.2.2.2', 'd')).toBeNull();
    now += 30_000;
    expect(t.check('1.1.1.1', 'd')).toBeNull();
  });

  it('counts a username across addresses; a missing address counts by username only', () => {
    const now = 5_000;
    const t = new LoginThrottle(limits, () => now);
    t.failed('1.1.1.1', 'k');
    t.failed(null, 'k');
    expect(t.check('3.3.3.3', 'k')).toEqual({ by: 'username', retryAfter: 60, first: true });
    expect(t.check('3.3.3.3', 'other')).toBeNull();
  });
});
