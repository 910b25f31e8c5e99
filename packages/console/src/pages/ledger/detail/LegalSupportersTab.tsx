import { Alert, App, Button, Flex, Form, Input, InputNumber, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { useDialog } from '../../../components/useDialog';
import { parseIdOrThrow } from '../form/IdNumberField';
import type { LegalDuty, LegalSupporterFieldsFragment, MemberRelation, SupportAbility, UnableReason } from '../../../gql/graphql';
import { enumLabel, enumOptions } from '../../../utils/enums';
import { fenToYuan, formatYuan, yuanToFen } from '../../../utils/money';
import { memberOptions } from '../ledger-ui';
import { ADD_LEGAL_SUPPORTER, REMOVE_LEGAL_SUPPORTER, SET_NO_LEGAL_SUPPORTER, UPDATE_LEGAL_SUPPORTER } from '../ledger.graphql';
import type { DetailContext } from './types';

type Supporter = LegalSupporterFieldsFragment;
type Member = DetailContext['household']['members'][number];

/** One table row: a supporter of a member, or a member with none (the member cell spans its supporters). */
interface Row {
  key: string;
  member: Member;
  supporter: Supporter | null;
  first: boolean;
  span: number;
}

interface Values {
  personId: string;
  name: string;
  idNumber?: string;
  duty: LegalDuty;
  relation: MemberRelation;
  ability: SupportAbility;
  unableReason?: UnableReason;
  monthlyIncomeYuan?: number | null;
  note?: string;
}

const ABILITY_COLORS: Record<string, string> = { ABLE: 'green', UNABLE: 'orange', UNKNOWN: 'default' };

/** 法定义务人: the legal supporters (赡养、抚养、扶养义务人) of each member, and 已核实无法定义务人. */
export function LegalSupportersTab({ ctx }: { ctx: DetailContext }) {
  const { household, canWrite } = ctx;
  const { message } = App.useApp();
  const dialog = useDialog<Supporter>();
  const [add] = useMutation(ADD_LEGAL_SUPPORTER);
  const [update] = useMutation(UPDATE_LEGAL_SUPPORTER);
  const [removeSupporter] = useMutation(REMOVE_LEGAL_SUPPORTER);
  const [setNone, { loading: settingNone }] = useMutation(SET_NO_LEGAL_SUPPORTER);
  const supporters = household.legalSupporters ?? [];
  const editing = dialog.target;
  // Members first (in the household's order), each with their supporters; members without any show once.
  const rows = household.members.flatMap((m): Row[] => {
    const own = supporters.filter((s) => s.personId === m.id);
    return own.length
      ? own.map((s, i) => ({ key: s.id, member: m, supporter: s, first: i === 0, span: own.length }))
      : [{ key: m.id, member: m, supporter: null, first: true, span: 1 }];
  });

  const save = async (v: Values) => {
    const common = {
      name: v.name.trim(),
      duty: v.duty,
      relation: v.relation,
      ability: v.ability,
      unableReason: v.ability === 'UNABLE' ? (v.unableReason ?? null) : null,
      monthlyIncomeFen: v.monthlyIncomeYuan == null ? null : yuanToFen(v.monthlyIncomeYuan),
      note: v.note?.trim() || null,
    };
    if (editing) {
      const idNumber = v.idNumber?.trim();
      await update({ variables: { id: editing.id, version: editing.version, input: { ...common, ...(idNumber ? { idNumber } : {}) } }, context: SILENT });
      message.success('法定义务人已修改');
    } else {
      await add({ variables: { input: { ...common, personId: v.personId, idNumber: v.idNumber?.trim() || null } }, context: SILENT });
      message.success('法定义务人已登记');
    }
    dialog.close();
    await ctx.reload();
  };

  const remove = async (s: Supporter) => {
    await removeSupporter({ variables: { id: s.id, version: s.version } });
    message.success('已删除');
    await ctx.reload();
  };

  const toggleNone = async (checked: boolean) => {
    // Off = not verified (null), not “there are supporters”: the supporters recorded say that.
    await setNone({ variables: { householdId: household.id, confirmed: checked ? true : null } });
    message.success(checked ? '已记录：已核实无法定义务人' : '已取消“已核实无法定义务人”');
    await ctx.reload();
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Space size={8} align="center">
          <Switch
            checked={household.noLegalSupporterConfirmed === true}
            disabled={!canWrite}
            loading={settingNone}
            onChange={(c) => void toggleNone(c).catch(() => undefined)}
            aria-label="已核实无法定义务人"
          />
          <Typography.Text>已核实无法定义务人</Typography.Text>
          <Typography.Text type="secondary">（开启后，未登记义务人的成员按“无法定义务人”筛查）</Typography.Text>
        </Space>
        {canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => dialog.open()}>
            登记法定义务人
          </Button>
        )}
      </Flex>
      {household.noLegalSupporterConfirmed == null && !supporters.length && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="尚未登记法定义务人情况：特困人员供养等事项的筛查会显示“信息不足”。请登记义务人，或核实后开启“已核实无法定义务人”。"
        />
      )}
      <Table<Row>
        rowKey="key"
        size="middle"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        columns={[
          {
            title: '家庭成员',
            key: 'member',
            width: 110,
            fixed: 'left',
            onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
            render: (_, r) => r.member.name,
          },
          {
            title: '义务人',
            key: 'name',
            width: 150,
            render: (_, r) =>
              r.supporter ? (
                <div>
                  <div>
                    {r.supporter.name}
                    {r.supporter.supporterHouseholdId && (
                      <Link to={`/ledger/${r.supporter.supporterHouseholdId}`} style={{ marginLeft: 6, fontSize: 12 }}>
                        台账
                      </Link>
                    )}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.supporter.idMasked ?? '身份证号未登记'}
                  </Typography.Text>
                </div>
              ) : (
                <Typography.Text type="secondary">{household.noLegalSupporterConfirmed ? '无（已核实）' : '未登记'}</Typography.Text>
              ),
          },
          { title: '义务', key: 'duty', width: 70, render: (_, r) => (r.supporter ? enumLabel('LegalDuty', r.supporter.duty) : '') },
          { title: '关系', key: 'relation', width: 100, render: (_, r) => (r.supporter ? enumLabel('MemberRelation', r.supporter.relation) : '') },
          {
            title: '履行能力',
            key: 'ability',
            width: 200,
            render: (_, r) =>
              r.supporter ? (
                <span>
                  <Tag color={ABILITY_COLORS[r.supporter.ability]}>{enumLabel('SupportAbility', r.supporter.ability)}</Tag>
                  {r.supporter.unableReason && <Typography.Text type="secondary">{enumLabel('UnableReason', r.supporter.unableReason)}</Typography.Text>}
                </span>
              ) : null,
          },
          {
            title: '月收入（元）',
            key: 'income',
            width: 120,
            align: 'right',
            render: (_, r) => (r.supporter?.monthlyIncomeFen != null ? formatYuan(r.supporter.monthlyIncomeFen) : r.supporter ? '—' : ''),
          },
          { title: '备注', key: 'note', ellipsis: true, render: (_, r) => r.supporter?.note ?? '' },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, r: Row) =>
                    r.supporter ? (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => dialog.open(r.supporter!)}>
                          修改
                        </Button>
                        <Popconfirm title={`删除义务人 ${r.supporter.name}？`} onConfirm={() => remove(r.supporter!).catch(() => undefined)}>
                          <Button type="link" size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <FormModal<Values>
        open={dialog.isOpen}
        title={editing ? `修改法定义务人：${editing.name}` : '登记法定义务人'}
        width={640}
        onCancel={dialog.close}
        onSubmit={save}
        initialValues={
          editing
            ? {
                personId: editing.personId,
                name: editing.name,
                duty: editing.duty,
                relation: editing.relation,
                ability: editing.ability,
                unableReason: editing.unableReason ?? undefined,
                monthlyIncomeYuan: editing.monthlyIncomeFen == null ? null : fenToYuan(editing.monthlyIncomeFen),
                note: editing.note ?? undefined,
              }
            : { ability: 'UNKNOWN' as SupportAbility, duty: 'SUPPORT' as LegalDuty }
        }
        mapErrorField={(f) => (f === 'monthlyIncomeFen' ? 'monthlyIncomeYuan' : f)}
      >
        <Space size={16} align="start" wrap>
          <Form.Item name="personId" label="被赡养（抚养、扶养）的成员" rules={[{ required: true, message: '请选择家庭成员' }]}>
            <Select options={memberOptions(household.members, true)} placeholder="请选择" style={{ width: 220 }} disabled={!!editing} />
          </Form.Item>
          <Form.Item name="duty" label="义务种类" rules={[{ required: true, message: '请选择义务种类' }]}>
            <Select options={enumOptions('LegalDuty')} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="relation" label="义务人是该成员的" rules={[{ required: true, message: '请选择关系' }]}>
            <Select options={enumOptions('MemberRelation', ['HEAD'])} placeholder="请选择" style={{ width: 150 }} />
          </Form.Item>
        </Space>
        <Space size={16} align="start" wrap>
          <Form.Item name="name" label="义务人姓名" rules={[{ required: true, whitespace: true, message: '请填写义务人姓名' }]}>
            <Input maxLength={50} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="身份证号"
            extra={editing ? `现为 ${editing.idMasked ?? '未登记'}；留空不修改` : '已在台账登记的，将自动关联其家庭'}
            // Checked as typed (like 一表登记), which also replaces a server error once the number is corrected.
            validateDebounce={400}
            rules={[{ validator: checkIdNumber }]}
          >
            <Input maxLength={40} style={{ width: 260 }} autoComplete="off" />
          </Form.Item>
        </Space>
        <Space size={16} align="start" wrap>
          <Form.Item name="ability" label="履行能力" rules={[{ required: true, message: '请选择履行能力' }]}>
            <Select options={enumOptions('SupportAbility')} style={{ width: 150 }} />
          </Form.Item>
          <UnableReasonField />
          <Form.Item name="monthlyIncomeYuan" label="义务人月收入">
            <InputNumber min={0} max={1e9} precision={2} suffix="元" style={{ width: 160 }} placeholder="不详可空" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="备注" rules={[{ max: 200, message: '备注不能超过 200 字' }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** Format, birth date and check digit on the client; empty is allowed (e.g. 下落不明). */
async function checkIdNumber(_: unknown, raw?: string) {
  parseIdOrThrow(raw);
}

function UnableReasonField() {
  const ability = Form.useWatch('ability') as string | undefined;
  if (ability !== 'UNABLE') return null;
  return (
    <Form.Item name="unableReason" label="无履行能力的情形" rules={[{ required: true, message: '请选择具体情形' }]}>
      <Select options={enumOptions('UnableReason')} placeholder="请选择" style={{ width: 240 }} />
    </Form.Item>
  );
}
