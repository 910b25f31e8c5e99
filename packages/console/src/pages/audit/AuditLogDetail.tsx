import { Descriptions, Table, Typography } from 'antd';
import type { AuditLogsQuery } from '../../gql/graphql';
import { ScrollBox } from '../../components/ScrollBox';

export type AuditLogRow = AuditLogsQuery['auditLogs']['items'][number];

/** Expanded row: the change itself and the request it came from. */
export function AuditLogDetail({ log }: { log: AuditLogRow }) {
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 110 } }}>
      <Descriptions.Item label="变更内容">
        {log.changes.length === 0 ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={log.changes}
            columns={[
              { title: '字段', dataIndex: 'label', width: 160 },
              { title: '变更前', dataIndex: 'before', render: (v: string | null) => v ?? '—' },
              { title: '变更后', dataIndex: 'after', render: (v: string | null) => v ?? '—' },
            ]}
          />
        )}
      </Descriptions.Item>
      <Descriptions.Item label="说明">
        {log.details.length === 0 ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <ScrollBox label="说明" maxHeight={320}>
            <Descriptions
              size="small"
              column={1}
              items={log.details.map((d) => ({ key: d.key, label: d.label, children: <span style={{ wordBreak: 'break-all' }}>{d.value}</span> }))}
            />
          </ScrollBox>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="操作代码">
        <Typography.Text code>{log.action}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="对象">
        {log.entityType ?? '—'}
        {log.entityId && (
          <>
            {' · '}
            <Typography.Text copyable>{log.entityId}</Typography.Text>
          </>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="请求编号">
        <Typography.Text copyable={!!log.requestId}>{log.requestId ?? '—'}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="浏览器">{log.userAgent ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="哈希">
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {log.hash}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
