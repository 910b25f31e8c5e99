import { DatePicker, Form, Input, Select, Table, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useRoleCatalogue } from '../../components/RoleSelect';
import { SearchBar } from '../../components/SearchBar';
import { ExportButton } from '../../components/ExportButton';
import { useFilters } from '../../components/paging';
import type { AuditLogFilterInput } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { AuditLogDetail, type AuditLogRow } from './AuditLogDetail';
import { useAuditVerify } from './AuditVerifyPanel';
import { AUDIT_ACTIONS, AUDIT_LOGS } from './audit.graphql';
import { VisuallyHidden } from '../../components/VisuallyHidden';

interface FilterValues {
  keyword?: string;
  actorName?: string;
  action?: string;
  entityType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter({ range, ...rest }: FilterValues): AuditLogFilterInput {
  return {
    ...rest,
    from: range?.[0]?.toISOString() ?? null,
    to: range?.[1]?.toISOString() ?? null,
  };
}

const dash = (v?: string | null) => v || '—';

export default function AuditPage() {
  const { filters, setFilters, page, pageSize, pagination } = useFilters<AuditLogFilterInput>({});
  const { data, loading } = useQuery(AUDIT_LOGS, {
    variables: { filter: filters, page, pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const actions = useQuery(AUDIT_ACTIONS);
  const { roleName } = useRoleCatalogue();
  const verify = useAuditVerify();

  return (
    <PageContainer title="操作日志" extra={verify.button}>
      {verify.result}
      <ContentCard>
        <SearchBar<FilterValues> onSearch={(v) => setFilters(toFilter(v))} extra={<ExportButton list="AUDIT_LOGS" filter={filters} />}>
          <Form.Item name="keyword" label="关键字">
            <Input placeholder="对象编号、请求编号等" allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="actorName" label="操作人">
            <Input allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="action" label="操作">
            <Select
              allowClear
              placeholder="全部操作"
              style={{ width: 180 }}
              loading={actions.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(actions.data?.auditActions ?? []).map((a) => ({ value: a.code, label: a.name }))}
            />
          </Form.Item>
          <Form.Item name="entityType" label="对象类型">
            <Input placeholder="如 User" allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="range" label="时间">
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 320 }} />
          </Form.Item>
        </SearchBar>
        <Table<AuditLogRow>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.auditLogs.items ?? []}
          pagination={pagination(data?.auditLogs.total)}
          expandable={{ columnTitle: <VisuallyHidden>详情</VisuallyHidden>, expandedRowRender: (log) => <AuditLogDetail log={log} /> }}
          scroll={{ x: 1120 }}
          columns={[
            { title: '序号', dataIndex: 'pos', width: 80, align: 'right' },
            { title: '时间', dataIndex: 'at', width: 170, className: 'nowrap', render: formatDateTime },
            { title: '操作人', dataIndex: 'actorName', width: 100 },
            { title: '角色', dataIndex: 'role', width: 120, render: (v?: string | null) => (v ? roleName(v) : '—') },
            { title: '区划', dataIndex: 'areaName', width: 120, render: (v: string | null, l) => v ?? l.areaCode },
            {
              title: '操作',
              dataIndex: 'actionName',
              width: 150,
              render: (v: string, log) => (
                <Tooltip title={log.action}>
                  <span>{v || log.action}</span>
                </Tooltip>
              ),
            },
            { title: '对象类型', dataIndex: 'entityType', width: 110, render: dash },
            {
              title: '对象编号',
              dataIndex: 'entityId',
              ellipsis: true,
              render: (v?: string | null) => (v ? <Typography.Text copyable={{ text: v }}>{v}</Typography.Text> : '—'),
            },
            { title: 'IP 地址', dataIndex: 'ip', width: 130, render: dash },
          ]}
        />
      </ContentCard>
    </PageContainer>
  );
}
