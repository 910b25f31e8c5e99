import { useState, type HTMLAttributes } from 'react';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Input,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { usePaging } from '../../components/paging';
import { errorText } from '../../utils/errors';
import { REFERRALS, SIGN_REFERRALS, WORKBENCH_COUNTS } from './workflow.graphql';
import { ExportButton } from '../../components/ExportButton';
import { ClockTag, EscalationTag, ReferralStatusTag, TierText, type Referral } from './workflow-ui';
import { ACCENT } from '../../theme';

type TabKey = 'pendingSign' | 'processing' | 'supplement' | 'publicity' | 'amber' | 'red' | 'done';

/** Tabs by state, plus 预警 and 超期 by clock (any open state); `?tab=` opens one (the 工作台's counts link here). */
const TABS: Array<{ key: TabKey; label: string; statuses?: string[]; level?: 'AMBER' | 'RED'; color?: string }> = [
  { key: 'pendingSign', label: '待签收', statuses: ['PENDING_SIGN'], color: ACCENT.primary },
  { key: 'processing', label: '办理中', statuses: ['PROCESSING', 'VERIFYING'] },
  { key: 'supplement', label: '补正中', statuses: ['SUPPLEMENT'] },
  { key: 'publicity', label: '公示中', statuses: ['PUBLICITY'] },
  { key: 'amber', label: '预警', level: 'AMBER', color: ACCENT.warning },
  { key: 'red', label: '超期', level: 'RED', color: ACCENT.danger },
  { key: 'done', label: '已办结', statuses: ['DONE', 'TRANSFERRED', 'RETURNED', 'WITHDRAWN'] },
];
const isTab = (k: string | null): k is TabKey => TABS.some((t) => t.key === k);

interface SignFailure {
  receiptNo: string;
  programName: string;
  message: string;
}

/** 部门工作台: the department's referrals by state, nearest deadline first, with 批量签收. */
export default function WorkbenchPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const asked = params.get('tab');
  const [tab, setTab] = useState<TabKey>(isTab(asked) ? asked : 'pendingSign');
  const [keyword, setKeyword] = useState('');
  const { page, pageSize, pagination, reset } = usePaging();
  const current = TABS.find((t) => t.key === tab)!;
  const filter = { mine: true, statuses: current.statuses ?? null, level: current.level ?? null, keyword: keyword || null };
  const { data, loading, error, refetch } = useQuery(REFERRALS, {
    variables: { filter, page, pageSize },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const counts = useQuery(WORKBENCH_COUNTS, { fetchPolicy: 'cache-and-network', context: SILENT });
  const [selected, setSelected] = useState<Referral[]>([]);
  const [failures, setFailures] = useState<SignFailure[]>([]);
  const [sign, signing] = useMutation(SIGN_REFERRALS);
  const items = data?.referrals.items ?? [];

  const chooseTab = (k: TabKey) => {
    setTab(k);
    setSelected([]);
    setFailures([]);
    reset();
  };

  const reload = async () => {
    await Promise.all([refetch(), counts.refetch()]);
  };

  const signSelected = async () => {
    setFailures([]);
    try {
      const res = await sign({ variables: { refs: selected.map((r) => ({ id: r.id, version: r.version })) }, context: SILENT });
      const results = res.data!.signReferrals;
      const ok = results.filter((x) => x.ok).length;
      const failed = results
        .filter((x) => !x.ok)
        .map((x) => {
          const r = selected.find((s) => s.id === x.id);
          return { receiptNo: r?.receiptNo ?? x.id, programName: r?.programName ?? '', message: x.message ?? '签收失败' };
        });
      setFailures(failed);
      if (ok) void message.success(`已签收 ${ok} 件${failed.length ? `，${failed.length} 件未签收` : ''}`);
      else void message.warning('所选转办单均未签收');
      setSelected([]);
      await reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<Referral> = [
    { title: '时限', key: 'clock', width: 156, render: (_, r) => <ClockTag r={r} /> },
    {
      title: '受理号',
      dataIndex: 'receiptNo',
      width: 172,
      render: (v: string, r) => <Link to={`/referrals/${r.id}`}>{v}</Link>,
    },
    {
      title: '事项',
      key: 'program',
      ellipsis: true,
      render: (_, r) => (
        <span>
          {r.programName}
          {r.personName && <Typography.Text type="secondary">（{r.personName}）</Typography.Text>}
          {r.duplicateReason && (
            <Tooltip title={`窗口说明：${r.duplicateReason}`}>
              <Tag color="warning" style={{ marginInlineStart: 4 }}>
                重复申请
              </Tag>
            </Tooltip>
          )}
        </span>
      ),
    },
    { title: '户主', dataIndex: 'headName', width: 76, render: (v: string | null) => v ?? '—' },
    { title: '区划', dataIndex: 'areaName', width: 88, ellipsis: true, render: (v: string | null, r) => v ?? r.areaCode },
    { title: '层级', key: 'tier', width: 80, render: (_, r) => <TierText tier={r.tier} name={r.tierName} /> },
    { title: '督办', key: 'esc', width: 88, render: (_, r) => <EscalationTag level={r.escalationLevel} name={r.escalationName} /> },
    {
      title: tab === 'pendingSign' ? '签收期限' : '办结期限',
      key: 'due',
      width: 100,
      className: 'nowrap',
      render: (_, r) => (tab === 'pendingSign' ? r.signDue : r.clock.level === 'DONE' ? (r.closedOn ?? '—') : r.clock.dueDate),
    },
    ...(tab === 'done' || tab === 'processing' || current.level
      ? [{ title: '状态', key: 'status', width: 100, render: (_: unknown, r: Referral) => <ReferralStatusTag r={r} /> }]
      : []),
    {
      title: '操作',
      key: 'actions',
      width: 60,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => navigate(`/referrals/${r.id}`)}>
          办理
        </Button>
      ),
    },
  ];

  const c = counts.data;
  const stat = (title: string, value: number | undefined, color: string | undefined, onClick?: () => void) => (
    <Card size="small" variant="borderless" hoverable={!!onClick} onClick={onClick} style={{ cursor: onClick ? 'pointer' : undefined }}>
      <Statistic title={title} value={value ?? '—'} styles={{ content: { color, fontSize: 26 } }} />
    </Card>
  );

  return (
    <PageContainer
      title={`部门工作台${user.departmentName ? `：${user.departmentName}` : ''}`}
      extra={
        <Space>
          {/* not in the Tabs' tabBarExtraContent: antd renders that inside role="tablist", which may only hold tabs */}
          <Input.Search
            placeholder="按受理号查找"
            allowClear
            style={{ width: 240 }}
            aria-label="受理号"
            onSearch={(v) => {
              setKeyword(v.trim());
              reset();
            }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
            刷新
          </Button>
          <ExportButton list="REFERRALS" filter={filter} />
        </Space>
      }
    >
      {!user.departmentId && <Alert type="warning" showIcon title="当前账号不属于任何部门，没有部门待办。" />}
      <Row gutter={16} data-testid="workbench-counters">
        <Col span={6}>{stat('待签收', c?.pendingSign.total, ACCENT.primary, () => chooseTab('pendingSign'))}</Col>
        <Col span={6}>{stat('办理中', c?.processing.total, undefined, () => chooseTab('processing'))}</Col>
        <Col span={6}>{stat('预警', c?.amber.total, ACCENT.warning, () => chooseTab('amber'))}</Col>
        <Col span={6}>{stat('超期', c?.red.total, ACCENT.danger, () => chooseTab('red'))}</Col>
      </Row>
      <ContentCard>
        <Tabs
          activeKey={tab}
          onChange={(k) => chooseTab(k as TabKey)}
          style={{ marginTop: -12 }}
          items={TABS.map((t) => {
            const n = t.key === 'done' ? undefined : c?.[t.key]?.total;
            return {
              key: t.key,
              label: (
                <Space size={6}>
                  {t.label}
                  {n ? <Badge count={n} size="small" color={t.color ?? ACCENT.muted} /> : null}
                </Space>
              ),
            };
          })}
        />
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        {tab === 'pendingSign' && (
          <Space style={{ marginBottom: 12 }}>
            <Popconfirm
              title={`签收所选 ${selected.length} 件转办单？`}
              description="签收后开始按事项时限计时办理。"
              okText="签收"
              cancelText="取消"
              disabled={!selected.length}
              onConfirm={() => signSelected()}
            >
              <Button type="primary" icon={<CheckOutlined />} disabled={!selected.length} loading={signing.loading}>
                批量签收{selected.length ? `（${selected.length}）` : ''}
              </Button>
            </Popconfirm>
            <Typography.Text type="secondary">签收时限 1 个工作日；签收后开始按事项时限办理。</Typography.Text>
          </Space>
        )}
        {failures.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setFailures([]) }}
            style={{ marginBottom: 12 }}
            title={`${failures.length} 件未签收`}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {failures.map((f) => (
                  <li key={f.receiptNo + f.programName}>
                    {f.receiptNo} {f.programName}：{f.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Table<Referral>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={items}
          columns={columns}
          pagination={pagination(data?.referrals.total)}
          onRow={(r) => ({ 'data-testid': `workbench-row-${r.receiptNo}-${r.programCode}` }) as HTMLAttributes<HTMLElement>}
          rowSelection={
            tab === 'pendingSign'
              ? {
                  selectedRowKeys: selected.map((r) => r.id),
                  onChange: (_keys, rows) => setSelected(rows),
                }
              : undefined
          }
        />
      </ContentCard>
    </PageContainer>
  );
}
