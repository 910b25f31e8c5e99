import { useId, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { useDialog } from '../../../components/useDialog';
import type { UnmaskField } from '../../../gql/graphql';
import { UNMASK } from '../ledger.graphql';

export interface UnmaskTarget {
  field: UnmaskField;
  personId?: string;
  householdId?: string;
  /** What is being revealed, e.g. "张三的身份证号". */
  subject: string;
}

/**
 * 查看完整身份证号/电话: asks for a reason (≥ 4 字, written to the operation log with the
 * unmasking), then shows the plaintext once; closing the modal forgets it.
 */
export function UnmaskModal({ open, target, onClose }: { open: boolean; target?: UnmaskTarget; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const formName = useId();
  const [unmask, { loading }] = useMutation(UNMASK);
  const [plain, setPlain] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    if (!target) return;
    setError(null);
    try {
      const { data } = await unmask({
        variables: { field: target.field, reason: reason.trim(), personId: target.personId, householdId: target.householdId },
        context: SILENT,
      });
      setPlain(data?.unmask ?? null);
    } catch (e) {
      const rest = applyFieldErrors(form, e);
      if (rest.length) setError(rest.join('；'));
    }
  };

  return (
    <Modal
      open={open}
      title={target ? `查看${target.subject}` : '查看完整信息'}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      afterClose={() => {
        setPlain(null);
        setError(null);
      }}
      footer={
        plain !== null ? (
          <Button type="primary" onClick={onClose}>
            关闭
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={loading} onClick={() => form.submit()}>
              查看
            </Button>
          </>
        )
      }
    >
      {plain !== null ? (
        <div style={{ padding: '16px 0 4px' }}>
          <Typography.Text copyable strong style={{ fontSize: 20, letterSpacing: 1 }} data-testid="unmasked-value">
            {plain}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            本次查看已记入操作日志。关闭后不再显示，请勿截屏或外传。
          </Typography.Paragraph>
        </div>
      ) : (
        <>
          <Alert type="info" showIcon title="查看完整信息须说明理由，查看人、时间和理由将记入操作日志。" style={{ margin: '16px 0' }} />
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} name={formName} layout="vertical" preserve={false} onFinish={(v) => void submit(v)}>
            <Form.Item
              name="reason"
              label="查看理由"
              validateFirst
              rules={[
                { required: true, whitespace: true, message: '请说明查看理由' },
                { validator: (_, v?: string) => ((v ?? '').trim().length >= 4 ? Promise.resolve() : Promise.reject(new Error('查看理由至少 4 个字'))) },
                { max: 200, message: '理由不能超过 200 字' },
              ]}
            >
              <Input.TextArea rows={3} placeholder="如：核对申请人身份，办理低保申请" maxLength={200} showCount />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

/** Masked value plus a 查看完整 link opening the unmask modal (when the user may unmask). */
export function MaskedValue(props: { masked?: string | null; target: UnmaskTarget; allowed: boolean; linkText?: string }) {
  const dialog = useDialog<UnmaskTarget>();
  if (!props.masked) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span className="nowrap">
      {props.masked}
      {props.allowed && (
        <>
          {' '}
          <Typography.Link onClick={() => dialog.open(props.target)}>{props.linkText ?? '查看完整'}</Typography.Link>
          <UnmaskModal open={dialog.isOpen} target={dialog.target} onClose={dialog.close} />
        </>
      )}
    </span>
  );
}
