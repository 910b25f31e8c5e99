import { useCallback, useState } from 'react';
import { Alert, App, Button, Col, Descriptions, Empty, Flex, Input, Result, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { RaiseConsultationButton } from '../consultation/RaiseConsultationButton';
import { OutcomeTag } from '../../components/screening/ScreeningResults';
import { ScrollablePre } from '../../components/ScrollBox';
import { SCREEN_HOUSEHOLD } from '../../components/screening/screening.graphql';
import { useDialog } from '../../components/useDialog';
import type { IntakeHouseholdQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { formatYuan } from '../../utils/money';
import { ReferralReportCard } from '../verification/ReferralReportCard';
import { DepartmentActions } from './ReferralActions';
import { ANSWER_SUPERVISION, INTAKE_HOUSEHOLD, REFERRAL } from './workflow.graphql';
import {
  ClockTag,
  DuplicateNotice,
  EscalationTag,
  HistoryTimeline,
  MaterialsList,
  OutcomeText,
  ReferralStatusTag,
  SharedOnly,
  SharedViewAlert,
  SuperviseModal,
  TierText,
  type Referral,
} from './workflow-ui';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINAL = ['DONE', 'TRANSFERRED', 'WITHDRAWN'];
const EXTENSION_STATUS: Record<string, [string, string]> = { PENDING: ['待审批', 'gold'], APPROVED: ['已同意', 'green'], REJECTED: ['不同意', 'default'] };

interface Snapshot {
  outcome?: string;
  outcomeName?: string;
  estimatedMonthlyFen?: number | null;
  missingFacts?: string[];
  excludedBy?: string | null;
}

/** 转办单详情: the shared household, screening, materials, 督办 and extensions; the owning department's actions. */
export default function ReferralDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const { message } = App.useApp();
  const wellFormed = UUID.test(id);
  const { data, error, refetch, loading } = useQuery(REFERRAL, { variables: { id }, skip: !wellFormed, fetchPolicy: 'cache-and-network', context: SILENT });
  const reload = useCallback(() => refetch(), [refetch]);
  const detail = data?.referral;
  const r = detail?.referral;
  const household = useQuery(INTAKE_HOUSEHOLD, { variables: { id: r?.householdId ?? '' }, skip: !r, fetchPolicy: 'cache-and-network', context: SILENT });
  // Screening reads incomes and assets: only with full access to the household.
  const screening = useQuery(SCREEN_HOUSEHOLD, {
    variables: { householdId: r?.householdId ?? '' },
    skip: r?.access !== 'FULL',
    fetchPolicy: 'network-only',
    context: SILENT,
  });
  const [answer] = useMutation(ANSWER_SUPERVISION);
  const superviseDialog = useDialog();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      返回
    </Button>
  );

  if (!r || !detail) {
    if (error || !wellFormed) return <Result status="404" title="无法打开该转办单" subTitle={error ? errorText(error) : '转办单不存在'} extra={back} />;
    return (
      <Flex justify="center" style={{ padding: 80 }}>
        <Spin />
      </Flex>
    );
  }

  const handles = r.mine && can('REFERRAL_HANDLE');
  const shared = r.access === 'SHARED';
  const snapshot = (r.screening ?? null) as Snapshot | null;
  const live = screening.data?.screenHousehold.find((s) => s.programCode === r.programCode);
  const h = household.data?.household;

  const sendAnswer = async (noteId: string) => {
    const text = answers[noteId]?.trim();
    if (!text) {
      void message.warning('请填写答复内容');
      return;
    }
    try {
      await answer({ variables: { id: noteId, response: text }, context: SILENT });
      void message.success('已答复督办');
      setAnswers((a) => ({ ...a, [noteId]: '' }));
      await reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <PageContainer
      title={`转办单：${r.programName}`}
      extra={
        <Space wrap>
          {can('REFERRAL_SUPERVISE') && !FINAL.includes(r.status) && (
            <Button danger onClick={() => superviseDialog.open()}>
              督办
            </Button>
          )}
          {!shared && <RaiseConsultationButton householdId={r.householdId} applicationId={r.applicationId} referralId={r.id} />}
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
            刷新
          </Button>
          {back}
        </Space>
      }
    >
      {shared && <SharedViewAlert />}
      <DuplicateNotice r={r} />
      <ContentCard>
        <Descriptions
          size="small"
          column={4}
          items={[
            {
              key: 'no',
              label: '受理号',
              children: can('APPLICATION_WRITE') ? <Link to={`/applications/${r.applicationId}`}>{r.receiptNo}</Link> : r.receiptNo,
            },
            { key: 'dept', label: '主管部门', children: r.departmentName },
            { key: 'status', label: '状态', children: <ReferralStatusTag r={r} /> },
            { key: 'clock', label: '时限', children: <ClockTag r={r} /> },
            { key: 'person', label: '申请成员', children: r.personName ?? '按户申请' },
            { key: 'signDue', label: '签收期限', children: r.signDue },
            {
              key: 'due',
              label: '办结期限',
              children: r.clock.level === 'DONE' ? `${r.closedOn ?? '—'} 已办结` : `${r.clock.dueDate}（剩 ${r.clock.remainingDays} 个工作日）`,
            },
            { key: 'esc', label: '督办', children: <EscalationTag level={r.escalationLevel} name={r.escalationName} /> },
            {
              key: 'limit',
              label: '时限说明',
              span: 2,
              children: `${r.clock.limitDays} 个工作日（已用 ${r.clock.elapsedDays} 个${r.extensionDays ? `，含延期 ${r.extensionDays} 个` : ''}），${r.clock.startDate} 起算`,
            },
            { key: 'outcome', label: '办理结果', span: 2, children: <OutcomeText r={r} /> },
            ...(r.reason ? [{ key: 'reason', label: '申请理由', span: 4, children: r.reason }] : []),
            ...(r.supplementNote && r.status === 'SUPPLEMENT'
              ? [{ key: 'sup', label: '补正要求', span: 4, children: `${r.supplementNote}${r.supplementDue ? `（${r.supplementDue} 前）` : ''}` }]
              : []),
            ...(r.publicityStart ? [{ key: 'pub', label: '公示期', span: 2, children: `${r.publicityStart} 至 ${r.publicityEnd ?? '—'}` }] : []),
            ...(r.legalRemedy ? [{ key: 'remedy', label: '救济途径', span: 4, children: r.legalRemedy }] : []),
          ]}
        />
        {handles && !FINAL.includes(r.status) && r.status !== 'RETURNED' && (
          <div style={{ marginTop: 16 }}>
            <DepartmentActions
              r={r}
              reload={reload}
              estimatedFen={live?.estimatedMonthlyFen ?? snapshot?.estimatedMonthlyFen ?? null}
              personAge={h?.members.find((m) => m.id === r.personId)?.age ?? null}
            />
          </div>
        )}
        {!r.mine && can('REFERRAL_HANDLE') && (
          <Alert style={{ marginTop: 16 }} type="info" showIcon title={`该转办单由${r.departmentName}办理，本部门只能查看。`} />
        )}
      </ContentCard>

      <Row gutter={16}>
        <Col span={14}>
          <Flex vertical gap={16}>
            <ContentCard title="申请家庭" extra={<Link to={`/ledger/${r.householdId}`}>查看家庭台账</Link>}>
              <HouseholdView r={r} household={h} error={household.error} />
            </ContentCard>
            <ReferralReportCard referral={r} handles={handles} shared={shared} reload={reload} />
            <ContentCard title="救助筛查">
              {shared ? (
                <SharedOnly />
              ) : (
                <Descriptions
                  size="small"
                  column={2}
                  items={[
                    {
                      key: 'snap',
                      label: '受理时结论',
                      children: snapshot?.outcomeName ? <OutcomeTag outcome={snapshot.outcome} name={snapshot.outcomeName} /> : '—',
                    },
                    { key: 'snapAmount', label: '受理时估算（元/月）', children: formatYuan(snapshot?.estimatedMonthlyFen) },
                    { key: 'live', label: '按当前台账', children: live ? <OutcomeTag outcome={live.outcome} name={live.outcomeName} /> : '—' },
                    { key: 'liveAmount', label: '当前估算（元/月）', children: formatYuan(live?.estimatedMonthlyFen) },
                    ...(live?.missingFacts.length ? [{ key: 'missing', label: '缺少信息', span: 2, children: live.missingFacts.join('、') }] : []),
                    ...(live?.excludedBy ? [{ key: 'excluded', label: '互斥排除', span: 2, children: live.excludedBy }] : []),
                  ]}
                />
              )}
              {screening.error && <Alert type="info" showIcon style={{ marginTop: 8 }} title={`无法按当前台账筛查：${errorText(screening.error)}`} />}
              {screening.loading && <Spin size="small" />}
              {live && live.trace.length > 0 && (
                <div style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">判断过程</Typography.Text>
                  <ScrollablePre
                    label="判断过程"
                    maxHeight={240}
                    style={{ margin: '4px 0 0', fontFamily: 'inherit', background: '#fafafa', padding: 8, borderRadius: 6 }}
                  >
                    {live.trace.join('\n')}
                  </ScrollablePre>
                </div>
              )}
            </ContentCard>
            <ContentCard title="申请材料">
              <MaterialsList materials={detail.materials} shared={shared} />
            </ContentCard>
          </Flex>
        </Col>
        <Col span={10}>
          <Flex vertical gap={16}>
            <ContentCard title={`督办（${detail.supervisions.length}）`}>
              {detail.supervisions.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未督办" />}
              <Flex vertical gap={12}>
                {detail.supervisions.map((s) => (
                  <div key={s.id} style={{ borderLeft: '3px solid #ff7a45', paddingLeft: 10 }}>
                    <Space size={6} wrap>
                      <Tag color="volcano">{s.levelName}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {s.issuedByName} · {formatDateTime(s.issuedAt)} · {s.answerDue} 前答复
                      </Typography.Text>
                    </Space>
                    <div>{s.message}</div>
                    {s.response ? (
                      <Typography.Text type="success" style={{ display: 'block' }}>
                        答复：{s.response}（{s.respondedByName}，{formatDateTime(s.respondedAt)}）
                      </Typography.Text>
                    ) : handles ? (
                      <Space.Compact style={{ width: '100%', marginTop: 6 }}>
                        <Input
                          placeholder="答复督办意见"
                          value={answers[s.id] ?? ''}
                          onChange={(e) => setAnswers((a) => ({ ...a, [s.id]: e.target.value }))}
                          maxLength={1000}
                        />
                        <Button type="primary" onClick={() => void sendAnswer(s.id)}>
                          答复
                        </Button>
                      </Space.Compact>
                    ) : (
                      <Typography.Text type="warning">待{r.departmentName}答复</Typography.Text>
                    )}
                  </div>
                ))}
              </Flex>
            </ContentCard>
            {detail.extensions.length > 0 && (
              <ContentCard title="延期申请">
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={detail.extensions}
                  columns={[
                    { title: '天数', dataIndex: 'days', width: 56, render: (d: number) => `${d} 日` },
                    { title: '理由', dataIndex: 'reason' },
                    {
                      title: '审批',
                      key: 'status',
                      width: 110,
                      render: (_, e) => {
                        const [label, color] = EXTENSION_STATUS[e.status] ?? [e.status, 'default'];
                        return (
                          <Space orientation="vertical" size={0}>
                            <Tag color={color}>{label}</Tag>
                            {e.decidedByName && (
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {e.decidedByName}
                              </Typography.Text>
                            )}
                          </Space>
                        );
                      },
                    },
                  ]}
                />
              </ContentCard>
            )}
            <ContentCard title="办理过程">
              <HistoryTimeline history={detail.history} />
            </ContentCard>
          </Flex>
        </Col>
      </Row>

      <SuperviseModal open={superviseDialog.isOpen} referral={r} onClose={superviseDialog.close} onDone={reload} />
    </PageContainer>
  );
}

/** The household as far as the user may see it: full detail (members) or what the referral carries. */
function HouseholdView({ r, household, error }: { r: Referral; household?: IntakeHouseholdQuery['household'] | null; error?: unknown }) {
  const shown = household ?? r;
  const head = (
    <Descriptions
      size="small"
      column={3}
      items={[
        { key: 'head', label: '户主', children: shown.headName ?? '—' },
        { key: 'area', label: '区划', children: shown.areaName ?? r.areaCode },
        { key: 'tier', label: '层级', children: <TierText tier={shown.tier} name={shown.tierName} /> },
        ...(household?.address ? [{ key: 'addr', label: '地址', span: 3, children: household.address }] : []),
      ]}
    />
  );
  if (!household) {
    return (
      <>
        {head}
        {error ? <Typography.Text type="secondary">{errorText(error)}</Typography.Text> : null}
      </>
    );
  }
  return (
    <>
      {head}
      {household.access !== 'FULL' && <Typography.Text type="secondary">仅显示共享信息。</Typography.Text>}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        style={{ marginTop: 8 }}
        dataSource={household.members.filter((m) => !m.deceased)}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (v: string, m) => (
              <Space size={4}>
                {v}
                {m.isHead && <Tag color="blue">户主</Tag>}
                {m.id === r.personId && <Tag color="purple">申请成员</Tag>}
              </Space>
            ),
          },
          { title: '身份证号', dataIndex: 'idMasked', width: 190, className: 'nowrap' },
          { title: '关系', dataIndex: 'relationName', width: 80, render: (v: string | null, m) => (m.isHead ? '户主' : (v ?? '—')) },
          { title: '年龄', dataIndex: 'age', width: 60, render: (v: number | null) => v ?? '—' },
        ]}
      />
    </>
  );
}
