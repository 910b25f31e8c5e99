import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { enumLabel, enumOptions } from '../../../utils/enums';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { useDialog } from '../../../components/useDialog';
import { dayjs } from '../../../utils/datetime';
import { fenToYuan, formatYuan, yuanToFen } from '../../../utils/money';
import { memberOptions } from '../ledger-ui';
import { DELETE_INCOME, SET_INCOME } from '../ledger.graphql';
import type { DetailContext, HouseholdDetail } from './types';

type Income = NonNullable<HouseholdDetail['incomes']>[number];

interface IncomeValues {
  personId: string;
  month: Dayjs;
  category: string;
  amountYuan: number;
  note?: string;
}

/** 收入: monthly items per member and category (yuan on screen, fen on the API). */
export function IncomesTab({ ctx }: { ctx: DetailContext }) {
  const { household, canWrite } = ctx;
  const { message } = App.useApp();
  const dialog = useDialog<Income | undefined>();
  const [setIncome] = useMutation(SET_INCOME);
  const [deleteIncome] = useMutation(DELETE_INCOME);
  const incomes = household.incomes ?? [];

  const latestMonth = incomes[0]?.month;
  const latestTotal = incomes.filter((i) => i.month === latestMonth && i.category !== 'EXCLUDED').reduce((s, i) => s + i.amountFen, 0);

  const save = async (v: IncomeValues) => {
    await setIncome({
      variables: {
        input: {
          personId: v.personId,
          month: v.month.format('YYYY-MM'),
          category: v.category,
          amountFen: yuanToFen(v.amountYuan),
          note: v.note?.trim() || null,
        },
      },
      context: SILENT,
    });
    message.success('收入已保存');
    dialog.close();
    await ctx.reload();
  };

  const remove = async (i: Income) => {
    await deleteIncome({ variables: { id: i.id } });
    message.success('已删除');
    await ctx.reload();
  };

  const editing = dialog.target;
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {latestMonth ? `${latestMonth.slice(0, 7)} 家庭计入收入合计 ${formatYuan(latestTotal)} 元（不含“不计入收入”类）` : '尚未登记收入'}
        </Typography.Text>
        {canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => dialog.open(undefined)}>
            登记收入
          </Button>
        )}
      </Flex>
      <Table<Income>
        rowKey="id"
        size="middle"
        dataSource={incomes}
        pagination={incomes.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
        columns={[
          { title: '月份', dataIndex: 'month', width: 100, render: (v: string) => v.slice(0, 7) },
          { title: '成员', dataIndex: 'personName', width: 110 },
          { title: '收入类别', dataIndex: 'category', render: (v: string) => enumLabel('IncomeCategory', v) },
          { title: '金额（元）', dataIndex: 'amountFen', width: 130, align: 'right', render: (v: number) => formatYuan(v) },
          { title: '备注', dataIndex: 'note', ellipsis: true, render: (v: string | null) => v ?? '' },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, i: Income) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => dialog.open(i)}>
                        修改
                      </Button>
                      <Popconfirm title="删除这条收入记录？" onConfirm={() => remove(i).catch(() => undefined)}>
                        <Button type="link" size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<IncomeValues>
        open={dialog.isOpen}
        title={editing ? '修改收入' : '登记收入'}
        initialValues={
          editing
            ? {
                personId: editing.personId,
                month: dayjs(editing.month),
                category: editing.category,
                amountYuan: fenToYuan(editing.amountFen),
                note: editing.note ?? undefined,
              }
            : { personId: household.members.find((m) => m.isHead)?.id, month: dayjs().subtract(1, 'month') }
        }
        onCancel={dialog.close}
        onSubmit={save}
        mapErrorField={(f) => (f === 'amountFen' ? 'amountYuan' : f)}
      >
        <Typography.Paragraph type="secondary">同一成员同一月份同一类别只记一条，再次登记即替换原金额。</Typography.Paragraph>
        <Form.Item name="personId" label="成员" rules={[{ required: true, message: '请选择成员' }]}>
          <Select options={memberOptions(household.members)} disabled={!!editing} />
        </Form.Item>
        <Space size={16} align="start">
          <Form.Item name="month" label="月份" rules={[{ required: true, message: '请选择月份' }]}>
            <DatePicker picker="month" disabled={!!editing} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="amountYuan" label="金额" rules={[{ required: true, message: '请输入金额' }]}>
            <InputNumber min={0} max={1e9} precision={2} suffix="元" style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="category" label="收入类别" rules={[{ required: true, message: '请选择收入类别' }]}>
          <Select options={enumOptions('IncomeCategory')} disabled={!!editing} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: 200, message: '备注不能超过 200 字' }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </>
  );
}
