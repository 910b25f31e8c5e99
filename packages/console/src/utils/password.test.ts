import { describe, expect, it } from 'vitest';
import { isStrongPassword, passwordClasses } from './password';

describe('password policy hint', () => {
  it('counts character classes', () => {
    expect(passwordClasses('abc')).toBe(1);
    expect(passwordClasses('Abc1')).toBe(3);
    expect(passwordClasses('Ab1@')).toBe(4);
  });

  it('needs 8 characters and 3 classes', () => {
    expect(isStrongPassword('Xiejiu@2026')).toBe(true);
    expect(isStrongPassword('abcdefgh1')).toBe(false);
    expect(isStrongPassword('Ab1@')).toBe(false);
  });
});
