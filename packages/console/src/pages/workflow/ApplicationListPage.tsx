import { App, Badge, Button, Form, Input, Progress, Segmented, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { SearchBar } from '../../components/SearchBar';
import { useFilters } from '../../components/paging';
import { ExportButton } from '../../components/ExportButton';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { ApplicationFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { APPLICATIONS, PENDING_PRE_COUNT, REJECT_PRE_APPLICATION } from './workflow.graphql';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_OPTIONS, detailOr } from './workflow-ui';
import { AdvanceReliefModal, AdvanceReliefTag, lateUrgent } from './AdvanceRelief';
import { contactLine } from './contact';
import styles from './workflow.module.css';
import { VisuallyHidden } from '../../components/VisuallyHidden';

type Application = ApplicationFieldsFragment;
type Filters = { statuses?: string[]; keyword?: string };
type View = 'all' | 'pre';

/** 申请管理: applications of the user's area; 待确认预申请 (portal / informants) to confirm or refuse. */
export default function ApplicationListPage() {
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  // 工作台's 待确认线索 opens the pre-applications: ?view=pre
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'pre' ? 'pre' : 'all';
  const setView = (v: View) => setParams(v === 'pre' ? { view: 'pre' } : {}, { replace: true });
  const { filters, setFilters, page, pageSize, pagination, reset } = useFilters<Filters>({});
  const effective = view === 'pre' ? { ...filters, statuses: ['PENDING_CONFIRM'] } : filters;
  const { data, loading, refetch } = useQuery(APPLICATIONS, {
    variables: { filter: effective, page, pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const preCount = useQuery(PENDING_PRE_COUNT, { fetchPolicy: 'cache-and-network' });
  const rejectDialog = useDialog<Application>();
  const [reject] = useMutation(REJECT_PRE_APPLICATION);
  const writable = can('APPLICATION_WRITE');
  const mayGrant = can('RELIEF_ADVANCE');
  const reliefDialog = useDialog<Application>();

  const columns: TableColumnsType<Application> = [
    {
      title: '受理号',
      dataIndex: 'receiptNo',
      width: 168,
      render: (v: string | null, a) => (
        <div>
          {v ? <Link to={`/applications/${a.id}`}>{v}</Link> : <Typography.Text type="secondary">（待确认）</Typography.Text>}
          {a.urgent && (
            <div>
              <Tooltip title={lateUrgent(a) ? '急难情形应当日处理，已超过当日' : '急难情形，绿色通道'}>
                <Tag color={lateUrgent(a) ? 'red' : 'green'} icon={<ThunderboltOutlined />} style={{ marginInlineEnd: 0, marginTop: 2 }}>
                  {lateUrgent(a) ? '绿色通道·超过当日' : '绿色通道'}
                </Tag>
              </Tooltip>
            </div>
          )}
          {a.advanceRelief && (
            <div>
              <AdvanceReliefTag relief={a.advanceRelief} />
            </div>
          )}
        </div>
      ),
    },
    {
      title: '户主/联系人',
      key: 'who',
      width: 100,
      render: (_, a) => (a.householdId && a.headName ? <Link to={`/ledger/${a.householdId}`}>{a.headName}</Link> : detailOr(a.access, a.contact?.name)),
    },
    { title: '区划', dataIndex: 'areaName', width: 96, ellipsis: true, render: (v: string | null, a) => v ?? a.areaCode },
    {
      title: '事项',
      key: 'programs',
      ellipsis: { showTitle: false },
      render: (_, a) => {
        const names = [...new Set(a.requested.map((r) => r.programName))].join('、');
        return <Tooltip title={names}>{names || '—'}</Tooltip>;
      },
    },
    {
      title: '状态 · 渠道',
      dataIndex: 'status',
      width: 112,
      render: (_: string, a) => (
        <div>
          <Tag color={APPLICATION_STATUS_COLORS[a.status]} style={{ marginInlineEnd: 0 }}>
            {a.statusName}
          </Tag>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {a.channelName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '办理进度',
      key: 'progress',
      width: 100,
      render: (_, a) =>
        a.referralCount ? (
          <Progress
            size="small"
            aria-label={`办理进度：${a.doneCount} / ${a.referralCount} 个事项已办结`}
            percent={Math.round((a.doneCount / a.referralCount) * 100)}
            format={() => `${a.doneCount}/${a.referralCount}`}
            status={a.doneCount === a.referralCount ? 'success' : 'normal'}
          />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '受理（报送）时间',
      key: 'at',
      width: 158,
      className: 'nowrap',
      render: (_, a) => formatDateTime(a.acceptedAt ?? a.createdAt),
    },
    {
      title: '操作',
      key: 'actions',
      width: 176,
      render: (_, a) => {
        const relief =
          mayGrant && a.urgent && !a.advanceRelief && (a.status === 'PENDING_CONFIRM' || a.status === 'ACCEPTED') ? (
            <Button type="link" size="small" onClick={() => reliefDialog.open(a)}>
              先行救助
            </Button>
          ) : null;
        return a.status === 'PENDING_CONFIRM' && writable ? (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => navigate(`/applications/new?pre=${a.id}${a.householdId ? `&householdId=${a.householdId}` : ''}`)}>
              确认受理
            </Button>
            <Button type="link" size="small" danger onClick={() => rejectDialog.open(a)}>
              不予受理
            </Button>
            {relief}
            <Button type="link" size="small" onClick={() => navigate(`/applications/${a.id}`)}>
              详情
            </Button>
          </Space>
        ) : a.receiptNo ? (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => navigate(`/applications/${a.id}`)}>
              查看
            </Button>
            {relief}
          </Space>
        ) : null;
      },
    },
  ];

  return (
    <PageContainer
      title="申请管理"
      extra={
        writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/applications/new')}>
            受理登记
          </Button>
        )
      }
    >
      <ContentCard>
        <Segmented<View>
          value={view}
          onChange={(v) => {
            setView(v);
            reset();
          }}
          style={{ marginBottom: 16 }}
          options={[
            { value: 'all', label: '全部申请' },
            {
              value: 'pre',
              label: (
                <Space size={6}>
                  待确认预申请
                  <Badge count={preCount.data?.applications.total ?? 0} size="small" />
                </Space>
              ),
            },
          ]}
        />
        <SearchBar<Filters> onSearch={setFilters} extra={<ExportButton list="APPLICATIONS" filter={effective} />}>
          <Form.Item name="keyword" label="关键字">
            <Input placeholder="受理号或户主/联系人姓名" allowClear style={{ width: 220 }} />
          </Form.Item>
          {view === 'all' && (
            <Form.Item name="statuses" label="状态">
              <Select mode="multiple" allowClear placeholder="全部" options={APPLICATION_STATUS_OPTIONS} style={{ width: 260 }} />
            </Form.Item>
          )}
        </SearchBar>
        <Table<Application>
          rowKey="id"
          loading={loading}
          dataSource={data?.applications.items ?? []}
          pagination={pagination(data?.applications.total)}
          columns={columns}
          rowClassName={(a) => (a.urgent && a.status === 'PENDING_CONFIRM' ? styles.urgentRow : '')}
          expandable={{
            columnTitle: <VisuallyHidden>说明</VisuallyHidden>,
            rowExpandable: (a) => !!a.description || !!a.rejectReason,
            expandedRowRender: (a) => (
              <Space orientation="vertical" size={2}>
                {a.description && <span>情况说明：{a.description}</span>}
                {a.contact && <span>{contactLine(a)}</span>}
                {a.rejectReason && <span>不予受理理由：{a.rejectReason}</span>}
              </Space>
            ),
          }}
        />
      </ContentCard>
      <TextFormModal
        open={rejectDialog.isOpen}
        title={`不予受理：${rejectDialog.target?.contact?.name ?? rejectDialog.target?.headName ?? ''}`}
        okText="不予受理"
        name="reason"
        label="理由"
        required="请说明不予受理的理由"
        maxLength={500}
        placeholder="如：不属于本镇街管辖；经核实已享受同类救助等"
        onCancel={rejectDialog.close}
        onSubmit={async (reason) => {
          await reject({ variables: { id: rejectDialog.target!.id, reason }, context: SILENT });
          void message.success('已不予受理，理由将告知申请人');
          rejectDialog.close();
          void refetch();
          void preCount.refetch();
        }}
      />
      <AdvanceReliefModal
        open={reliefDialog.isOpen}
        target={reliefDialog.target}
        onCancel={reliefDialog.close}
        onDone={(text) => {
          void message.success(text);
          reliefDialog.close();
          void refetch();
        }}
      />
    </PageContainer>
  );
}
