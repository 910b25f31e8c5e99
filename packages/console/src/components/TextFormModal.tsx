import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import { FormModal } from './FormModal';

/**
 * A FormModal asking for one text (a reason, an opinion, a note): one TextArea named `name`
 * (server errors on that field show under it). `required` is the message of an empty or blank
 * answer; without it the text is optional. `onSubmit` gets the text trimmed ('' when left empty).
 */
export function TextFormModal(props: {
  open: boolean;
  title: ReactNode;
  okText?: string;
  name: string;
  label: string;
  required?: string;
  maxLength: number;
  rows?: number;
  showCount?: boolean;
  placeholder?: string;
  onCancel: () => void;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const { name, required, rows = 3, showCount = true } = props;
  return (
    <FormModal<Record<string, string | undefined>>
      open={props.open}
      title={props.title}
      okText={props.okText}
      onCancel={props.onCancel}
      onSubmit={(v) => props.onSubmit(v[name]?.trim() ?? '')}
    >
      <Form.Item name={name} label={props.label} rules={required ? [{ required: true, whitespace: true, message: required }] : undefined}>
        <Input.TextArea rows={rows} maxLength={props.maxLength} showCount={showCount} placeholder={props.placeholder} />
      </Form.Item>
    </FormModal>
  );
}
