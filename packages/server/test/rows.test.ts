import { describe, expect, it } from 'vitest';
import { arrayOf, decodeRows, digits, int, isoDate, nullable, oneOf, row, RowShapeError, text, timestamp } from '../src/db/rows';
import { REFERRAL_FIELDS } from '../src/modules/workflow/referral.repo';

/** Row decoders (src/db/rows.ts): raw SQL rows are checked at the boundary, not cast. */

interface Day {
  date: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string | null;
  updatedAt: Date;
  n: number;
  fen: string;
  tags: string[];
}
const day = row<Day>({
  date: isoDate,
  kind: oneOf(['HOLIDAY', 'WORKDAY']),
  name: nullable(text),
  updatedAt: timestamp,
  n: int,
  fen: digits,
  tags: arrayOf(text),
});
const good = { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节', updatedAt: new Date('2026-09-01T00:00:00Z'), n: 3, fen: '94000', tags: ['a'] };

describe('row decoders', () => {
  it('accept a well-formed row and keep exactly the declared fields', () => {
    const [d] = decodeRows([{ ...good, extra: 'dropped' }], day, 'calendar_day');
    expect(d).toEqual(good);
    expect('extra' in d).toBe(false);
    expect(decodeRows([{ ...good, name: null }], day, 'calendar_day')[0].name).toBeNull();
  });

  it.each([
    ['a missing column', { ...good, kind: undefined }, /calendar_day\[0\]\.kind/],
    ['a wrong kind of value', { ...good, n: '3' }, /calendar_day\[0\]\.n should be an integer, got string/],
    ['null where the column is not nullable', { ...good, date: null }, /calendar_day\[0\]\.date .*got null/],
    ['a code outside its closed set', { ...good, kind: 'WEEKEND' }, /one of HOLIDAY\/WORKDAY/],
    ['a timestamp left as text', { ...good, updatedAt: '2026-09-01' }, /updatedAt should be a timestamp/],
    ['a bad element inside an array', { ...good, tags: ['a', 1] }, /tags\[1\] should be text/],
    ['a date that is not YYYY-MM-DD', { ...good, date: '2026/10/01' }, /date should be a date/],
  ])('reject %s, naming the field', (_what, bad, message) => {
    const malformed: Record<string, unknown> = { ...bad };
    if (malformed.kind === undefined) delete malformed.kind;
    expect(() => decodeRows([good, malformed], day, 'calendar_day')).toThrow(RowShapeError);
    expect(() => decodeRows([malformed], day, 'calendar_day')).toThrow(message);
  });

  it('the referral decoder names every field of ReferralRow and refuses an unknown status', () => {
    expect(Object.keys(REFERRAL_FIELDS)).toContain('version');
    const status = REFERRAL_FIELDS.status;
    expect(status('PROCESSING', 'r.status')).toBe('PROCESSING');
    expect(() => status('LOST', 'r.status')).toThrow(/r\.status should be one of/);
  });
});
