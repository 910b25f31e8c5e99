import { Flex, Progress, Tag, Typography, type TableColumnType } from 'antd';
import { formatDateTime } from '../../utils/datetime';

/** Columns shared by the background-job lists (后台任务, 复核任务, 模拟测算). */
interface JobRow {
  createdAt: string;
  requestedByName: string;
  status: string;
  statusName: string;
  progress: number;
  processed: number;
  total: number;
}

const STATUS_COLORS: Record<string, string> = { QUEUED: 'default', RUNNING: 'processing', DONE: 'success', FAILED: 'error', CANCELLED: 'warning' };

export const isJobActive = (status: string | undefined) => status === 'QUEUED' || status === 'RUNNING';

export function requestedColumn<T extends JobRow>(): TableColumnType<T> {
  return {
    title: '发起',
    dataIndex: 'createdAt',
    width: 150,
    render: (v: string, j) => (
      <Flex vertical gap={0}>
        <span>{formatDateTime(v)}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {j.requestedByName}
        </Typography.Text>
      </Flex>
    ),
  };
}

/** Progress bar and `processed / total` with its unit (households unless the job counts something else). */
export function progressColumn<T extends JobRow>(unit: (j: T) => string = () => '户'): TableColumnType<T> {
  return {
    title: '进度',
    width: 170,
    render: (_: unknown, j) => (
      <Flex vertical gap={0}>
        <Progress
          percent={j.progress}
          size="small"
          aria-label={`进度 ${j.progress}%`}
          status={j.status === 'FAILED' ? 'exception' : j.status === 'DONE' ? 'success' : 'active'}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {j.processed} / {j.total} {unit(j)}
        </Typography.Text>
      </Flex>
    ),
  };
}

export function statusColumn<T extends JobRow>(): TableColumnType<T> {
  return { title: '状态', dataIndex: 'statusName', width: 80, render: (v: string, j) => <Tag color={STATUS_COLORS[j.status]}>{v}</Tag> };
}
