import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { DEPARTMENT_OPTIONS } from './reference.graphql';

export function DepartmentSelect(props: {
  id?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
}) {
  const { data, loading } = useQuery(DEPARTMENT_OPTIONS);
  return (
    <Select
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v)}
      loading={loading}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={props.placeholder ?? '请选择部门'}
      style={props.style}
      options={(data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}
