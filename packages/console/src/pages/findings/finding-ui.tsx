import { Tag, Typography } from 'antd';
import { enumLabel } from '../../utils/enums';

const SEVERITY_COLORS: Record<string, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'default' };
const STATUS_COLORS: Record<string, string> = { PENDING: 'processing', CONFIRMED: 'red', DISMISSED: 'default', RESOLVED: 'green' };

export function SeverityTag({ severity }: { severity: string }) {
  return (
    <Tag color={SEVERITY_COLORS[severity]} style={{ marginInlineEnd: 0 }}>
      {enumLabel('FindingSeverity', severity)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {enumLabel('CrosscheckFindingStatus', status)}
    </Tag>
  );
}

/** 复核截止: red with 逾期 (text too, not only colour) when still pending after the due date. */
export function DueDate({ finding }: { finding: { dueDate: string; overdue: boolean } }) {
  return finding.overdue ? (
    <Typography.Text type="danger" strong>
      {finding.dueDate} 逾期
    </Typography.Text>
  ) : (
    <span>{finding.dueDate}</span>
  );
}
