import { describe, expect, it } from 'vitest';
import { deriveTier } from './tiers';

describe('deriveTier', () => {
  it('highest tier wins', () => {
    expect(
      deriveTier([
        { programCode: 'DIBAO', status: 'ACTIVE' },
        { programCode: 'TEKUN', status: 'ACTIVE', personId: 'p1' },
      ]).tier,
    ).toBe('T1');
    expect(
      deriveTier([
        { programCode: 'MONITOR', status: 'ACTIVE' },
        { programCode: 'DIBAO_EDGE', status: 'ACTIVE' },
      ]).tier,
    ).toBe('T3');
  });
  it('渐退 counts, 暂停/停止/申请中 do not', () => {
    expect(deriveTier([{ programCode: 'DIBAO', status: 'PHASE_OUT' }]).tier).toBe('T2');
    for (const status of ['SUSPENDED', 'STOPPED', 'APPLYING']) expect(deriveTier([{ programCode: 'DIBAO', status }]).tier).toBeNull();
  });
  it('stacking programs confer no tier', () => {
    expect(
      deriveTier([
        { programCode: 'MEDICAL', status: 'ACTIVE' },
        { programCode: 'TEMP', status: 'ACTIVE' },
      ]),
    ).toEqual({ tier: null, reason: '无分层救助事项' });
  });
  it('benefits of deceased or departed members do not count', () => {
    const r = deriveTier(
      [
        { programCode: 'TEKUN', status: 'ACTIVE', personId: 'dead' },
        { programCode: 'DIBAO_EDGE', status: 'ACTIVE' },
      ],
      new Set(['dead']),
    );
    expect(r.tier).toBe('T4');
    expect(r.reason).toBe('其他困难对象：享受 低保边缘家庭');
  });
});
