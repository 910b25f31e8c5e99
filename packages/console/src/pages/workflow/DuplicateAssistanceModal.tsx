import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Input, Modal, Space, Tag, Typography } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeExisting, type Referral } from './workflow-ui';

/** One requested program that duplicates existing assistance (`extensions.duplicates` of DUPLICATE_ASSISTANCE). */
export interface DuplicateRequest {
  programCode: string;
  programName: string;
  personId: string | null;
  existing: NonNullable<Referral['duplicateOf']>;
}

export const duplicateKey = (programCode: string, personId?: string | null) => `${programCode}:${personId ?? ''}`;

/** The duplicates a registration was refused for (重复救), or null for any other error. */
export function duplicatesOf(error: unknown): DuplicateRequest[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => x.extensions?.code === 'DUPLICATE_ASSISTANCE');
  return e ? ((e.extensions?.duplicates as DuplicateRequest[] | undefined) ?? []) : null;
}

/** The server's minimum length of a 重复申请说明 (modules/workflow/duplicates.ts). */
const MIN_REASON = 4;

/**
 * 重复救助提示: the programs the household or member already receives or has pending, each with
 * its existing record(s). The window either drops the program or records why it applies again
 * (e.g. a re-application after a change) — the reason goes to the department with the referral.
 */
export function DuplicateAssistanceModal(props: {
  duplicates: DuplicateRequest[] | null;
  memberName: (personId: string) => string | undefined;
  onSubmit: (reasons: Record<string, string>) => void;
  onDrop: (d: DuplicateRequest) => void;
  onCancel: () => void;
  submitting?: boolean;
}) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (props.duplicates) setTried(false);
  }, [props.duplicates]);
  const list = props.duplicates ?? [];
  const missing = list.filter((d) => (reasons[duplicateKey(d.programCode, d.personId)] ?? '').trim().length < MIN_REASON);
  return (
    <Modal
      open={!!props.duplicates}
      title="重复救助提示"
      width={720}
      onCancel={props.onCancel}
      footer={
        <Space>
          <Button onClick={props.onCancel}>返回修改</Button>
          <Button
            type="primary"
            loading={props.submitting}
            onClick={() => {
              setTried(true);
              if (!missing.length) props.onSubmit(reasons);
            }}
          >
            已说明理由，继续受理
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="以下事项该户（成员）已在享受或正在办理，原则上不重复受理。"
        description="如属情况变化后重新申请等确需受理的情形，请逐项填写重复申请说明（主管部门办理时可见，并记入操作日志）；否则请取消该事项。"
      />
      <Flex vertical gap={16}>
        {list.map((d) => {
          const key = duplicateKey(d.programCode, d.personId);
          const who = d.personId ? props.memberName(d.personId) : null;
          const invalid = tried && (reasons[key] ?? '').trim().length < MIN_REASON;
          return (
            <div key={key} data-testid={`duplicate-${d.programCode}`} style={{ borderLeft: '3px solid #faad14', paddingLeft: 12 }}>
              <Space size={6} wrap>
                <Typography.Text strong>{d.programName}</Typography.Text>
                {who && <Tag>{who}</Tag>}
                <Button size="small" type="link" danger onClick={() => props.onDrop(d)}>
                  取消该事项
                </Button>
              </Space>
              <Flex vertical gap={2} style={{ margin: '4px 0 8px' }}>
                {d.existing.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list from one server answer, never reordered
                  <Typography.Text key={i} type="secondary">
                    已有：{describeExisting(e)}
                  </Typography.Text>
                ))}
              </Flex>
              <Input.TextArea
                aria-label={`${d.programName}重复申请说明`}
                rows={2}
                maxLength={500}
                showCount
                status={invalid ? 'error' : undefined}
                placeholder="如：孩子升入初中，按新学段重新申请；原救助已于上月停止，情况变化后重新申请"
                value={reasons[key] ?? ''}
                onChange={(e) => setReasons((r) => ({ ...r, [key]: e.target.value }))}
              />
              {invalid && <Typography.Text type="danger">请填写重复申请说明（至少 {MIN_REASON} 个字）</Typography.Text>}
            </div>
          );
        })}
      </Flex>
    </Modal>
  );
}
