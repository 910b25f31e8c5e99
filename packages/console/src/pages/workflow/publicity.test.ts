import { describe, expect, it } from 'vitest';
import { publicityEnded } from './workflow-ui';

describe('publicityEnded (公示期满确认 enabled)', () => {
  it('is false on and before the last day of 公示, as the server refuses then', () => {
    expect(publicityEnded('2026-12-10', '2026-12-09')).toBe(false);
    expect(publicityEnded('2026-12-10', '2026-12-10')).toBe(false);
  });
  it('is true from the day after', () => {
    expect(publicityEnded('2026-12-10', '2026-12-11')).toBe(true);
    expect(publicityEnded('2026-12-31', '2027-01-01')).toBe(true);
  });
  it('does not block a referral without a recorded end', () => {
    expect(publicityEnded(null, '2026-12-01')).toBe(true);
  });
});
