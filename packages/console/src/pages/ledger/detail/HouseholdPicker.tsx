import { useEffect, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import type { HouseholdSummaryFieldsFragment } from '../../../gql/graphql';
import { errorText } from '../../../utils/errors';
import { HOUSEHOLDS } from '../ledger.graphql';
import { villageAndGroup } from '../ledger-ui';

export type PickedHousehold = HouseholdSummaryFieldsFragment;

/** “户主 · 村（社区） 组”, the default option label. */
const villageLabel = (h: PickedHousehold) => `${h.headName ?? '（未指定户主）'} · ${villageAndGroup(h)}`;

/**
 * Picks a household of the user's scope by 户主/成员姓名, 身份证号 or 电话 (the `households`
 * search, debounced). `onPick` also hands over the summary (members included). `currentLabel`
 * names a `value` set from outside (e.g. preselected by the URL) while it is not among the results.
 */
export function HouseholdPicker(props: {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  onPick?: (household: PickedHousehold | undefined) => void;
  excludeId?: string;
  currentLabel?: string;
  placeholder?: string;
  optionLabel?: (household: PickedHousehold) => string;
}) {
  const optionLabel = props.optionLabel ?? villageLabel;
  const [search, setSearch] = useState('');
  const [keyword, setKeyword] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setKeyword(search.trim()), 350);
    return () => clearTimeout(t);
  }, [search]);

  const { data, loading, error } = useQuery(HOUSEHOLDS, {
    variables: { filter: { keyword }, page: 1, pageSize: 20 },
    skip: !keyword,
    fetchPolicy: 'network-only',
    context: SILENT, // half-typed numbers are refused by the server; show that in the list instead
  });
  const items = (keyword ? (data?.households.items ?? []) : []).filter((h) => h.id !== props.excludeId);
  const [picked, setPicked] = useState<PickedHousehold>();
  // Keep the picked household among the options after the search text changes.
  const found = [...(picked && !items.some((h) => h.id === picked.id) ? [picked] : []), ...items];
  const options: Array<{ value: string; label: string; household?: PickedHousehold }> = [
    ...(props.value && props.currentLabel && !found.some((h) => h.id === props.value) ? [{ value: props.value, label: props.currentLabel }] : []),
    ...found.map((h) => ({ value: h.id, label: optionLabel(h), household: h })),
  ];

  return (
    <Select
      id={props.id}
      value={props.value}
      placeholder={props.placeholder ?? '输入户主或成员姓名、身份证号、电话搜索'}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={loading ? <Spin size="small" /> : error ? errorText(error) : keyword ? '没有找到家庭' : '请输入关键字'}
      options={options}
      optionRender={(o) => {
        const h = o.data.household;
        return (
          <div>
            <div>{o.data.label}</div>
            {h && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {h.address ?? '地址不可见'} · {h.memberCount ?? h.members.length} 人：{h.members.map((m) => m.name).join('、')}
              </Typography.Text>
            )}
          </div>
        );
      }}
      onChange={(id: string | undefined) => {
        const h = options.find((o) => o.value === id)?.household;
        setPicked(h);
        props.onChange?.(id);
        props.onPick?.(h);
      }}
    />
  );
}
