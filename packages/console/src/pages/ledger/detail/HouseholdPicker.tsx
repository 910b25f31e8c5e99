import { useEffect, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import type { HouseholdSummaryFieldsFragment } from '../../../gql/graphql';
import { errorText } from '../../../utils/errors';
import { HOUSEHOLDS } from '../ledger.graphql';
import { villageAndGroup } from '../ledger-ui';

export type PickedHousehold = HouseholdSummaryFieldsFragment;

/**
 * Picks another household of the user's scope by 户主/成员姓名, 身份证号 or 电话 (the
 * `households` search, debounced). `onPick` also hands over the summary (members included).
 */
export function HouseholdPicker(props: {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  onPick?: (household: PickedHousehold | undefined) => void;
  excludeId?: string;
}) {
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
  const options = [...(picked && !items.some((h) => h.id === picked.id) ? [picked] : []), ...items].map((h) => ({
    value: h.id,
    label: `${h.headName ?? '（未指定户主）'} · ${villageAndGroup(h)}`,
    household: h,
  }));

  return (
    <Select
      id={props.id}
      value={props.value}
      placeholder="输入户主或成员姓名、身份证号、电话搜索"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={loading ? <Spin size="small" /> : error ? errorText(error) : keyword ? '没有找到家庭' : '请输入关键字'}
      options={options}
      optionRender={(o) => {
        const h = o.data.household;
        return (
          <div>
            <div>
              {h.headName ?? '（未指定户主）'} · {villageAndGroup(h)}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {h.address ?? '地址不可见'} · {h.memberCount ?? h.members.length} 人：{h.members.map((m) => m.name).join('、')}
            </Typography.Text>
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
