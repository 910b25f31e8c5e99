import { useMemo } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { ROLES } from './reference.graphql';

export function useRoles() {
  const { data, loading } = useQuery(ROLES);
  return { roles: data?.roles ?? [], loading };
}

/** code → Chinese name lookups for roles and permissions (the catalogue is readable by every user). */
export function useRoleCatalogue() {
  const { roles, loading } = useRoles();
  return useMemo(() => {
    const roleName = new Map<string, string>(roles.map((r) => [r.code, r.name]));
    const permissionName = new Map<string, string>();
    for (const r of roles) for (const p of r.permissions) permissionName.set(p.code, p.name);
    return {
      loading,
      roleName: (code: string) => roleName.get(code) ?? code,
      permissionName: (code: string) => permissionName.get(code) ?? code,
      permissions: [...permissionName].map(([code, name]) => ({ code, name })),
    };
  }, [roles, loading]);
}

export function RoleSelect(props: {
  id?: string;
  value?: string[] | string;
  onChange?: (v: string[] | string | undefined) => void;
  multiple?: boolean;
  /** Offer administrator roles too (only for 安全管理员 assigning roles). */
  includeAdmin?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
}) {
  const { roles, loading } = useRoles();
  const options = roles.filter((r) => props.includeAdmin || !r.admin).map((r) => ({ value: r.code, label: r.name, title: r.description }));
  return (
    <Select
      id={props.id}
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      loading={loading}
      allowClear
      placeholder={props.placeholder ?? '请选择角色'}
      style={props.style}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
