import { Tag, Typography } from 'antd';
import { enumLabel } from '../../utils/enums';

/** Shared bits of the verification pages: tags of status, conclusion and source result, the deadline. */

const STATUS_COLORS: Record<string, string> = { OPEN: 'processing', DRAFTED: 'gold', APPROVED: 'green', CANCELLED: 'default' };
const CONCLUSION_COLORS: Record<string, string> = { ELIGIBLE_RANGE: 'green', INELIGIBLE: 'red', NEEDS_REVIEW: 'orange' };
const SOURCE_STATUS: Record<string, [string, string]> = { FOUND: ['有记录', 'orange'], NONE: ['无记录', 'default'], ERROR: ['查询失败', 'red'] };

export function VerificationStatusTag({ status }: { status: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {enumLabel('VerificationStatus', status)}
    </Tag>
  );
}

export function ConclusionTag({ conclusion }: { conclusion: string | null | undefined }) {
  if (!conclusion) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={CONCLUSION_COLORS[conclusion]} style={{ marginInlineEnd: 0 }}>
      {enumLabel('VerificationConclusion', conclusion)}
    </Tag>
  );
}

/** 信息比对's answer of one source: 有记录 / 无记录 / 查询失败 (text, not only colour). */
export function SourceStatusTag({ status }: { status: string }) {
  const [label, color] = SOURCE_STATUS[status] ?? [status, 'default'];
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

/** 期限: red with 逾期 (text too) while the verification is still open after its due date. */
export function VerificationDue({ v }: { v: { dueDate: string | null; overdue: boolean } }) {
  if (!v.dueDate) return <span>—</span>;
  return v.overdue ? (
    <span className="nowrap">
      {v.dueDate}{' '}
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        逾期
      </Tag>
    </span>
  ) : (
    <span className="nowrap">{v.dueDate}</span>
  );
}

/** The methods of a verification in tab order (schema enum VerificationMethod). */
export const METHODS = ['DATA_MATCH', 'HOME_VISIT', 'NEIGHBOUR', 'LETTER', 'DEMOCRATIC_REVIEW'] as const;
export type Method = (typeof METHODS)[number];
