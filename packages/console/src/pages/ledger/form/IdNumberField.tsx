import { useRef, useState } from 'react';
import { Form, Input, Space, Typography } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { normaliseIdInput, parseIdNumber } from '@xiejiu/rules';
import { SILENT } from '../../../apollo';
import type { CheckIdNumberQuery } from '../../../gql/graphql';
import { CHECK_ID_NUMBER } from '../ledger.graphql';
import { sexLabel } from '../ledger-ui';
import { ageToday } from './values';

type NamePath = (string | number)[];
type Existing = NonNullable<CheckIdNumberQuery['checkIdNumber']['existing']>;

/**
 * The client's check of a typed ID number — format, birth date, check digit (GB 11643) — as a form validator
 * would use it: null when empty, the parsed number, or an Error with the Chinese message. The server checks again.
 */
export function parseIdOrThrow(raw?: string) {
  const v = (raw ?? '').trim();
  if (!v) return null;
  const r = parseIdNumber(v);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/**
 * 身份证号 with live validation: format and check digit on the client (derived birth date, sex
 * and age shown at once), then — debounced — `checkIdNumber` on the server; an ID already in
 * the ledger blocks the form ("该身份证号已登记在 XX（…）"). The server checks again on submit.
 */
export function IdNumberField(props: {
  /** Name inside the form (or the Form.List row). */
  name: NamePath;
  /** Full path from the form root, for watching the value. */
  path: NamePath;
  /** IDs typed in the other rows of the same form (normalised), to catch duplicates early. */
  otherIds?: () => string[];
}) {
  const client = useApolloClient();
  const value = Form.useWatch(props.path) as string | undefined;
  const checked = useRef(new Map<string, CheckIdNumberQuery['checkIdNumber']>());
  const [existing, setExisting] = useState<{ id: string; found: Existing } | null>(null);

  const parsed = value && value.trim().length >= 15 ? parseIdNumber(value) : null;
  const info = parsed?.ok ? parsed.value : null;
  const found = info && existing?.id === info.idNumber ? existing.found : null;

  const validator = async (_: unknown, raw?: string) => {
    const parsedId = parseIdOrThrow(raw);
    if (!parsedId) return;
    const id = parsedId.idNumber;
    if (props.otherIds?.().includes(id)) throw new Error('与本表中其他成员的身份证号相同');
    let check = checked.current.get(id);
    if (!check) {
      try {
        const { data } = await client.query({ query: CHECK_ID_NUMBER, variables: { idNumber: id }, fetchPolicy: 'network-only', context: SILENT });
        check = data?.checkIdNumber;
      } catch {
        return; // the server validates again on submit
      }
      if (!check) return;
      checked.current.set(id, check);
    }
    if (!check.valid) throw new Error(check.message ?? '身份证号码无效');
    setExisting(check.existing ? { id, found: check.existing } : null);
    if (check.existing) {
      const e = check.existing;
      throw new Error(check.message ?? `该身份证号已登记在${e.areaName ?? '其他区域'}${e.personName ? `（${e.personName}）` : ''}`);
    }
  };

  return (
    <Form.Item
      name={props.name}
      label="身份证号"
      validateDebounce={400}
      validateFirst
      rules={[{ required: true, whitespace: true, message: '请输入身份证号' }, { validator }]}
      // Full-width digits and spaces from a Chinese IME become the canonical characters as they are typed.
      normalize={(v: string) => normaliseIdInput(v)}
      extra={
        info ? (
          <Space size={4} wrap>
            <Typography.Text type="secondary" data-testid="id-derived">
              出生日期 {info.birthDate} · {sexLabel(info.sex)} · {ageToday(info.birthDate)} 岁{info.upgraded ? ` · 已升级为 18 位 ${info.idNumber}` : ''}
            </Typography.Text>
            {found?.householdId && (
              <Link to={`/ledger/${found.householdId}`} target="_blank">
                查看该户
              </Link>
            )}
          </Space>
        ) : undefined
      }
    >
      <Input maxLength={18} placeholder="18 位（末位可为 X）或 15 位" autoComplete="off" />
    </Form.Item>
  );
}
