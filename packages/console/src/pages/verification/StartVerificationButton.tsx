import { App, Button } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import type { ReferralRefInput } from '../../gql/graphql';
import { errorCodes, errorText } from '../../utils/errors';
import { START_HOUSEHOLD_VERIFICATION } from './verification.graphql';

/**
 * 发起核查 of a household (optionally for a referral): asks first, starts the verification and opens it. Without a
 * valid 核对授权书 the server refuses (AUTHORISATION_REQUIRED) and the dialog says what to do.
 */
export function StartVerificationButton(props: { householdId: string; referralRef?: ReferralRefInput; type?: 'primary' | 'default'; onStarted?: () => void }) {
  const can = useCan();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const [start, { loading }] = useMutation(START_HOUSEHOLD_VERIFICATION, { context: SILENT });
  if (!can('VERIFICATION_MANAGE')) return null;

  const ask = () =>
    modal.confirm({
      title: '发起核查？',
      content: '对该户开展信息比对、入户调查等核查，10 个工作日内完成，复核后出具核查报告。须有该户有效的家庭经济状况核对授权书。',
      okText: '发起核查',
      cancelText: '取消',
      onOk: async () => {
        try {
          const res = await start({ variables: { householdId: props.householdId, referralRef: props.referralRef ?? null } });
          props.onStarted?.();
          navigate(`/verifications/${res.data!.startHouseholdVerification.id}`);
        } catch (e) {
          modal.error({
            title: errorCodes(e).includes('AUTHORISATION_REQUIRED') ? '没有有效的核对授权书，不能发起核查' : '未能发起核查',
            content: errorText(e),
            okText: '知道了',
          });
        }
      },
    });

  return (
    <Button type={props.type} icon={<AuditOutlined />} loading={loading} onClick={ask}>
      发起核查
    </Button>
  );
}
