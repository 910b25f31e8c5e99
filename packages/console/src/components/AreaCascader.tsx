import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Cascader } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import type { AreaFieldsFragment } from '../gql/graphql';
import { areaAncestry } from '../utils/area-code';
import { AREA_CHILDREN } from './reference.graphql';

interface AreaOption {
  value: string;
  label: string;
  isLeaf: boolean;
  level: number;
  children?: AreaOption[];
}

export interface AreaCascaderProps {
  /** Set by Form.Item so the label points at the control. */
  id?: string;
  /** The selected area's 12-digit code (a form control value). */
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  /** Deepest level offered (1 区县, 2 镇街, 3 村社). */
  maxLevel?: number;
  allowClear?: boolean;
  /** `false` = only the deepest offered level (or a childless area) can be chosen. Default true. */
  changeOnSelect?: boolean;
  style?: React.CSSProperties;
  disabled?: boolean;
  /** Accessible name when there is no Form.Item label (a filter beside a table). */
  'aria-label'?: string;
}

/**
 * Area picker within the user's own scope, loading each level lazily via `areaChildren`.
 * Any level can be chosen (unless `changeOnSelect={false}`); an initial value has its ancestors
 * loaded so labels show.
 */
function toOption(a: AreaFieldsFragment, maxLevel: number): AreaOption {
  return { value: a.code, label: a.name, level: a.level, isLeaf: a.level >= maxLevel || a.childCount === 0 };
}

export function AreaCascader(props: AreaCascaderProps) {
  const { value, onChange, maxLevel = 3, allowClear = true, placeholder = '请选择区划' } = props;
  const client = useApolloClient();
  const [options, setOptions] = useState<AreaOption[]>([]);
  const loadedFor = useRef<string | undefined>(undefined);

  const fetchChildren = useCallback(
    async (parentCode?: string) => {
      const { data } = await client.query({ query: AREA_CHILDREN, variables: { parentCode } });
      return (data?.areaChildren ?? []).map((a) => toOption(a, maxLevel));
    },
    [client, maxLevel],
  );
  // The options already loaded, read by the effect below without re-running it on every load.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Load the root and, for a preset value, the chain of ancestors down to it.
  useEffect(() => {
    const loaded = optionsRef.current;
    if (loaded.length > 0 && (loadedFor.current === value || !value)) return;
    let live = true;
    (async () => {
      const roots = loaded.length > 0 ? loaded : await fetchChildren();
      let level = roots;
      for (const code of value ? areaAncestry(value).slice(0, -1) : []) {
        const node = level.find((o) => o.value === code);
        if (!node) continue;
        if (!node.children && !node.isLeaf) node.children = await fetchChildren(code);
        level = node.children ?? [];
      }
      loadedFor.current = value;
      if (live) setOptions([...roots]);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value, fetchChildren]);

  const path = useMemo(() => {
    if (!value) return undefined;
    const chain = areaAncestry(value);
    const loadedRoots = new Set(options.map((o) => o.value));
    const rootIdx = chain.findIndex((c) => loadedRoots.has(c));
    return rootIdx >= 0 ? chain.slice(rootIdx) : [value];
  }, [value, options]);

  return (
    <Cascader<AreaOption>
      id={props.id}
      aria-label={props['aria-label']}
      options={options}
      value={path}
      changeOnSelect={props.changeOnSelect ?? true}
      allowClear={allowClear}
      disabled={props.disabled}
      placeholder={placeholder}
      style={props.style}
      loadData={async (selected) => {
        const target = selected[selected.length - 1];
        if (target.children) return;
        target.children = await fetchChildren(target.value);
        setOptions((prev) => [...prev]);
      }}
      onChange={(vals) => {
        const list = (vals ?? []) as string[];
        onChange?.(list.length ? list[list.length - 1] : undefined);
      }}
    />
  );
}
