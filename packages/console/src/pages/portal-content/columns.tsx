import { App, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';

/**
 * Columns the district's portal content tables share (常见问题, 通知公告): 状态 (已发布 / 草稿), 最后修改, and 操作 —
 * 修改 opens the tab's dialog, 删除 asks first, reports the outcome and reloads the list.
 */
export function publishedColumn<T extends { published: boolean }>(): ColumnType<T> {
  return { title: '状态', dataIndex: 'published', width: 90, render: (v: boolean) => (v ? <Tag color="success">已发布</Tag> : <Tag>草稿</Tag>) };
}

export function updatedColumn<T extends { updatedByName: string; updatedAt: string }>(): ColumnType<T> {
  return {
    title: '最后修改',
    key: 'updated',
    width: 170,
    render: (_, r) => (
      <Flex vertical>
        <span>{r.updatedByName}</span>
        <Typography.Text type="secondary">{formatDateTime(r.updatedAt)}</Typography.Text>
      </Flex>
    ),
  };
}

/** `noun`: 问题 / 公告 (「删除这个问题？」, 「修改问题：…」); `name`: what the row is called for a screen reader. */
export function actionsColumn<T>(o: {
  noun: string;
  measure: string;
  name: (r: T) => string;
  onEdit: (r: T) => void;
  remove: (r: T) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}): ColumnType<T> {
  return { title: '操作', key: 'actions', width: 150, render: (_, r) => <RowActions row={r} {...o} /> };
}

function RowActions<T>({ row, noun, measure, name, onEdit, remove, refetch }: Parameters<typeof actionsColumn<T>>[0] & { row: T }) {
  const { message } = App.useApp();
  return (
    <Flex gap={4}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(row)} aria-label={`修改${noun}：${name(row)}`}>
        修改
      </Button>
      <Popconfirm
        title={`删除这${measure}${noun}？`}
        description="门户上将不再显示，删除记入操作日志。"
        okText="删除"
        okButtonProps={{ danger: true }}
        onConfirm={async () => {
          try {
            await remove(row);
            void message.success(`${noun}已删除`);
          } catch (e) {
            void message.error(errorText(e));
          }
          await refetch();
        }}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`删除${noun}：${name(row)}`}>
          删除
        </Button>
      </Popconfirm>
    </Flex>
  );
}
