import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useAccess } from '../../auth/CurrentUserContext';
import { AreaCascader } from '../../components/AreaCascader';
import { FormModal } from '../../components/FormModal';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useFilters } from '../../components/paging';
import type { PublicityEntriesQuery, PublicityStatus } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { formatDateTime } from '../../utils/datetime';
import { PUBLICITY_ENTRIES, PUBLICITY_OBJECTIONS, RECORD_PUBLICITY_OBJECTION } from './publicity.graphql';

type Entry = PublicityEntriesQuery['publicityEntries']['items'][number];

const STATUS_OPTIONS: Array<{ value: PublicityStatus; label: string }> = [
  { value: 'ACTIVE', label: '公示中' },
  { value: 'OBJECTED', label: '有异议' },
  { value: 'ENDED', label: '已期满撤下' },
  { value: 'WITHDRAWN', label: '已撤下' },
];

const STATUS_COLOR: Record<string, string> = { ACTIVE: 'processing', OBJECTED: 'warning', ENDED: 'default', WITHDRAWN: 'default' };

interface ObjectionForm {
  content: string;
  contactName?: string;
  contactPhone?: string;
}

/**
 * 公示管理: what is (and was) published on the portal for the user's area — masked exactly as the public sees it —
 * with status, period and objections; windows record objections received in person (登记异议), windows and
 * department officers print the notice for the village board (打印公示, full names, logged).
 */
export default function PublicityPage() {
  const { can } = useAccess();
  const { message } = App.useApp();
  const { filters, setFilters, page, pageSize, pagination } = useFilters<{ status?: PublicityStatus; areaCode?: string }>({ status: 'ACTIVE' });
  const [printArea, setPrintArea] = useState<string | undefined>();
  const [objecting, setObjecting] = useState<Entry | null>(null);
  const { data, loading, error, refetch } = useQuery(PUBLICITY_ENTRIES, {
    variables: { page, pageSize, status: filters.status ?? null, areaCode: filters.areaCode ?? null },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const [record] = useMutation(RECORD_PUBLICITY_OBJECTION, { context: SILENT });
  const canObject = can('APPLICATION_WRITE');
  const canPrint = can('PUBLICITY_PRINT');
  const printable = !!printArea && printArea.slice(6) !== '000000';

  return (
    <PageContainer
      title="公示管理"
      extra={
        canPrint && (
          <Space wrap>
            <AreaCascader
              value={printArea}
              onChange={setPrintArea}
              maxLevel={3}
              placeholder="选择村社或镇街"
              aria-label="打印公示的村社或镇街"
              style={{ width: 220 }}
            />
            <Tooltip title={printable ? '打印张贴用的公示（含完整姓名，记入操作日志）' : '请先选择村社或镇街'}>
              <Button
                icon={<PrinterOutlined />}
                disabled={!printable}
                onClick={() => window.open(`/api/publicity/notice.pdf?areaCode=${encodeURIComponent(printArea ?? '')}`, '_blank', 'noopener')}
              >
                打印公示
              </Button>
            </Tooltip>
          </Space>
        )
      }
    >
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          拟批准的低保、特困等事项在公示期内于“协救·便民服务”网上公示（仅脱敏姓名、村组、保障人数和金额），期满自动撤下。
          群众提出异议后，该条公示撤下，转办单退回办理中重新调查。
        </Typography.Paragraph>
        <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
          <Space>
            <span>状态</span>
            <Select
              allowClear
              placeholder="全部状态"
              style={{ width: 150 }}
              value={filters.status}
              onChange={(v) => setFilters({ ...filters, status: v })}
              options={STATUS_OPTIONS}
              aria-label="公示状态"
            />
          </Space>
          <Space>
            <span>区域</span>
            <AreaCascader
              value={filters.areaCode}
              onChange={(v) => setFilters({ ...filters, areaCode: v })}
              maxLevel={3}
              placeholder="本辖区全部"
              aria-label="公示区域"
              style={{ width: 220 }}
            />
          </Space>
          <ExportButton list="PUBLICITY_ENTRIES" filter={filters} />
        </Flex>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Table<Entry>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={data?.publicityEntries.items ?? []}
          pagination={pagination(data?.publicityEntries.total)}
          scroll={{ x: 1090 }}
          expandable={{
            rowExpandable: (e) => e.objectionCount > 0,
            expandedRowRender: (e) => <Objections entryId={e.id} />,
          }}
          columns={[
            { title: '姓名（公示）', dataIndex: 'nameMasked', width: 100 },
            { title: '村组', dataIndex: 'areaName', width: 140 },
            { title: '救助事项', dataIndex: 'programName', width: 120 },
            { title: '保障人数', dataIndex: 'householdSize', width: 80, render: (n: number) => `${n} 人` },
            {
              title: '月救助金额',
              dataIndex: 'amount',
              width: 100,
              render: (v: number | null) => (v === null ? <Typography.Text type="secondary">不公示</Typography.Text> : `${v.toFixed(2)} 元`),
            },
            { title: '公示期', width: 200, render: (_: unknown, e) => `${e.startsOn} 至 ${e.endsOn}` },
            {
              title: '状态',
              width: 100,
              render: (_: unknown, e) => (
                <Flex vertical gap={2}>
                  <span>
                    <Tag color={STATUS_COLOR[e.status]}>{e.statusName}</Tag>
                  </span>
                  {e.status === 'ACTIVE' && !e.isPublic && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      已过公示期，待撤下
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: '异议',
              dataIndex: 'objectionCount',
              width: 60,
              render: (n: number) => (n ? <Typography.Text type="warning">{n} 条</Typography.Text> : '—'),
            },
            {
              title: '操作',
              width: 150,
              render: (_: unknown, e) => (
                <Space size={0}>
                  <Link to={`/referrals/${e.referralId}`}>
                    <Button type="link" size="small">
                      转办单
                    </Button>
                  </Link>
                  {canObject && (e.status === 'ACTIVE' || e.status === 'ENDED') && (
                    <Button type="link" size="small" onClick={() => setObjecting(e)}>
                      登记异议
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </ContentCard>
      <FormModal<ObjectionForm>
        open={!!objecting}
        title={`登记公示异议：${objecting?.nameMasked ?? ''}（${objecting?.programName ?? ''}）`}
        okText="登记异议"
        onCancel={() => setObjecting(null)}
        onSubmit={async (v) => {
          await record({
            variables: {
              entryId: objecting!.id,
              content: v.content.trim(),
              contactName: v.contactName?.trim() || null,
              contactPhone: v.contactPhone?.trim() || null,
            },
          });
          message.success('异议已登记，转办单已退回办理中重新调查');
          setObjecting(null);
          await refetch();
        }}
      >
        <Alert type="warning" showIcon title="登记后该条公示立即撤下，转办单退回主管部门重新调查。" style={{ marginBottom: 16 }} />
        <Form.Item name="content" label="异议内容" rules={[{ required: true, whitespace: true, message: '请填写异议内容' }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="反映的具体情况" />
        </Form.Item>
        <Form.Item name="contactName" label="反映人">
          <Input maxLength={50} placeholder="可不填（匿名）" />
        </Form.Item>
        <Form.Item name="contactPhone" label="联系电话">
          <Input maxLength={20} placeholder="可不填" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}

/** The objections of one entry (expanded row); the objector's contact only for windows and department officers. */
function Objections({ entryId }: { entryId: string }) {
  const { data, loading, error } = useQuery(PUBLICITY_OBJECTIONS, { variables: { entryId }, fetchPolicy: 'cache-and-network', context: SILENT });
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading && !data}
      pagination={false}
      dataSource={data?.publicityObjections ?? []}
      columns={[
        { title: '时间', dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
        { title: '来源', dataIndex: 'sourceName', width: 130 },
        { title: '异议内容', dataIndex: 'content' },
        {
          title: '反映人',
          width: 180,
          render: (_: unknown, o) => (o.contactName || o.contactPhoneMasked ? [o.contactName, o.contactPhoneMasked].filter(Boolean).join(' ') : '—'),
        },
        { title: '登记人', dataIndex: 'recordedByName', width: 140 },
      ]}
    />
  );
}
