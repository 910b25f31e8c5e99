import { describe, expect, it } from 'vitest';
import { idCheckChar, maskIdNumber, maskPhone, normaliseIdInput, parseIdNumber } from './id-number';

const TODAY = new Date('2026-11-29T00:00:00Z');

describe('parseIdNumber', () => {
  it('accepts a valid 18-digit number and derives birth date and sex', () => {
    // 11010519491231002X is the GB 11643 worked example (female).
    const r = parseIdNumber('11010519491231002x', TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toMatchObject({ idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: 'F', upgraded: false });
    }
  });

  it('rejects a wrong check digit', () => {
    const r = parseIdNumber('110105194912310021', TODAY);
    expect(r).toMatchObject({ ok: false, error: 'CHECK_DIGIT' });
  });

  it('upgrades a 15-digit number', () => {
    const r = parseIdNumber('110105491231002', TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.idNumber).toBe('11010519491231002X');
      expect(r.value.upgraded).toBe(true);
      expect(r.value.sex).toBe('F');
    }
  });

  it('rejects impossible and future dates', () => {
    const feb30 = '50019920260230001';
    expect(parseIdNumber(feb30 + idCheckChar(feb30), TODAY)).toMatchObject({ ok: false, error: 'DATE' });
    const future = '50019920270101001';
    expect(parseIdNumber(future + idCheckChar(future), TODAY)).toMatchObject({ ok: false, error: 'DATE' });
  });

  it('rejects malformed input', () => {
    for (const bad of ['', '123', '5001992026023000AX', '50019919900101001XX']) {
      expect(parseIdNumber(bad, TODAY)).toMatchObject({ ok: false, error: 'FORMAT' });
    }
  });

  it('male when the 17th digit is odd', () => {
    const base = '50019919800101001';
    const r = parseIdNumber(base + idCheckChar(base), TODAY);
    expect(r.ok && r.value.sex).toBe('M');
  });
});

describe('masking', () => {
  it('keeps 3 + 4 of an ID and 3 + 4 of a phone', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('ID input typed through a Chinese IME', () => {
  it('normalises full-width digits, spaces, dashes and a lower-case x before validating', () => {
    expect(normaliseIdInput('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    for (const typed of [
      '１１０１０５１９４９１２３１００２Ｘ',
      '110105 19491231 002x',
      '110105-1949-1231-002X',
      '\u3000110105194912310 02X\u200B',
      '１１０１０５　１９４９１２３１　００２ｘ',
    ]) {
      const r = parseIdNumber(typed, TODAY);
      expect(r.ok, typed).toBe(true);
      if (r.ok) expect(r.value.idNumber).toBe('11010519491231002X');
    }
    // A 15-digit number typed full-width is upgraded like the ASCII one.
    const r15 = parseIdNumber('１１０１０５４９１２３１００２', TODAY);
    expect(r15.ok && r15.value.idNumber).toBe('11010519491231002X');
  });

  it('does not turn other characters into digits', () => {
    expect(parseIdNumber('11010519491231002Y', TODAY)).toMatchObject({ ok: false, error: 'FORMAT' });
    expect(parseIdNumber('11010519491231002.', TODAY)).toMatchObject({ ok: false, error: 'FORMAT' });
    expect(parseIdNumber('1101051949123100２😀', TODAY)).toMatchObject({ ok: false, error: 'FORMAT' });
  });
});
