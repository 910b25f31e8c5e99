import { useCallback, type HTMLAttributes } from 'react';
import { Alert, Button, Col, Descriptions, Flex, Form, Input, Result, Row, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { FormModal } from '../../components/FormModal';
import { MaterialUpload } from '../../components/MaterialUpload';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { RaiseConsultationButton } from '../consultation/RaiseConsultationButton';
import { useDialog } from '../../components/useDialog';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { APPLICATION, FOLLOW_UP_REFERRAL, PROVIDE_SUPPLEMENT, RESUBMIT_REFERRAL, WITHDRAW_REFERRAL } from './workflow.graphql';
import {
  APPLICATION_STATUS_COLORS,
  ClockTag,
  detailOr,
  HistoryTimeline,
  MaterialsList,
  OutcomeText,
  ReferralStatusTag,
  refOf,
  SharedViewAlert,
  useReferralAction,
  type Referral,
} from './workflow-ui';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { ReportPhotos } from './ReportPhotos';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPEN = ['PENDING_SIGN', 'PROCESSING', 'SUPPLEMENT', 'VERIFYING', 'PUBLICITY'];

/** Rows with more to say than the columns: 补正要求, 申请理由, 救济途径, 退回. */
const expandable = (r: Referral) => !!((r.status === 'SUPPLEMENT' && r.supplementNote) || r.reason || r.legalRemedy || r.status === 'RETURNED');

type ActionKind = 'followUp' | 'supplement' | 'resubmit' | 'withdraw';
interface ActionValues {
  note?: string;
  fileIds?: string[];
}

const ACTIONS: Record<ActionKind, { title: string; okText: string; label: string; placeholder: string }> = {
  followUp: { title: '跟踪反馈', okText: '记录', label: '反馈内容', placeholder: '如：已电话联系部门经办人，预计本周内签收；已告知申请人办理进度' },
  supplement: { title: '提交补正材料', okText: '提交（恢复计时）', label: '补正情况说明', placeholder: '已补交的材料或情况说明' },
  resubmit: { title: '重新派发', okText: '重新派发', label: '处理情况说明', placeholder: '已按退回意见补充或更正的内容' },
  withdraw: { title: '申请人撤回', okText: '撤回', label: '撤回原因', placeholder: '申请人书面申请撤回的原因' },
};

/** 一件事详情 (window view): the application, each referral's state and clock, materials and the whole history. */
export default function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const wellFormed = UUID.test(id);
  const { data, error, refetch, loading } = useQuery(APPLICATION, {
    variables: { id },
    skip: !wellFormed,
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const reload = useCallback(() => refetch(), [refetch]);
  const act = useReferralAction(reload);
  const dialog = useDialog<{ kind: ActionKind; referral: Referral }>();
  const [followUp] = useMutation(FOLLOW_UP_REFERRAL);
  const [provide] = useMutation(PROVIDE_SUPPLEMENT);
  const [resubmit] = useMutation(RESUBMIT_REFERRAL);
  const [withdraw] = useMutation(WITHDRAW_REFERRAL);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/applications')}>
      返回申请列表
    </Button>
  );

  const detail = data?.application;
  if (!detail) {
    if (error || !wellFormed) return <Result status="404" title="无法打开该申请" subTitle={error ? errorText(error) : '申请不存在'} extra={back} />;
    return (
      <Flex justify="center" style={{ padding: 80 }}>
        <Spin />
      </Flex>
    );
  }
  const a = detail.application;
  const shared = a.access === 'SHARED';
  const writable = can('APPLICATION_WRITE') && !shared;
  const programOf = (referralId: string) => detail.referrals.find((r) => r.id === referralId)?.programName;
  const programName = (code: string) =>
    detail.referrals.find((r) => r.programCode === code)?.programName ?? a.requested.find((r) => r.programCode === code)?.programName ?? code;

  const runAction = async (v: ActionValues) => {
    const { kind, referral } = dialog.target!;
    const note = v.note ?? '';
    const ok = await act(async () => {
      if (kind === 'followUp') await followUp({ variables: { id: referral.id, note }, context: SILENT });
      if (kind === 'supplement') await provide({ variables: { ref: refOf(referral), note, fileIds: v.fileIds ?? [] }, context: SILENT });
      if (kind === 'resubmit') await resubmit({ variables: { ref: refOf(referral), note }, context: SILENT });
      if (kind === 'withdraw') await withdraw({ variables: { ref: refOf(referral), reason: note }, context: SILENT });
    }, `${ACTIONS[kind].title}：已完成`);
    dialog.close();
    return ok;
  };

  const columns: TableColumnsType<Referral> = [
    {
      title: '事项',
      key: 'program',
      width: 190,
      render: (_, r) => (
        <div>
          <Link to={`/referrals/${r.id}`}>{r.programName}</Link>
          {r.personName && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              申请成员：{r.personName}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '主管部门', dataIndex: 'departmentName', width: 180 },
    { title: '状态', key: 'status', width: 116, render: (_, r) => <ReferralStatusTag r={r} /> },
    {
      title: '时限',
      key: 'clock',
      width: 170,
      render: (_, r) => (
        <div>
          <ClockTag r={r} />
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.clock.level === 'DONE' ? `${r.closedOn ?? '—'} 办结` : `期限 ${r.clock.dueDate}`}
          </Typography.Text>
        </div>
      ),
    },
    { title: '办理结果', key: 'outcome', render: (_, r) => <OutcomeText r={r} /> },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, r) =>
        writable ? (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => dialog.open({ kind: 'followUp', referral: r })}>
              跟踪反馈
            </Button>
            {r.status === 'SUPPLEMENT' && (
              <Button type="link" size="small" onClick={() => dialog.open({ kind: 'supplement', referral: r })}>
                提交补正材料
              </Button>
            )}
            {r.status === 'RETURNED' && (
              <Button type="link" size="small" onClick={() => dialog.open({ kind: 'resubmit', referral: r })}>
                重新派发
              </Button>
            )}
            {(OPEN.includes(r.status) || r.status === 'RETURNED') && (
              <Button type="link" size="small" danger onClick={() => dialog.open({ kind: 'withdraw', referral: r })}>
                撤回
              </Button>
            )}
          </Space>
        ) : (
          <Link to={`/referrals/${r.id}`}>查看</Link>
        ),
    },
  ];

  const allDone = detail.referrals.length > 0 && a.doneCount === a.referralCount;

  return (
    <PageContainer
      title={`一件事详情：${a.receiptNo ?? '（预申请）'}`}
      extra={
        <Space wrap>
          {a.receiptNo && !shared && (
            <Button icon={<PrinterOutlined />} onClick={() => window.open(`/api/applications/${a.id}/receipt.pdf`, '_blank', 'noopener')}>
              打印受理回执
            </Button>
          )}
          {a.householdId && !shared && <RaiseConsultationButton householdId={a.householdId} applicationId={a.id} />}
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
            刷新
          </Button>
          {back}
        </Space>
      }
    >
      {shared && <SharedViewAlert />}
      {allDone && <Alert type="success" showIcon title={`全部 ${a.referralCount} 个事项已办结`} data-testid="all-done" />}
      <ContentCard>
        <Descriptions
          size="small"
          column={4}
          items={[
            { key: 'no', label: '受理号', children: a.receiptNo ?? '—' },
            {
              key: 'status',
              label: '状态',
              children: (
                <Space size={4}>
                  <Tag color={APPLICATION_STATUS_COLORS[a.status]}>{a.statusName}</Tag>
                  {a.urgent && <Tag color="green">绿色通道</Tag>}
                </Space>
              ),
            },
            {
              key: 'household',
              label: '家庭',
              children: a.householdId ? (
                <Link to={`/ledger/${a.householdId}`}>{a.headName ? `${a.headName}户` : '查看家庭'}</Link>
              ) : (
                detailOr(a.access, a.contact?.name)
              ),
            },
            { key: 'applicant', label: '申请人', children: detailOr(a.access, a.applicantName) },
            { key: 'area', label: '区划', children: a.areaName ?? a.areaCode },
            { key: 'channel', label: '渠道', children: a.channelName },
            { key: 'accepted', label: '受理时间', children: formatDateTime(a.acceptedAt) },
            { key: 'by', label: '受理人', children: a.acceptedByName ? `${a.acceptedByName}${a.windowAreaName ? `（${a.windowAreaName}）` : ''}` : '—' },
            { key: 'auth', label: '核对授权', children: a.authorizationSigned ? '已签署' : '未签署' },
            { key: 'progress', label: '办理进度', children: `${a.doneCount} / ${a.referralCount} 已办结` },
            { key: 'desc', label: '情况说明', span: 2, children: detailOr(a.access, a.description) },
          ]}
        />
      </ContentCard>
      {detail.photos.length > 0 && (
        <ContentCard title={`线索照片（${detail.photos.length}）`}>
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            报送人{a.channel === 'INFORMANT' ? '（信息员）' : ''}随线索上传的照片，点击查看大图；确认受理后作为申请材料“线索照片”保留。
          </Typography.Paragraph>
          <ReportPhotos photos={detail.photos} size={120} />
        </ContentCard>
      )}
      <ContentCard title="转办事项">
        <Table<Referral>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={detail.referrals}
          columns={columns}
          onRow={(r) => ({ 'data-testid': `referral-${r.programCode}` }) as HTMLAttributes<HTMLElement>}
          expandable={
            detail.referrals.some(expandable)
              ? {
                  columnTitle: <VisuallyHidden>说明</VisuallyHidden>,
                  rowExpandable: expandable,
                  expandedRowRender: (r) => (
                    <Space orientation="vertical" size={2}>
                      {r.status === 'SUPPLEMENT' && r.supplementNote && (
                        <span>
                          需补正：{r.supplementNote}
                          {r.supplementDue ? `（${r.supplementDue} 前）` : ''}
                        </span>
                      )}
                      {r.reason && <span>申请理由：{r.reason}</span>}
                      {r.legalRemedy && <span>救济途径：{r.legalRemedy}</span>}
                      {r.status === 'RETURNED' && <span>部门已退回窗口，请按退回意见处理后重新派发（见办理过程）。</span>}
                    </Space>
                  ),
                }
              : undefined
          }
        />
      </ContentCard>
      <Row gutter={16}>
        <Col span={10}>
          <ContentCard title="申请材料">
            <MaterialsList materials={detail.materials} programName={programName} shared={shared} />
          </ContentCard>
        </Col>
        <Col span={14}>
          <ContentCard title="办理过程">
            <HistoryTimeline history={detail.history} programOf={programOf} />
          </ContentCard>
        </Col>
      </Row>
      <FormModal<ActionValues>
        open={dialog.isOpen}
        title={dialog.target ? `${ACTIONS[dialog.target.kind].title}：${dialog.target.referral.programName}` : ''}
        okText={dialog.target ? ACTIONS[dialog.target.kind].okText : '确定'}
        onCancel={dialog.close}
        onSubmit={runAction}
      >
        {dialog.target?.kind === 'supplement' && dialog.target.referral.supplementNote && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`部门要求补正：${dialog.target.referral.supplementNote}${dialog.target.referral.supplementDue ? `（${dialog.target.referral.supplementDue} 前）` : ''}`}
          />
        )}
        {dialog.target && (
          <Form.Item
            name="note"
            label={ACTIONS[dialog.target.kind].label}
            rules={[{ required: true, whitespace: true, message: `请填写${ACTIONS[dialog.target.kind].label}` }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={ACTIONS[dialog.target.kind].placeholder} />
          </Form.Item>
        )}
        {dialog.target?.kind === 'supplement' && (
          <Form.Item name="fileIds" label="补正材料">
            <MaterialUpload buttonText="上传补正材料" />
          </Form.Item>
        )}
      </FormModal>
    </PageContainer>
  );
}
