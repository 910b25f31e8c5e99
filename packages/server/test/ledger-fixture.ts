import { idCheckChar } from '@xiejiu/rules';
import { createHousehold, type MemberInput } from '../src/modules/household/household.service';
import { AREAS, type TestApp } from './harness';

let seq = 100;

/** A valid 18-digit ID number for a birth date (YYYYMMDD) and sex. */
export function makeId(birth: string, sex: 'M' | 'F' = 'M', area = '500199'): string {
  seq += 2;
  const s = String(sex === 'M' ? seq + 1 : seq)
    .padStart(3, '0')
    .slice(-3);
  const first17 = `${area}${birth}${s}`;
  return first17 + idCheckChar(first17);
}

export const member = (name: string, birth: string, relation: string, sex: 'M' | 'F' = 'M', extra: Partial<MemberInput> = {}): MemberInput => ({
  name,
  idNumber: makeId(birth, sex),
  relation,
  ...extra,
});

/** Creates a household through the service under a system context of the village. */
export async function household(t: TestApp, areaCode: string, members: MemberInput[], address = '测试地址1号'): Promise<string> {
  const ctx = t.system('ledger-fixture', AREAS.district);
  return createHousehold(ctx, { areaCode, address, residenceType: 'RURAL', members });
}
