import { Alert, App, Button, Empty, Flex, Space, Typography } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { ContentCard } from '../../components/PageContainer';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import { errorText } from '../../utils/errors';
import { ReportSummary } from './ReportSummary';
import { StartVerificationButton } from './StartVerificationButton';
import { REFERRAL_VERIFICATION_REPORT, REQUEST_REVERIFICATION } from './verification.graphql';

/**
 * 核查报告 of a referral (互认): the report linked on it or the household's latest valid one — number, version,
 * validity (报告已过期 in red), conclusion, preview; 申请重新核查 for the handling department; 发起核查 when none.
 */
export function ReferralReportCard(props: {
  referral: { id: string; version: number; householdId: string; status: string };
  /** The user's department handles this referral. */
  handles: boolean;
  /** Shared view of the referral (another department's): the report is not part of it. */
  shared?: boolean;
  reload: () => unknown;
}) {
  const { referral } = props;
  const { message } = App.useApp();
  const user = useCurrentUser();
  const { data, error, refetch } = useQuery(REFERRAL_VERIFICATION_REPORT, {
    variables: { id: referral.id },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
    skip: props.shared,
  });
  const [reverify] = useMutation(REQUEST_REVERIFICATION, { context: SILENT });
  const dialog = useDialog();
  const report = data?.referral.referral.verificationReport;
  const open = !['DONE', 'TRANSFERRED', 'WITHDRAWN', 'RETURNED'].includes(referral.status);
  const ref = { id: referral.id, version: referral.version };

  return (
    <ContentCard title="核查报告" extra={report && <Link to={`/verification-reports/${report.id}`}>预览报告</Link>}>
      <div data-testid="referral-report">
        {props.shared && <Typography.Text type="secondary">核查报告仅办理该户事项的部门和窗口可见。</Typography.Text>}
        {error && <Alert type="info" showIcon title={`无法读取核查报告：${errorText(error)}`} />}
        {report ? (
          <Flex vertical gap={12}>
            <ReportSummary report={report} />
            {props.handles && open && (
              <Button icon={<RedoOutlined />} onClick={() => dialog.open()} style={{ alignSelf: 'flex-start' }}>
                申请重新核查
              </Button>
            )}
          </Flex>
        ) : (
          !error &&
          !props.shared && (
            <Flex vertical gap={8} align="flex-start">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该户尚无有效的核查报告" style={{ alignSelf: 'center' }} />
              <Space wrap>
                {/* a window starts it; the department handling the referral asks for it (linked to the referral) */}
                {open && !user.departmentId && <StartVerificationButton householdId={referral.householdId} referralRef={ref} type="primary" />}
                {props.handles && open && (
                  <Button icon={<RedoOutlined />} onClick={() => dialog.open()}>
                    申请核查
                  </Button>
                )}
              </Space>
            </Flex>
          )
        )}
      </div>
      <TextFormModal
        open={dialog.isOpen}
        title={report ? '申请重新核查' : '申请核查'}
        okText={report ? '申请重新核查' : '申请核查'}
        name="reason"
        label="理由"
        required="请说明需要重新核查的理由"
        maxLength={500}
        placeholder={report ? '如：申请人反映家庭收入已发生变化；报告出具后发现新的疑点' : '如：需核实家庭收入和财产状况'}
        onCancel={dialog.close}
        onSubmit={async (reason) => {
          const res = await reverify({ variables: { ref, reason } });
          dialog.close();
          void message.success(
            report
              ? `已申请重新核查（${res.data!.requestReverification.no}），新报告出具前原报告仍然有效`
              : `已申请核查（${res.data!.requestReverification.no}）`,
            6,
          );
          await refetch();
          await props.reload();
        }}
      />
    </ContentCard>
  );
}
