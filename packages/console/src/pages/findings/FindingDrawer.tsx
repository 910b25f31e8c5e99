import { Alert, Button, Descriptions, Drawer, Empty, Flex, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import type { FindingQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../utils/datetime';
import { enumLabel } from '../../utils/enums';
import { errorText } from '../../utils/errors';
import { FINDING } from './findings.graphql';
import { DueDate, SeverityTag, StatusTag } from './finding-ui';

type Detail = FindingQuery['finding'];
type Source = Detail['sources'][number];

/**
 * 依据: one finding with the evidence lines and sources the cross-check recorded, its review and the
 * department's handling, and the subject's earlier findings. `actions` (属实 / 排除) for a pending finding.
 */
export function FindingDrawer(props: { id: string | undefined; open: boolean; onClose: () => void; actions?: (f: Detail) => React.ReactNode }) {
  const { data, loading, error } = useQuery(FINDING, {
    variables: { id: props.id ?? '' },
    skip: !props.id,
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const f = data?.finding;
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      size={600}
      title={f ? `疑点依据：${f.ruleNo}. ${f.ruleName}` : '疑点依据'}
      extra={f && props.actions?.(f)}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {loading && !f && <Spin />}
      {f && (
        <Flex vertical gap={20}>
          <Alert type={f.status === 'PENDING' ? 'warning' : 'info'} showIcon title={f.summary} />
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'person', label: '对象', children: `${f.personName ?? '—'} ${f.idMasked ?? ''}` },
              { key: 'area', label: '村社', children: [f.townName, f.areaName].filter(Boolean).join(' ') || f.areaCode },
              { key: 'program', label: '救助事项', children: f.programName ?? '—' },
              { key: 'dept', label: '主管部门', children: f.departmentName ?? '—' },
              { key: 'severity', label: '严重程度', children: <SeverityTag severity={f.severity} /> },
              { key: 'status', label: '状态', children: <StatusTag status={f.status} /> },
              { key: 'created', label: '发现时间', children: formatDateTime(f.createdAt) },
              { key: 'due', label: '复核截止', children: <DueDate finding={f} /> },
              ...(f.decidedAt
                ? [
                    { key: 'reviewer', label: '复核', children: `${f.reviewerName ?? ''} ${formatDateTime(f.decidedAt)}` },
                    { key: 'reason', label: '意见或理由', children: f.reason ?? '—' },
                  ]
                : []),
              ...(f.taskStatus
                ? [
                    {
                      key: 'task',
                      label: '部门处理',
                      span: 2,
                      children: (
                        <Space wrap>
                          <Tag color={f.taskStatus === 'PENDING' ? 'orange' : 'green'}>{enumLabel('FindingTaskStatus', f.taskStatus)}</Tag>
                          {f.taskOutcome && <span>{enumLabel('FindingTaskOutcome', f.taskOutcome)}</span>}
                          {f.taskNote && <span>{f.taskNote}</span>}
                          {f.taskDoneAt && (
                            <Typography.Text type="secondary">
                              {f.taskDoneByName} {formatDateTime(f.taskDoneAt)}
                            </Typography.Text>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <section aria-label="依据">
            <Typography.Title level={5}>依据{f.evidenceAsOf ? `（比对日期 ${f.evidenceAsOf}）` : ''}</Typography.Title>
            <Descriptions
              size="small"
              column={1}
              bordered
              styles={{ label: { width: 160 } }}
              items={f.evidence.map((e, i) => ({ key: String(i), label: e.label, children: e.value }))}
            />
          </section>
          <section aria-label="数据来源">
            <Typography.Title level={5}>数据来源</Typography.Title>
            <Table<Source>
              rowKey={(s) => `${s.dataset}-${s.batchId ?? ''}-${s.line ?? ''}`}
              size="small"
              pagination={false}
              dataSource={f.sources}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有记录数据来源" /> }}
              columns={[
                { title: '数据', dataIndex: 'datasetName' },
                {
                  title: '导入批次',
                  dataIndex: 'batchId',
                  width: 150,
                  render: (v: string | null, s) => (v ? `${v.slice(0, 8)}${s.line ? ` 第 ${s.line} 行` : ''}` : '—'),
                },
                { title: '导入时间', dataIndex: 'at', width: 160, render: (v: string | null) => formatDateTime(v) },
              ]}
            />
          </section>
          {(f.history?.length ?? 0) > 0 && (
            <section aria-label="此前的疑点">
              <Typography.Title level={5}>同一对象此前的疑点</Typography.Title>
              <List
                size="small"
                dataSource={f.history ?? []}
                renderItem={(h) => (
                  <List.Item>
                    <Flex vertical gap={2}>
                      <Space>
                        <StatusTag status={h.status} />
                        <Typography.Text type="secondary">{formatDate(h.createdAt)}</Typography.Text>
                      </Space>
                      <span>{h.summary}</span>
                      {h.reason && <Typography.Text type="secondary">{h.reason}</Typography.Text>}
                    </Flex>
                  </List.Item>
                )}
              />
            </section>
          )}
          <Button onClick={props.onClose} style={{ alignSelf: 'flex-start' }}>
            关闭
          </Button>
        </Flex>
      )}
    </Drawer>
  );
}
