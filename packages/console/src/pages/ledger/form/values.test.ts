import { describe, expect, it } from 'vitest';
import { createHouseholdInput, factsInput, householdFieldsInput, householdFromLead, memberInput, nameRules, personUpdateInput } from './values';

describe('ledger form values → API inputs', () => {
  it('sends every fact, empty ones as null, so clearing a field clears it', () => {
    expect(factsInput({ labourCapacity: 'NONE', statuses: ['PRISON', 'DECEASED'] })).toEqual({
      labourCapacity: 'NONE',
      disabilityType: null,
      disabilityGrade: null,
      disabilityCert: null,
      seriousIllness: null,
      schoolStatus: null,
      employmentStatus: null,
      statuses: ['PRISON'],
    });
  });

  it('drops disability grade and certificate without a disability type', () => {
    const f = factsInput({ disabilityGrade: 2, disabilityCert: 'X1' });
    expect(f.disabilityGrade).toBeNull();
    expect(f.disabilityCert).toBeNull();
    expect(factsInput({ disabilityType: 'PHYSICAL', disabilityGrade: 2, disabilityCert: ' 5001 ' })).toMatchObject({
      disabilityType: 'PHYSICAL',
      disabilityGrade: 2,
      disabilityCert: '5001',
    });
  });

  it('normalises a member: trimmed name, upper-case X, empty phone as null', () => {
    expect(memberInput({ name: ' 张三 ', idNumber: '11010519491231002x', relation: 'SON', phone: ' ' })).toMatchObject({
      name: '张三',
      idNumber: '11010519491231002X',
      relation: 'SON',
      phone: null,
    });
  });

  it('normalises an ID typed through a Chinese IME and a name with another dot, like the server', () => {
    expect(memberInput({ name: ' 买买提・艾力 ', idNumber: '１１０１０５\u3000１９４９１２３１\u3000００２ｘ', relation: 'SON' })).toMatchObject({
      name: '买买提·艾力',
      idNumber: '11010519491231002X',
    });
  });

  it('the name rule allows rare characters of the extension planes and refuses emoji', async () => {
    const rule = nameRules[1] as { validator: (r: unknown, v: string) => Promise<void> };
    await expect(rule.validator({}, '𠮷野家')).resolves.toBeUndefined();
    await expect(rule.validator({}, '刘䶮')).resolves.toBeUndefined();
    await expect(rule.validator({}, '张三😀')).rejects.toThrow(/不允许的字符/);
  });

  it('keeps the phone and the head’s relation unchanged on edit unless given', () => {
    const head = personUpdateInput({ name: '李四', relation: 'SON', phone: '' }, true);
    expect(head).not.toHaveProperty('phone');
    expect(head).not.toHaveProperty('relation');
    expect(personUpdateInput({ name: '李四', relation: 'SON', phone: '13800138000' }, false)).toMatchObject({
      relation: 'SON',
      phone: '13800138000',
    });
  });

  it('builds 一表登记 and 编辑家庭信息 inputs', () => {
    const input = createHouseholdInput({
      areaCode: '500199101201',
      groupNo: ' ',
      address: ' 桂花村3组 ',
      residenceType: 'RURAL',
      members: [{ name: '王五', idNumber: '110105194912310029', relation: 'HEAD' }],
    });
    expect(input).toMatchObject({ groupNo: null, address: '桂花村3组', phone: null });
    expect(input.members).toHaveLength(1);
    expect(householdFieldsInput({ areaCode: '500199101201', address: 'a', residenceType: 'URBAN' })).not.toHaveProperty('phone');
  });
});

describe('householdFromLead (一表登记 for a lead)', () => {
  it('takes the village, the address and the contact as 户主', () => {
    expect(householdFromLead({ areaCode: '500199101201', contact: { name: '刘桂兰', address: '二组 14 号' } }, 3)).toEqual({
      areaCode: '500199101201',
      address: '二组 14 号',
      members: [{ name: '刘桂兰', relation: 'HEAD' }],
    });
  });
  it('leaves out what the lead does not say, and an area above village level', () => {
    expect(householdFromLead({ areaCode: '500199101000', contact: null }, 2)).toEqual({});
  });
});
