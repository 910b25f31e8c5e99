import { Badge, Space, Tag, Tooltip, Typography } from 'antd';
import { enumLabel } from '../../utils/enums';
import { TIER_NAMES, type Tier } from '@xiejiu/rules';
import type { BenefitBriefFieldsFragment, MemberFieldsFragment } from '../../gql/graphql';
import { formatYuan } from '../../utils/money';

/** Small display pieces of the household ledger, shared by the list and the detail page. */

export const TIER_COLORS: Record<Tier, string> = { T1: 'red', T2: 'orange', T3: 'gold', T4: 'blue' };

export const TIER_OPTIONS = [
  ...(Object.keys(TIER_NAMES) as Tier[]).map((t) => ({ value: t, label: `${t} ${TIER_NAMES[t]}` })),
  { value: 'NONE', label: '无分层' },
];

export function TierTag({ tier, reason }: { tier?: string | null; reason?: string | null }) {
  if (!tier) return <Typography.Text type="secondary">无分层</Typography.Text>;
  const tag = (
    <Tag color={TIER_COLORS[tier as Tier] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {TIER_NAMES[tier as Tier] ?? tier}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

export function AccessBadge({ access }: { access: string }) {
  return access === 'FULL' ? <Badge status="success" text="完整" /> : <Badge status="default" text="共享" />;
}

export const sexLabel = (sex?: string | null) => enumLabel('Sex', sex) || '—';

export const BENEFIT_STATUS_COLORS: Record<string, string> = {
  APPLYING: 'processing',
  ACTIVE: 'green',
  PHASE_OUT: 'gold',
  SUSPENDED: 'orange',
  STOPPED: 'default',
};

export function BenefitStatusTag({ status }: { status: string }) {
  return <Tag color={BENEFIT_STATUS_COLORS[status] ?? 'default'}>{enumLabel('BenefitStatus', status)}</Tag>;
}

const RECEIVING = new Set(['ACTIVE', 'PHASE_OUT']);

/** Programs the household currently receives (享受中 / 渐退), one tag each, departments in the tooltip. */
export function BenefitTags({ benefits }: { benefits: readonly BenefitBriefFieldsFragment[] }) {
  const byProgram = new Map<string, BenefitBriefFieldsFragment[]>();
  for (const b of benefits) {
    if (!RECEIVING.has(b.status)) continue;
    byProgram.set(b.programCode, [...(byProgram.get(b.programCode) ?? []), b]);
  }
  if (!byProgram.size) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {[...byProgram.values()].map((list) => {
        const b = list[0];
        const departments = [...new Set(list.map((x) => x.departmentName))].join('、');
        const phaseOut = list.every((x) => x.status === 'PHASE_OUT');
        return (
          <Tooltip
            key={b.programCode}
            title={
              <>
                {departments}
                {list.map((x) => (
                  <div key={x.id}>
                    {x.personName ?? '全户'} · {x.statusName} · 月 {formatYuan(x.monthlyAmountFen)} 元
                  </div>
                ))}
              </>
            }
          >
            <Tag color={phaseOut ? 'gold' : 'cyan'}>
              {b.programName}
              {phaseOut ? '（渐退）' : ''}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

/** 劳动能力、残疾、重病、在学、就业、特殊状态 as compact tags (only what is recorded). */
export function MemberFactTags({ m }: { m: MemberFieldsFragment }) {
  const tags: { text: string; color?: string }[] = [];
  if (m.labourCapacity) tags.push({ text: enumLabel('LabourCapacity', m.labourCapacity), color: m.labourCapacity === 'FULL' ? undefined : 'orange' });
  if (m.disabilityType)
    tags.push({ text: `${enumLabel('DisabilityType', m.disabilityType)}${m.disabilityGrade ? ` ${m.disabilityGrade} 级` : ''}`, color: 'purple' });
  if (m.seriousIllness) tags.push({ text: `重病：${m.seriousIllness}`, color: 'red' });
  if (m.schoolStatus && m.schoolStatus !== 'NONE') tags.push({ text: enumLabel('SchoolStatus', m.schoolStatus), color: 'blue' });
  if (m.employmentStatus) tags.push({ text: enumLabel('EmploymentStatus', m.employmentStatus) });
  for (const s of m.statuses ?? []) if (s !== 'DECEASED') tags.push({ text: enumLabel('SpecialStatus', s), color: 'volcano' });
  if (!tags.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((t) => (
        <Tag key={t.text} color={t.color}>
          {t.text}
        </Tag>
      ))}
    </Space>
  );
}

/** Select options of members: `张三` or, with `withRelation`, `张三（配偶）`. */
export function memberOptions(members: readonly { id: string; name: string; relationName?: string | null }[], withRelation = false) {
  return members.map((m) => ({ value: m.id, label: withRelation && m.relationName ? `${m.name}（${m.relationName}）` : m.name }));
}

/** "3" → "3组" (kept as typed when it already says 组/社) */
export const groupLabel = (groupNo?: string | null) => (!groupNo ? '' : /[组社]$/.test(groupNo) ? groupNo : `${groupNo}组`);

/** `桂花村 3组` */
export function villageAndGroup(h: { areaName?: string | null; areaCode: string; groupNo?: string | null }): string {
  return [h.areaName ?? h.areaCode, groupLabel(h.groupNo)].filter(Boolean).join(' ');
}
