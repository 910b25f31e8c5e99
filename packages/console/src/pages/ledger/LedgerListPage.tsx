import { enumOptions } from '../../utils/enums';
import { Button, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { PROGRAM_NAMES } from '@xiejiu/rules';
import { useCan } from '../../auth/CurrentUserContext';
import { AreaCascader } from '../../components/AreaCascader';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { SearchBar } from '../../components/SearchBar';
import { useFilters } from '../../components/paging';
import type { HouseholdFilterInput, HouseholdSummaryFieldsFragment } from '../../gql/graphql';
import { HOUSEHOLDS } from './ledger.graphql';
import { AccessBadge, BenefitTags, groupLabel, sexLabel, TIER_OPTIONS, TierTag } from './ledger-ui';
import { VisuallyHidden } from '../../components/VisuallyHidden';

type Household = HouseholdSummaryFieldsFragment;
type Filters = Pick<HouseholdFilterInput, 'keyword' | 'areaCode' | 'tier' | 'programCode' | 'benefitStatus'>;

const PROGRAM_OPTIONS = Object.entries(PROGRAM_NAMES).map(([value, label]) => ({ value, label }));

/** 户籍台账: search households in the user's scope; expand a row for its members. */
export default function LedgerListPage() {
  const can = useCan();
  const navigate = useNavigate();
  const { filters, setFilters, page, pageSize, pagination } = useFilters<Filters>({});
  const { data, loading } = useQuery(HOUSEHOLDS, {
    variables: { filter: filters, page, pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const columns: TableColumnsType<Household> = [
    { title: '村（社区）', dataIndex: 'areaName', width: 110, ellipsis: true, render: (v: string | null, h) => v ?? h.areaCode },
    { title: '组', dataIndex: 'groupNo', width: 60, render: (v: string | null) => groupLabel(v) || '—' },
    {
      title: '地址',
      dataIndex: 'address',
      ellipsis: true,
      render: (v: string | null, h) => (h.access === 'SHARED' || !v ? <Typography.Text type="secondary">—</Typography.Text> : v),
    },
    {
      title: '户主',
      dataIndex: 'headName',
      width: 90,
      render: (v: string | null, h) => <Link to={`/ledger/${h.id}`}>{v ?? '（未指定）'}</Link>,
    },
    { title: '人数', dataIndex: 'memberCount', width: 56, align: 'right' },
    { title: '层级', dataIndex: 'tier', width: 130, render: (_, h) => <TierTag tier={h.tier} reason={h.tierReason} /> },
    { title: '救助事项', key: 'benefits', width: 220, render: (_, h) => <BenefitTags benefits={h.benefits} /> },
    { title: '信息范围', dataIndex: 'access', width: 84, render: (v: string) => <AccessBadge access={v} /> },
    {
      title: '操作',
      key: 'actions',
      width: 60,
      render: (_, h) => (
        <Button type="link" size="small" onClick={() => navigate(`/ledger/${h.id}`)}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title="户籍台账"
      extra={
        <Space>
          <ExportButton list="HOUSEHOLDS" filter={filters} />
          {can('HOUSEHOLD_WRITE') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/ledger/new')}>
              一表登记
            </Button>
          )}
        </Space>
      }
    >
      <ContentCard>
        <SearchBar<Filters> onSearch={setFilters}>
          <Form.Item name="keyword" label="关键字">
            <Input placeholder="姓名、身份证号或电话" allowClear style={{ width: 190 }} />
          </Form.Item>
          <Form.Item name="areaCode" label="区划">
            <AreaCascader style={{ width: 210 }} placeholder="全部区划" />
          </Form.Item>
          <Form.Item name="tier" label="层级">
            <Select allowClear placeholder="全部" options={TIER_OPTIONS} style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="programCode" label="救助事项">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部" options={PROGRAM_OPTIONS} style={{ width: 190 }} />
          </Form.Item>
          <Form.Item name="benefitStatus" label="救助状态">
            <Select allowClear placeholder="全部" options={enumOptions('BenefitStatus')} style={{ width: 110 }} />
          </Form.Item>
        </SearchBar>
        <Table<Household>
          rowKey="id"
          loading={loading}
          dataSource={data?.households.items ?? []}
          pagination={{
            ...pagination(data?.households.total),
            // the server stops counting at a cap (totalCapped): say so instead of a wrong total
            ...(data?.households.totalCapped ? { showTotal: (t: number) => `超过 ${t} 户，请缩小查询条件` } : {}),
          }}
          columns={columns}
          expandable={{ columnTitle: <VisuallyHidden>成员</VisuallyHidden>, expandedRowRender: (h) => <MembersBrief household={h} /> }}
        />
      </ContentCard>
    </PageContainer>
  );
}

/** Expanded row: the household's current members (shared fields only). */
function MembersBrief({ household }: { household: Household }) {
  return (
    <Table<Household['members'][number]>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={household.members}
      style={{ maxWidth: 720 }}
      columns={[
        {
          title: '姓名',
          dataIndex: 'name',
          width: 120,
          render: (v: string, m) => (
            <>
              {v} {m.isHead && <Tag color="blue">户主</Tag>}
            </>
          ),
        },
        { title: '身份证号', dataIndex: 'idMasked', width: 190, className: 'nowrap' },
        { title: '与户主关系', dataIndex: 'relationName', width: 100, render: (v: string | null) => v ?? '—' },
        { title: '性别', dataIndex: 'sex', width: 60, render: sexLabel },
        { title: '年龄', dataIndex: 'age', width: 60, render: (v: number | null) => v ?? '—' },
        { title: '状态', dataIndex: 'deceased', width: 80, render: (d: boolean) => (d ? <Tag>已故</Tag> : '') },
      ]}
    />
  );
}
