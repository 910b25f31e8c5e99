import { useState } from 'react';
import { Alert, App, Button, Descriptions, Flex, Form, Input, Radio, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, FileTextOutlined, ReloadOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { VerificationConclusion } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { enumLabel, enumOptions } from '../../utils/enums';
import { errorCodes, errorText } from '../../utils/errors';
import { ComputationTab } from './ComputationTab';
import { DataMatchTab } from './DataMatchTab';
import { RecordsTab } from './RecordsTab';
import {
  APPROVE_VERIFICATION,
  CANCEL_VERIFICATION,
  DRAFT_VERIFICATION,
  RETURN_VERIFICATION,
  VERIFICATION,
  VERIFICATION_AUTHORISATIONS,
} from './verification.graphql';
import { ConclusionTag, VerificationDue, VerificationStatusTag } from './verification-ui';
import type { VerificationDetail } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Error shown above the page after an action (the server's Chinese text, a title for the well-known codes). */
interface ActionError {
  title: string;
  text: string;
}

function actionError(e: unknown, what: string): ActionError {
  const codes = errorCodes(e);
  if (codes.includes('MAKER_CHECKER')) return { title: '不能复核本人起草的核查结论（起草与复核须由不同人员办理）', text: errorText(e) };
  if (codes.includes('CONFLICT')) return { title: '核查已被他人修改，请刷新后重试', text: errorText(e) };
  return { title: `${what}失败`, text: errorText(e) };
}

/** 核查详情: the household and authorisation, a tab per method, 核算, and 起草结论 / 复核 / 退回 / 撤销. */
export default function VerificationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const wellFormed = UUID.test(id);
  const { data, error, loading, refetch } = useQuery(VERIFICATION, { variables: { id }, skip: !wellFormed, fetchPolicy: 'cache-and-network', context: SILENT });
  const [draft] = useMutation(DRAFT_VERIFICATION, { context: SILENT });
  const [approve, { loading: approving }] = useMutation(APPROVE_VERIFICATION, { context: SILENT });
  const [ret] = useMutation(RETURN_VERIFICATION, { context: SILENT });
  const [cancel] = useMutation(CANCEL_VERIFICATION, { context: SILENT });
  const dialog = useDialog<'draft' | 'return' | 'cancel'>();
  const [failure, setFailure] = useState<ActionError | null>(null);
  const [tab, setTab] = useState('DATA_MATCH');
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/verifications')}>
      返回列表
    </Button>
  );

  const v: VerificationDetail | undefined = data?.verification;
  const auths = useQuery(VERIFICATION_AUTHORISATIONS, { variables: { id: v?.householdId ?? '' }, skip: !v, fetchPolicy: 'cache-and-network', context: SILENT });
  if (!v) {
    if (error || !wellFormed) return <Result status="404" title="无法打开该核查" subTitle={error ? errorText(error) : '核查不存在'} extra={back} />;
    return (
      <Flex justify="center" style={{ padding: 80 }}>
        <Spin />
      </Flex>
    );
  }

  // The server says who may act here (windows and 民政 conduct verifications; the drafter never approves).
  const manage = v.viewerCanManage;
  const approver = v.viewerCanApprove;
  const open = v.status === 'OPEN';
  const editable = open && manage;
  const proposed = (v.computation?.proposedConclusion ?? null) as VerificationConclusion | null;
  const reload = () => refetch();

  const doApprove = async () => {
    setFailure(null);
    try {
      await approve({ variables: { id: v.id, version: v.version } });
      void message.success('已复核通过，核查报告已出具');
      await reload();
    } catch (e) {
      setFailure(actionError(e, '复核'));
    }
  };

  const tabLabel = (label: string, method: string) => {
    const n = v.records.filter((r) => r.method === method).length;
    return n ? `${label}（${n}）` : label;
  };
  const auth = auths.data?.household.authorisations?.find((a) => a.id === v.authorisationId);
  return (
    <PageContainer
      title={`核查：${v.headName ?? ''}户 ${v.no}`}
      extra={
        <Space wrap>
          {editable && (
            <Button type="primary" icon={<FileTextOutlined />} onClick={() => dialog.open('draft')}>
              起草结论
            </Button>
          )}
          {v.status === 'DRAFTED' && approver && (
            <>
              <Button type="primary" icon={<CheckOutlined />} loading={approving} onClick={() => void doApprove()}>
                复核通过
              </Button>
              <Button icon={<RollbackOutlined />} onClick={() => dialog.open('return')}>
                退回
              </Button>
            </>
          )}
          {v.report && (
            <Button icon={<FileTextOutlined />} onClick={() => navigate(`/verification-reports/${v.report!.id}`)}>
              查看核查报告
            </Button>
          )}
          {(v.status === 'OPEN' || v.status === 'DRAFTED') && manage && (
            <Button danger icon={<StopOutlined />} onClick={() => dialog.open('cancel')}>
              撤销
            </Button>
          )}
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void reload()}>
            刷新
          </Button>
          {back}
        </Space>
      }
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFailure(null)}
          title={failure.title}
          description={failure.text}
          data-testid="verification-error"
        />
      )}
      {v.status === 'DRAFTED' && (
        <Alert
          type="warning"
          showIcon
          title={`结论已由${v.draftedByName ?? '起草人'}起草，待另一名工作人员复核`}
          description={
            <>
              <div>
                拟定结论：{v.conclusionName}
                {v.conclusionNote ? `。${v.conclusionNote}` : ''}
              </div>
              {v.draftedByMe && <div>您是本结论的起草人：起草与复核须由不同人员办理，请由另一名有复核权限的工作人员复核。</div>}
            </>
          }
        />
      )}
      <ContentCard>
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'head', label: '户主', children: <Link to={`/ledger/${v.householdId}`}>{v.headName ?? '—'}</Link> },
            { key: 'area', label: '区划', children: v.areaName ?? v.areaCode },
            { key: 'status', label: '状态', children: <VerificationStatusTag status={v.status} /> },
            {
              key: 'auth',
              label: '核对授权书',
              children: auth ? (
                <Space size={6} wrap>
                  <span>
                    {auth.signedOn} 签署，有效期至 {auth.validUntil}
                  </span>
                  {auth.valid ? <Tag color="green">有效</Tag> : <Tag color="red">已失效</Tag>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{auths.loading ? '读取中' : '—'}</Typography.Text>
              ),
            },
            { key: 'due', label: '办理期限', children: <VerificationDue v={v} /> },
            {
              key: 'source',
              label: '发起来源',
              children: v.referralId ? <Link to={`/referrals/${v.referralId}`}>转办单</Link> : '窗口',
            },
            { key: 'started', label: '发起', children: `${v.startedByName} ${formatDateTime(v.startedAt)}` },
            { key: 'drafted', label: '起草人', children: v.draftedByName ? `${v.draftedByName} ${formatDateTime(v.draftedAt)}` : '—' },
            { key: 'approved', label: '复核人', children: v.approvedByName ? `${v.approvedByName} ${formatDateTime(v.approvedAt)}` : '—' },
            ...(v.reason ? [{ key: 'reason', label: '核查事由', span: 3, children: v.reason }] : []),
            ...(v.returnedReason && v.status === 'OPEN'
              ? [{ key: 'returned', label: '退回理由', span: 3, children: <Typography.Text type="warning">{v.returnedReason}</Typography.Text> }]
              : []),
            ...(v.cancelledReason ? [{ key: 'cancelled', label: '撤销理由', span: 3, children: v.cancelledReason }] : []),
            ...(auth?.scope.length
              ? [{ key: 'scope', label: '授权查询', span: 3, children: auth.scope.map((s) => enumLabel('AuthorisationScope', s)).join('、') }]
              : []),
            ...(v.conclusion
              ? [
                  {
                    key: 'conclusion',
                    label: '核查结论',
                    span: 3,
                    children: (
                      <Space size={8} wrap>
                        <ConclusionTag conclusion={v.conclusion} />
                        {v.conclusionNote && <span>{v.conclusionNote}</span>}
                      </Space>
                    ),
                  },
                ]
              : []),
            ...(v.report
              ? [
                  {
                    key: 'report',
                    label: '核查报告',
                    span: 3,
                    children: (
                      <Space size={8} wrap>
                        <Link to={`/verification-reports/${v.report.id}`}>
                          {v.report.no}（第 {v.report.version} 版）
                        </Link>
                        <span>有效期至 {v.report.validUntil}</span>
                        {v.report.expired && <Tag color="red">报告已过期</Tag>}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </ContentCard>
      <ContentCard>
        <Tabs
          style={{ marginTop: -12 }}
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'DATA_MATCH', label: '信息比对', children: <DataMatchTab v={v} editable={editable} reload={reload} /> },
            {
              key: 'HOME_VISIT',
              label: tabLabel('入户调查', 'HOME_VISIT'),
              children: <RecordsTab v={v} method="HOME_VISIT" editable={editable} reload={reload} />,
            },
            {
              key: 'NEIGHBOUR',
              label: tabLabel('邻里访问', 'NEIGHBOUR'),
              children: <RecordsTab v={v} method="NEIGHBOUR" editable={editable} reload={reload} />,
            },
            { key: 'LETTER', label: tabLabel('信函索证', 'LETTER'), children: <RecordsTab v={v} method="LETTER" editable={editable} reload={reload} /> },
            {
              key: 'DEMOCRATIC_REVIEW',
              label: tabLabel('民主评议', 'DEMOCRATIC_REVIEW'),
              children: <RecordsTab v={v} method="DEMOCRATIC_REVIEW" editable={editable} reload={reload} />,
            },
            { key: 'COMPUTE', label: '核算', children: <ComputationTab v={v} editable={editable} reload={reload} /> },
          ]}
        />
      </ContentCard>

      <FormModal<{ conclusion: VerificationConclusion; note?: string }>
        open={dialog.isOpen && dialog.target === 'draft'}
        title="起草核查结论"
        okText="提交复核"
        width={560}
        initialValues={{ conclusion: proposed ?? undefined, note: '' }}
        onCancel={dialog.close}
        onSubmit={async (values) => {
          await draft({ variables: { id: v.id, conclusion: values.conclusion, note: values.note?.trim() || null, version: v.version } });
          void message.success('结论已起草，待另一名工作人员复核');
          dialog.close();
          await reload();
        }}
      >
        {!v.computation && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="尚未核算：建议先在“核算”中核算家庭收入和财产，再起草结论。" />}
        {proposed && (
          <Typography.Paragraph type="secondary">
            核算的建议结论：
            <ConclusionTag conclusion={proposed} />
          </Typography.Paragraph>
        )}
        <Form.Item name="conclusion" label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]}>
          <Radio.Group options={enumOptions('VerificationConclusion')} />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="如：信息比对发现户主名下登记小型轿车一辆，家庭财产超过低保财产标准" />
        </Form.Item>
      </FormModal>
      <TextFormModal
        open={dialog.isOpen && dialog.target === 'return'}
        title="退回起草人"
        okText="退回"
        name="reason"
        label="退回理由"
        required="请填写退回理由"
        maxLength={500}
        placeholder="如：入户调查记录缺少住房面积，请补充后重新起草"
        onCancel={dialog.close}
        onSubmit={async (reason) => {
          await ret({ variables: { id: v.id, reason, version: v.version } });
          void message.success('已退回，核查回到核查中');
          dialog.close();
          await reload();
        }}
      />
      <TextFormModal
        open={dialog.isOpen && dialog.target === 'cancel'}
        title="撤销核查"
        okText="撤销"
        name="reason"
        label="撤销理由"
        required="请填写撤销理由"
        maxLength={500}
        placeholder="如：申请人撤回申请"
        onCancel={dialog.close}
        onSubmit={async (reason) => {
          await cancel({ variables: { id: v.id, reason } });
          void message.success('已撤销核查');
          dialog.close();
          await reload();
        }}
      />
    </PageContainer>
  );
}
