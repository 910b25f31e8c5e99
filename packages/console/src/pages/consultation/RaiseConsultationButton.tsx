import { App, Button, Form, Input, Radio, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { FormModal } from '../../components/FormModal';
import { useDialog } from '../../components/useDialog';
import { RAISE_CONSULTATION } from './consultation.graphql';

const LEVELS = [
  { value: 'TOWN', label: '镇街联席会议' },
  { value: 'DISTRICT', label: '区县联席会议' },
];

/**
 * 提请会商: escalates the household's case (and the application or referral it came from) to the town or district joint
 * meeting. Shown to windows and department officers (`CONSULTATION_RAISE`); the server checks the area again.
 */
export function RaiseConsultationButton(props: { householdId: string; applicationId?: string | null; referralId?: string | null }) {
  const can = useCan();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const dialog = useDialog();
  const [raise] = useMutation(RAISE_CONSULTATION);
  if (!can('CONSULTATION_RAISE')) return null;
  return (
    <>
      <Button icon={<TeamOutlined />} onClick={() => dialog.open()}>
        提请会商
      </Button>
      <FormModal<{ level: 'TOWN' | 'DISTRICT'; reason: string }>
        open={dialog.isOpen}
        title="提请个案会商"
        okText="提请会商"
        initialValues={{ level: 'TOWN' }}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          await raise({
            variables: {
              input: {
                householdId: props.householdId,
                applicationId: props.applicationId ?? null,
                referralId: props.referralId ?? null,
                level: v.level,
                reason: v.reason.trim(),
              },
            },
            context: SILENT,
          });
          dialog.close();
          void message.success('已提请会商，等待联席会议研究');
          navigate('/consultation');
        }}
      >
        <Typography.Paragraph type="secondary">
          单个部门难以解决的困难（多项政策交叉、需要多个部门协同），提交联席会议研究，会议意见将分派给相关部门限期办理。
        </Typography.Paragraph>
        <Form.Item name="level" label="提交至" rules={[{ required: true, message: '请选择会商层级' }]}>
          <Radio.Group options={LEVELS} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="事由和困难"
          rules={[
            { required: true, whitespace: true, message: '请填写提请会商的事由和困难' },
            { min: 10, message: '请说明需要会商的具体困难（不少于 10 个字）' },
          ]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="如：户主重病、住房漏雨、子女失业，低保和医疗救助之外仍难以解决，需人社、住建协同" />
        </Form.Item>
      </FormModal>
    </>
  );
}
