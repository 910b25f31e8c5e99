import { useId, type ReactNode } from 'react';
import { Button, Form, Space } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';

/**
 * Inline filter form. Fields are plain `Form.Item`s; on 查询 the non-empty values are passed
 * to `onSearch`, 重置 clears them and searches again. `extra` follows the buttons (e.g. the list's ExportButton).
 */
export function SearchBar<T extends object>(props: { children: ReactNode; onSearch: (values: T) => void; extra?: ReactNode }) {
  const [form] = Form.useForm<T>();
  const name = useId();
  return (
    <Form<T> form={form} name={name} layout="inline" onFinish={(v) => props.onSearch(compact(v))} style={{ rowGap: 12, marginBottom: 16 }}>
      {props.children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            查询
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              form.resetFields();
              props.onSearch({} as T);
            }}
          >
            重置
          </Button>
          {props.extra}
        </Space>
      </Form.Item>
    </Form>
  );
}

function compact<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as T;
}
