import { Descriptions, Typography } from 'antd';
import type { AuditLogsQuery } from '../../gql/graphql';
import { ScrollablePre } from '../../components/ScrollBox';

export type AuditLogRow = AuditLogsQuery['auditLogs']['items'][number];

/** Expanded row: the change itself and the request it came from. */
export function AuditLogDetail({ log }: { log: AuditLogRow }) {
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 110 } }}>
      <Descriptions.Item label="变更内容">
        {log.diff == null ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <ScrollablePre label="变更内容" maxHeight={320} style={{ margin: 0, fontSize: 12, wordBreak: 'break-all' }}>
            {JSON.stringify(log.diff, null, 2)}
          </ScrollablePre>
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
