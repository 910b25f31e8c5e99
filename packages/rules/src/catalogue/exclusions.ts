/**
 * Exclusion matrix of the seed catalogue (docs/domain.md, "Exclusions and stacking"), as data. Programs not in
 * the matrix stack freely on T1/T2 (医疗, 教育, 住房, 就业, 临时, 两项补贴, 高龄, 电价, 法律援助).
 */
import type { CodeList } from '../ledger-codes';
import type { ExclusionRule } from '../engine/program';

/** Benefits paid by other systems that take part in exclusions (codes used in benefit rows). */
export const EXTERNAL_PROGRAMS: CodeList = {
  ELDER_CARE: '经济困难老年人护理补贴',
  WORK_INJURY_CARE: '工伤保险生活护理费',
};

const PENDING_KEEPS_PAYING = (other: string, kept: string) => ({
  otherStatus: 'APPLYING',
  reason: `「${other}」审批期间，「${kept}」照常享受，批准后再停发`,
});

export const EXCLUSIONS: readonly ExclusionRule[] = [
  {
    code: 'TEKUN_DIBAO',
    name: '特困供养与低保不得重复享受',
    kind: 'PREFER',
    scope: 'PERSON',
    programs: ['TEKUN', 'DIBAO'],
    legalRef: '特困人员认定办法（民发〔2021〕43号）；社会救助暂行办法第十四条',
    exceptions: [PENDING_KEEPS_PAYING('特困人员救助供养', '最低生活保障')],
    note: '同一人特困优先；户内其他成员仍可按低保计算',
  },
  {
    code: 'DIBAO_EDGE_DIBAO',
    name: '低保边缘家庭不含低保家庭',
    kind: 'PREFER',
    scope: 'HOUSEHOLD',
    programs: ['DIBAO', 'DIBAO_EDGE'],
    legalRef: '浙江省社会救助条例第十三条（示例）',
    exceptions: [PENDING_KEEPS_PAYING('最低生活保障', '低保边缘家庭')],
  },
  {
    code: 'TEKUN_DIBAO_EDGE',
    name: '特困人员不再认定为低保边缘家庭',
    kind: 'PREFER',
    scope: 'PERSON',
    programs: ['TEKUN', 'DIBAO_EDGE'],
    legalRef: '低收入人口分层认定（示例：低保边缘家庭不含特困人员、低保对象）',
    exceptions: [PENDING_KEEPS_PAYING('特困人员救助供养', '低保边缘家庭')],
  },
  {
    code: 'ORPHAN_DISAB_LIVING',
    name: '孤儿基本生活费与困难残疾人生活补贴不重复享受',
    kind: 'PREFER',
    scope: 'PERSON',
    programs: ['ORPHAN', 'DISAB_LIVING'],
    legalRef: '国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见（国发〔2015〕52号）',
    exceptions: [PENDING_KEEPS_PAYING('孤儿/事实无人抚养儿童保障', '困难残疾人生活补贴')],
  },
  {
    code: 'DISAB_CARE_ELDER_CARE',
    name: '重度残疾人护理补贴与经济困难老年人护理补贴就高享受',
    kind: 'HIGHER_OF',
    scope: 'PERSON',
    programs: ['DISAB_CARE', 'ELDER_CARE'],
    legalRef: '国发〔2015〕52号（与老年人护理补贴不重复享受，按就高原则）',
    exceptions: [],
  },
  {
    code: 'DISAB_CARE_WORK_INJURY',
    name: '重度残疾人护理补贴与工伤保险生活护理费就高享受',
    kind: 'HIGHER_OF',
    scope: 'PERSON',
    programs: ['DISAB_CARE', 'WORK_INJURY_CARE'],
    legalRef: '国发〔2015〕52号（与工伤保险生活护理费不重复享受，按就高原则）',
    exceptions: [],
  },
  {
    code: 'ORPHAN_TEKUN',
    name: '事实无人抚养儿童、孤儿保障与特困供养不重复享受',
    kind: 'EXCLUSIVE',
    scope: 'PERSON',
    programs: ['ORPHAN', 'TEKUN'],
    legalRef: '民政部等关于进一步加强事实无人抚养儿童保障工作的意见（民发〔2019〕62号）',
    exceptions: [{ otherStatus: 'APPLYING', reason: '另一项保障审批期间，已享受的保障照常发放，批准后择一' }],
    note: '已享受其中一项的不再纳入另一项；同时新申请的择一',
  },
];
