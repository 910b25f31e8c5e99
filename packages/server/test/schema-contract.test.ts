import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumName } from '../src/graphql/enums';
import { areaCodesIn, formatDiff } from '../src/modules/audit/audit-format';

/** The rules of the published contract (docs/api-contract.md, ADR 0016), checked on schema.graphql itself. */
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

describe('the GraphQL contract', () => {
  it('names types for the domain: no …Type suffix, every input ends in Input', () => {
    // Object and input types (enums such as DisabilityType 残疾类别 are domain words, not class names).
    expect(types.filter((t) => (isObjectType(t) || isInputObjectType(t)) && /Type$/.test(t.name)).map((t) => t.name)).toEqual([]);
    expect(types.filter((t) => isInputObjectType(t) && !t.name.endsWith('Input')).map((t) => t.name)).toEqual([]);
    for (const name of ['Household', 'Member', 'Application', 'Referral', 'Program', 'BenefitRecord', 'User', 'Department', 'Area']) {
      expect(isObjectType(schema.getType(name)), name).toBe(true);
    }
  });

  it('has no JSON scalar', () => {
    expect(
      types
        .filter((t) => isScalarType(t))
        .map((t) => t.name)
        .sort(),
    ).toEqual(['Boolean', 'DateTimeISO', 'Float', 'ID', 'Int', 'String']);
  });

  it('gives every value of every enum (at least 12) a Chinese description', () => {
    const enums = types.filter(isEnumType);
    expect(enums.length).toBeGreaterThanOrEqual(12);
    const missing = enums.flatMap((e) =>
      e
        .getValues()
        .filter((v) => !/[\u4e00-\u9fa5]/.test(v.description ?? ''))
        .map((v) => `${e.name}.${v.name}`),
    );
    expect(missing).toEqual([]);
    for (const name of [
      'ApplicationStatus',
      'ReferralStatus',
      'HouseholdTier',
      'MemberRelation',
      'ApplicationChannel',
      'AccessLevel',
      'ErrorCode',
      'Permission',
      'Role',
      'JobStatus',
      'Sex',
    ]) {
      expect(isEnumType(schema.getType(name)), name).toBe(true);
    }
  });

  it('maps codes that are not GraphQL names to upper-case enum names', () => {
    expect(enumName('household.detailInvolved')).toBe('HOUSEHOLD_DETAIL_INVOLVED');
    expect(enumName('e-bike')).toBe('E_BIKE');
    expect(enumName('ACTIVE')).toBe('ACTIVE');
  });
});

describe('operation log diff as text', () => {
  const areas = new Map([['500101001001', '桂花村']]);

  it('labels fields, names codes and areas, masks nothing further and keeps unknown keys readable', () => {
    const diff = {
      changes: {
        status: { before: 'PENDING_SIGN', after: 'PROCESSING' },
        areaCode: { before: '500101001001', after: '500101001999' },
        roles: { after: 'TOWN_WINDOW,SEC_ADMIN' },
      },
      detail: { reason: '核对', field: 'ID_NUMBER', urgent: true, rows: { referral: 2 }, somethingNew: null },
    };
    expect([...areaCodesIn(diff)].sort()).toEqual(['500101001001', '500101001999']);
    const { changes, details } = formatDiff(diff, 'referral', areas);
    expect(changes).toEqual([
      { field: 'status', label: '状态', before: '待签收', after: '办理中' },
      { field: 'areaCode', label: '区划', before: '桂花村', after: '500101001999' },
      { field: 'roles', label: '角色', before: null, after: '镇街窗口人员、安全管理员' },
    ]);
    expect(details).toEqual([
      { key: 'reason', label: '理由', value: '核对' },
      { key: 'field', label: '字段', value: '身份证号' },
      { key: 'urgent', label: '急难情形', value: '是' },
      { key: 'rows', label: '涉及记录', value: 'referral：2' },
      { key: 'somethingNew', label: 'somethingNew', value: '（空）' },
    ]);
  });

  it('shows nothing for a row without a diff', () => {
    expect(formatDiff(null, null, areas)).toEqual({ changes: [], details: [] });
  });
});
