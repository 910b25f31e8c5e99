import { App, Button, Flex, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { useDialog } from '../../../components/useDialog';
import { formatYuan, yuanToFen } from '../../../utils/money';
import { enumLabel, enumOptions } from '../../../utils/enums';
import type { AssetDetailInput, VehicleType } from '../../../gql/graphql';
import { memberOptions } from '../ledger-ui';
import { ADD_ASSET, DELETE_ASSET } from '../ledger.graphql';
import type { DetailContext, HouseholdDetail } from './types';

type Asset = NonNullable<HouseholdDetail['assets']>[number];

interface AssetValues {
  kind: string;
  personId?: string;
  valueYuan: number;
  vehicleType?: VehicleType;
  areaM2?: number;
  count?: number;
  capitalYuan?: number;
  note?: string;
}

/** Kind-specific `detail` of an asset: vehicle type, property area and count, business capital. */
function assetDetail(v: AssetValues): AssetDetailInput | null {
  if (v.kind === 'VEHICLE') return v.vehicleType ? { type: v.vehicleType } : null;
  if (v.kind === 'PROPERTY') return { ...(v.areaM2 != null ? { areaM2: v.areaM2 } : {}), ...(v.count != null ? { count: v.count } : {}) };
  if (v.kind === 'BUSINESS') return v.capitalYuan != null ? { capitalFen: yuanToFen(v.capitalYuan) } : null;
  return null;
}

export function assetDetailText(kind: string, d: Asset['detail']): string {
  if (!d) return '';
  if (kind === 'VEHICLE' && d.type) return enumLabel('VehicleType', d.type);
  if (kind === 'PROPERTY') {
    return [d.count != null ? `${String(d.count)} 套` : '', d.areaM2 != null ? `建筑面积 ${String(d.areaM2)} m²` : ''].filter(Boolean).join('，');
  }
  if (kind === 'BUSINESS' && d.capitalFen != null) return `注册资本 ${formatYuan(d.capitalFen)} 元`;
  return '';
}

/** 财产: deposits, vehicles, property, business registrations of the household. */
export function AssetsTab({ ctx }: { ctx: DetailContext }) {
  const { household, canWrite } = ctx;
  const { message } = App.useApp();
  const dialog = useDialog();
  const [addAsset] = useMutation(ADD_ASSET);
  const [deleteAsset] = useMutation(DELETE_ASSET);
  const assets = household.assets ?? [];
  const total = assets.reduce((s, a) => s + a.valueFen, 0);

  const save = async (v: AssetValues) => {
    await addAsset({
      variables: {
        input: {
          householdId: household.id,
          personId: v.personId ?? null,
          kind: v.kind,
          valueFen: yuanToFen(v.valueYuan),
          detail: assetDetail(v),
          note: v.note?.trim() || null,
        },
      },
      context: SILENT,
    });
    message.success('财产已登记');
    dialog.close();
    await ctx.reload();
  };

  const remove = async (a: Asset) => {
    await deleteAsset({ variables: { id: a.id } });
    message.success('已删除');
    await ctx.reload();
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{assets.length ? `共 ${assets.length} 项，合计 ${formatYuan(total)} 元` : '尚未登记财产'}</Typography.Text>
        {canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => dialog.open()}>
            登记财产
          </Button>
        )}
      </Flex>
      <Table<Asset>
        rowKey="id"
        size="middle"
        dataSource={assets}
        pagination={false}
        columns={[
          { title: '类别', dataIndex: 'kind', width: 140, render: (v: string) => enumLabel('AssetKind', v) },
          { title: '所有人', dataIndex: 'personName', width: 110, render: (v: string | null) => v ?? '家庭共有' },
          { title: '价值（元）', dataIndex: 'valueFen', width: 140, align: 'right', render: (v: number) => formatYuan(v) },
          { title: '说明', key: 'detail', render: (_, a) => assetDetailText(a.kind, a.detail) || '—' },
          { title: '备注', dataIndex: 'note', ellipsis: true, render: (v: string | null) => v ?? '' },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 70,
                  render: (_: unknown, a: Asset) => (
                    <Popconfirm title="删除这项财产？" onConfirm={() => remove(a).catch(() => undefined)}>
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<AssetValues>
        open={dialog.isOpen}
        title="登记财产"
        onCancel={dialog.close}
        onSubmit={save}
        mapErrorField={(f) => (f === 'valueFen' ? 'valueYuan' : f)}
      >
        <Space size={16} align="start">
          <Form.Item name="kind" label="财产类别" rules={[{ required: true, message: '请选择财产类别' }]}>
            <Select options={enumOptions('AssetKind')} placeholder="请选择" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="personId" label="所有人">
            <Select allowClear placeholder="家庭共有" style={{ width: 200 }} options={memberOptions(household.members)} />
          </Form.Item>
        </Space>
        <Form.Item name="valueYuan" label="价值" rules={[{ required: true, message: '请输入价值' }]}>
          <InputNumber min={0} max={1e11} precision={2} suffix="元" style={{ width: 200 }} />
        </Form.Item>
        <AssetKindFields />
        <Form.Item name="note" label="备注" rules={[{ max: 200, message: '备注不能超过 200 字' }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </>
  );
}

function AssetKindFields() {
  const kind = Form.useWatch('kind') as string | undefined;
  if (kind === 'VEHICLE') {
    return (
      <Form.Item name="vehicleType" label="车辆类型" rules={[{ required: true, message: '请选择车辆类型' }]}>
        <Select options={enumOptions('VehicleType')} placeholder="请选择" style={{ width: 200 }} />
      </Form.Item>
    );
  }
  if (kind === 'PROPERTY') {
    return (
      <Space size={16} align="start">
        <Form.Item name="areaM2" label="建筑面积" rules={[{ required: true, message: '请输入建筑面积' }]}>
          <InputNumber min={0} max={100000} precision={2} suffix="m²" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="count" label="套数" rules={[{ required: true, message: '请输入套数' }]}>
          <InputNumber min={1} max={100} precision={0} suffix="套" style={{ width: 120 }} />
        </Form.Item>
      </Space>
    );
  }
  if (kind === 'BUSINESS') {
    return (
      <Form.Item name="capitalYuan" label="注册资本">
        <InputNumber min={0} max={1e11} precision={2} suffix="元" style={{ width: 200 }} />
      </Form.Item>
    );
  }
  return null;
}
