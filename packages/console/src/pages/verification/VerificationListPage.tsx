import { Alert, Button, Checkbox, Flex, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { AreaCascader } from '../../components/AreaCascader';
import { emptyText } from '../../components/emptyText';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useFilters } from '../../components/paging';
import { ExportButton } from '../../components/ExportButton';
import { SearchBar } from '../../components/SearchBar';
import type { VerificationFilterInput, VerificationListFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../utils/datetime';
import { enumOptions } from '../../utils/enums';
import { errorText } from '../../utils/errors';
import { VERIFICATIONS } from './verification.graphql';
import { VerificationDue, VerificationStatusTag } from './verification-ui';

type Row = VerificationListFieldsFragment;
type Filters = Pick<VerificationFilterInput, 'status' | 'areaCode' | 'overdue' | 'search'>;

const columns: TableColumnsType<Row> = [
  {
    title: '核查编号',
    dataIndex: 'no',
    width: 190,
    className: 'nowrap',
    render: (v: string, r) => <Link to={`/verifications/${r.id}`}>{v}</Link>,
  },
  {
    title: '户主',
    dataIndex: 'headName',
    width: 100,
    render: (v: string | null, r) => <Link to={`/ledger/${r.householdId}`}>{v ?? '—'}</Link>,
  },
  { title: '区划', dataIndex: 'areaName', ellipsis: true, render: (v: string | null, r) => v ?? r.areaCode },
  {
    title: '发起来源',
    key: 'source',
    width: 96,
    render: (_, r) => (r.referralId ? <Link to={`/referrals/${r.referralId}`}>转办单</Link> : '窗口'),
  },
  { title: '状态', dataIndex: 'status', width: 96, render: (v: string) => <VerificationStatusTag status={v} /> },
  { title: '期限', key: 'due', width: 150, render: (_, r) => <VerificationDue v={r} /> },
  {
    title: '起草人 / 复核人',
    key: 'people',
    width: 150,
    render: (_, r) => (
      <Flex vertical gap={0}>
        <span>起草：{r.draftedByName ?? '—'}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          复核：{r.approvedByName ?? '—'}
        </Typography.Text>
      </Flex>
    ),
  },
  {
    title: '发起',
    key: 'started',
    width: 110,
    render: (_, r) => (
      <Flex vertical gap={0}>
        <span>{r.startedByName ?? '—'}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} className="nowrap">
          {formatDate(r.startedAt)}
        </Typography.Text>
      </Flex>
    ),
  },
  {
    title: '操作',
    key: 'actions',
    width: 64,
    render: (_, r) => {
      const text = r.status === 'APPROVED' || r.status === 'CANCELLED' ? '查看' : '办理';
      return (
        <Link to={`/verifications/${r.id}`} aria-label={`${text} ${r.no}`}>
          {text}
        </Link>
      );
    },
  },
];

/** 核查任务 (ADR 0023): verifications of the user's scope — filters, deadlines, links to the detail. */
export default function VerificationListPage() {
  const { filters, setFilters, page, pageSize, pagination } = useFilters<Filters>({});
  const { data, loading, error, refetch } = useQuery(VERIFICATIONS, {
    variables: { filter: filters, page, pageSize },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  return (
    <PageContainer
      title="核查任务"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
          刷新
        </Button>
      }
    >
      <ContentCard>
        <SearchBar<Filters>
          onSearch={(v) => setFilters({ ...v, overdue: v.overdue || undefined })}
          extra={<ExportButton list="VERIFICATIONS" filter={filters} />}
        >
          <Form.Item name="search" label="户主/编号">
            <Input allowClear placeholder="户主姓名或核查编号" style={{ width: 190 }} />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select allowClear placeholder="全部" options={enumOptions('VerificationStatus')} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="areaCode" label="区划">
            <AreaCascader style={{ width: 200 }} placeholder="全部区划" />
          </Form.Item>
          <Form.Item name="overdue" valuePropName="checked">
            <Checkbox>只看逾期</Checkbox>
          </Form.Item>
        </SearchBar>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          在家庭详情或转办单上发起核查，自发起之日起 10 个工作日内完成；一人起草结论、另一人复核后出具核查报告，报告在有效期内各部门互认。
        </Typography.Paragraph>
        <Table<Row>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={data?.verifications.items ?? []}
          columns={columns}
          pagination={pagination(data?.verifications.total)}
          locale={{ emptyText: emptyText('没有符合条件的核查任务') }}
        />
      </ContentCard>
    </PageContainer>
  );
}
