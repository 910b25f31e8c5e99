import { useEffect, useId, useState, type ReactNode } from 'react';
import { Alert, Form, Modal, type FormInstance } from 'antd';
import { applyFieldErrors } from './fieldErrors';

export interface FormModalProps<T> {
  open: boolean;
  title: ReactNode;
  initialValues?: Partial<T>;
  okText?: string;
  width?: number;
  onCancel: () => void;
  /**
   * Throw to keep the modal open. A server error naming a field of this form
   * (`extensions.field`) is shown under that field, any other error above the form.
   */
  onSubmit: (values: T) => Promise<unknown>;
  /** Translates the server's field path to this form's (return undefined to show it above). */
  mapErrorField?: (field: string) => string | undefined;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/**
 * A modal wrapping a vertical antd Form. Its content is destroyed on close and the values are
 * reset when it opens again, so every open starts from `initialValues`. Mutations called from `onSubmit` should pass
 * `context: SILENT` because the error is shown here rather than as a toast.
 */
export function FormModal<T extends object>(props: FormModalProps<T>) {
  const { open, title, initialValues, okText = '确定', width = 520, onCancel, onSubmit, children } = props;
  const [form] = Form.useForm<T>();
  const formName = useId(); // unique field ids, so labels never point into another form
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async (values: T) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      const rest = applyFieldErrors(form, e, props.mapErrorField);
      setError(rest.length ? rest.join('；') : null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => setError(null)}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<T> form={form} name={formName} layout="vertical" initialValues={initialValues} onFinish={finish} requiredMark style={{ marginTop: 16 }}>
        <ResetOnOpen form={form} />
        {typeof children === 'function' ? children(form) : children}
        {/* lets Enter submit */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/**
 * The form instance outlives the destroyed modal content and would otherwise keep the last
 * open's values (taking precedence over new `initialValues`); reset when the content mounts.
 */
function ResetOnOpen({ form }: { form: FormInstance }) {
  useEffect(() => form.resetFields(), [form]);
  return null;
}
