import { describe, expect, it } from 'vitest';
import { type Answers, emptyAnswers, newMember, normaliseNumber, stepOfField, toInput, validateStep } from './answers';

const couple = (): Answers => ({
  ...emptyAnswers(),
  residenceType: 'RURAL',
  members: [
    { ...newMember('HEAD'), age: '71', labourCapacity: 'NONE' },
    { ...newMember('SPOUSE'), age: '68', labourCapacity: 'NONE', seriousIllness: 'no' },
  ],
  otherIncome: '300',
  deposits: '2000',
  homes: '1',
});

describe('self-check answers', () => {
  it('starts with 本人 as 户主 and nothing else answered', () => {
    const a = emptyAnswers();
    expect(a.members).toHaveLength(1);
    expect(a.members[0].relation).toBe('HEAD');
    expect(validateStep(0, a)).toEqual({ residenceType: '请选择城镇户籍还是农村户籍' });
    expect(validateStep(1, a)).toEqual({ 'members.0.age': '请填写年龄（周岁）' });
  });

  it('leaves unanswered questions out of the query (unknown to the engine), never sends them as "no"', () => {
    const input = toInput(couple());
    expect(input).toEqual({
      residenceType: 'RURAL',
      members: [
        { relation: 'HEAD', age: 71, labourCapacity: 'NONE' },
        { relation: 'SPOUSE', age: 68, labourCapacity: 'NONE', seriousIllness: false },
      ],
      otherIncome: 300,
      deposits: 2000,
      homes: 1,
    });
  });

  it('sends the answered ones: yes/no, disability with its grade, programs', () => {
    const a = couple();
    a.members[0] = { ...a.members[0], disabled: 'yes', disabilityType: 'PHYSICAL', disabilityGrade: '2', schoolStatus: 'NONE' };
    a.members[1] = { ...a.members[1], disabled: 'no', disabilityType: 'VISUAL' };
    Object.assign(a, { suddenHardship: 'yes', unionMember: 'no', legalSupport: 'NONE', rigidSpending12m: '5000', currentPrograms: ['TEKUN'] });
    const input = toInput(a);
    expect(input.members[0]).toMatchObject({ disabilityType: 'PHYSICAL', disabilityGrade: 2, schoolStatus: 'NONE' });
    expect(input.members[1].disabilityType).toBeUndefined();
    expect(input).toMatchObject({ suddenHardship: true, unionMember: false, legalSupport: 'NONE', rigidSpending12m: 5000, currentPrograms: ['TEKUN'] });
    expect('housingDifficulty' in input).toBe(false);
  });

  it('reads numbers as typed on Chinese keyboards', () => {
    expect(normaliseNumber('２，０００．５')).toBe('2000.5');
    expect(normaliseNumber(' 300元')).toBe('300');
    expect(toInput({ ...couple(), otherIncome: '３００' }).otherIncome).toBe(300);
  });

  it('checks each step with Chinese messages on the fields the server names', () => {
    const a = couple();
    a.members[0].age = '130';
    a.members[1].relation = 'HEAD';
    expect(validateStep(1, a)).toEqual({ 'members.0.age': '年龄请填 0 到 120 之间的整数（周岁）', members: '户主只能有一名，请改正与户主的关系' });
    a.members[0].age = '7.5';
    expect(validateStep(1, a)['members.0.age']).toMatch(/整数/);
    expect(validateStep(2, { ...couple(), otherIncome: '' })).toEqual({ otherIncome: '请填写全家上个月的其他收入，没有就填 0' });
    expect(validateStep(2, { ...couple(), deposits: 'abc', homes: '25', carValue: '200000000' })).toEqual({
      deposits: '请填写数字（单位：元），例如 300',
      homes: '住房套数请填 0 到 20 之间的整数',
      carValue: '金额应在 0 到 1 亿元之间',
    });
    expect(validateStep(2, couple())).toEqual({});
    expect(validateStep(3, { ...couple(), rigidSpending12m: '-1' })).toEqual({ rigidSpending12m: '请填写数字（单位：元），例如 300' });
  });

  it('knows the step of a field the server refuses', () => {
    expect(stepOfField('members.1.disabilityGrade')).toBe(1);
    expect(stepOfField('homes')).toBe(2);
    expect(stepOfField('currentPrograms')).toBe(3);
    expect(stepOfField('residenceType')).toBe(0);
  });
});
