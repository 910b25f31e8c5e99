import type { FormRule } from 'antd';
import { normaliseIdInput, normalisePersonName, parsePersonName } from '@xiejiu/rules';
import type { CreateHouseholdInput, HouseholdFieldsInput, MemberFieldsFragment, MemberInput, PersonUpdateInput } from '../../../gql/graphql';
import { dayjs, DISPLAY_TZ } from '../../../utils/datetime';

/** Form values ↔ API inputs of the ledger forms (一表登记, 增加成员, 编辑成员, 编辑家庭). */

export interface HouseholdFormValues {
  areaCode: string;
  groupNo?: string;
  address: string;
  residenceType: string;
  phone?: string;
}

export interface FactsFormValues {
  labourCapacity?: string;
  disabilityType?: string;
  disabilityGrade?: number;
  disabilityCert?: string;
  seriousIllness?: string;
  schoolStatus?: string;
  employmentStatus?: string;
  statuses?: string[];
}

export interface MemberFormValues extends FactsFormValues {
  name: string;
  idNumber?: string;
  relation?: string;
  phone?: string;
}

const trimmed = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim();
  return t ? t : null;
};

/** Every fact is sent, so clearing a field in the form clears it on the server. */
export function factsInput(v: FactsFormValues) {
  return {
    labourCapacity: v.labourCapacity ?? null,
    disabilityType: v.disabilityType ?? null,
    disabilityGrade: v.disabilityType ? (v.disabilityGrade ?? null) : null,
    disabilityCert: v.disabilityType ? trimmed(v.disabilityCert) : null,
    seriousIllness: trimmed(v.seriousIllness),
    schoolStatus: v.schoolStatus ?? null,
    employmentStatus: v.employmentStatus ?? null,
    statuses: (v.statuses ?? []).filter((s) => s !== 'DECEASED'),
  };
}

export function memberInput(v: MemberFormValues): MemberInput {
  return {
    name: normalisePersonName(v.name),
    idNumber: normaliseIdInput(v.idNumber),
    relation: v.relation ?? '',
    phone: trimmed(v.phone),
    ...factsInput(v),
  };
}

/** 编辑成员: an empty phone field means "unchanged" (the form only ever shows the masked one). */
export function personUpdateInput(v: MemberFormValues, isHead: boolean): PersonUpdateInput {
  return {
    name: normalisePersonName(v.name),
    ...(trimmed(v.phone) ? { phone: trimmed(v.phone) } : {}),
    ...(!isHead && v.relation ? { relation: v.relation } : {}),
    ...factsInput(v),
  };
}

export function memberFormValues(m: MemberFieldsFragment): MemberFormValues {
  return {
    name: m.name,
    relation: m.relation,
    labourCapacity: m.labourCapacity ?? undefined,
    disabilityType: m.disabilityType ?? undefined,
    disabilityGrade: m.disabilityGrade ?? undefined,
    disabilityCert: m.disabilityCert ?? undefined,
    seriousIllness: m.seriousIllness ?? undefined,
    schoolStatus: m.schoolStatus ?? undefined,
    employmentStatus: m.employmentStatus ?? undefined,
    statuses: (m.statuses ?? []).filter((s) => s !== 'DECEASED'),
  };
}

export function createHouseholdInput(v: HouseholdFormValues & { members: MemberFormValues[] }): CreateHouseholdInput {
  return {
    areaCode: v.areaCode,
    groupNo: trimmed(v.groupNo),
    address: v.address.trim(),
    residenceType: v.residenceType,
    phone: trimmed(v.phone),
    members: v.members.map(memberInput),
  };
}

/** 编辑家庭信息: the phone is only sent when a new one was typed. */
export function householdFieldsInput(v: HouseholdFormValues): HouseholdFieldsInput {
  return {
    areaCode: v.areaCode,
    groupNo: trimmed(v.groupNo),
    address: v.address.trim(),
    residenceType: v.residenceType,
    ...(trimmed(v.phone) ? { phone: trimmed(v.phone) } : {}),
  };
}

/** Mirrors the server's check: 11-digit mobile or a fixed line with area code. */
export const phoneRule: FormRule = {
  validator: (_, value: string | undefined) => {
    const digits = (value ?? '').replace(/[\s-]/g, '').replace(/^\+?86/, '');
    if (!digits || /^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits)) return Promise.resolve();
    return Promise.reject(new Error('联系电话应为 11 位手机号码或带区号的固定电话'));
  },
};

/** The server's rule (`@xiejiu/rules` parsePersonName): 汉字 incl. 生僻字, “·”, Latin letters, spaces. */
export const nameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入姓名' },
  {
    validator: (_, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const r = parsePersonName(value);
      return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
    },
  },
];

/** Whole years between a YYYY-MM-DD birth date and today in China. */
export function ageToday(birthDate: string): number {
  const today = dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * 一表登记 for a lead (预申请 of an informant or the portal): what the lead already says — its village,
 * the contact's address, and the contact as the first member (户主) — so the clerk does not type it again.
 * The phone is not carried over: the lead shows it masked only.
 */
export function householdFromLead(
  lead: { areaCode: string; contact?: { name: string; address: string } | null },
  areaLevel: number,
): Partial<HouseholdFormValues> & { members?: Array<Partial<MemberFormValues>> } {
  return {
    ...(areaLevel === 3 ? { areaCode: lead.areaCode } : {}),
    ...(lead.contact?.address ? { address: lead.contact.address } : {}),
    ...(lead.contact?.name ? { members: [{ name: lead.contact.name, relation: 'HEAD' }] } : {}),
  };
}
