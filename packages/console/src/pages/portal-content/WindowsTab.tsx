import { App, Button, Flex, Form, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ExportButton } from '../../components/ExportButton';
import { SILENT } from '../../apollo';
import { emptyText } from '../../components/emptyText';
import { FormModal } from '../../components/FormModal';
import { useDialog } from '../../components/useDialog';
import type { ServiceWindowsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { SERVICE_WINDOWS, UPDATE_SERVICE_WINDOW } from './portal-content.graphql';

type Win = ServiceWindowsQuery['serviceWindows'][number];

interface WindowValues {
  name: string;
  address: string;
  hours: string;
  phone: string;
  mapText: string;
  note: string;
}

const valuesOf = (w: Win | undefined): WindowValues => ({
  name: w && !w.nameIsDefault ? w.name : '',
  address: w?.address ?? '',
  hours: w?.hours ?? '',
  phone: w?.phone ?? '',
  mapText: w?.mapText ?? '',
  note: w?.note ?? '',
});

const notEntered = <Typography.Text type="secondary">未填写</Typography.Text>;

/** 受理窗口: the district's and every town's window as the portal shows it; rows in the reader's scope can be edited. */
export function WindowsTab() {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(SERVICE_WINDOWS, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UPDATE_SERVICE_WINDOW);
  const dialog = useDialog<Win>();

  const columns: TableColumnsType<Win> = [
    {
      title: '窗口',
      key: 'name',
      width: 260,
      render: (_, w) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{w.name}</Typography.Text>
          <Typography.Text type="secondary">
            {w.areaName}（{w.levelName}）{w.nameIsDefault ? ' · 默认名称' : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '地址', dataIndex: 'address', render: (v: string | null) => v || notEntered },
    { title: '办公时间', dataIndex: 'hours', width: 200, render: (v: string | null) => v || notEntered },
    { title: '咨询电话', dataIndex: 'phone', width: 130, render: (v: string | null) => v || notEntered },
    {
      title: '状态',
      key: 'configured',
      width: 90,
      render: (_, w) => (w.configured && w.address && w.hours ? <Tag color="success">已填写</Tag> : <Tag>待填写</Tag>),
    },
    {
      title: '最后修改',
      key: 'updated',
      width: 170,
      render: (_, w) =>
        w.updatedByName ? (
          <Flex vertical>
            <span>{w.updatedByName}</span>
            <Typography.Text type="secondary">{formatDateTime(w.updatedAt)}</Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, w) =>
        w.editable ? (
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => dialog.open(w)} aria-label={`修改${w.name}`}>
            修改
          </Button>
        ) : (
          <Typography.Text type="secondary">不在辖区</Typography.Text>
        ),
    },
  ];

  const target = dialog.target;
  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          这里填写的地址、办公时间和电话显示在便民服务门户的“受理窗口”中。镇街窗口人员只能修改本镇街的窗口；未填写地址和时间的，门户显示“地址和时间请致电热线咨询”。每次修改记入操作日志。
        </Typography.Paragraph>
        <ExportButton list="SERVICE_WINDOWS" filter={{}} />
      </Flex>
      <Table<Win>
        rowKey="areaCode"
        size="middle"
        loading={loading && !data}
        dataSource={data?.serviceWindows ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: emptyText('还没有镇街区划') }}
      />
      <FormModal<WindowValues>
        open={dialog.isOpen}
        title={`修改受理窗口：${target?.areaName ?? ''}`}
        okText="保存"
        width={600}
        initialValues={valuesOf(target)}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          const w = dialog.target!;
          await update({ variables: { areaCode: w.areaCode, input: v, version: w.version }, context: SILENT });
          void message.success(`${w.areaName}的受理窗口已保存`);
          dialog.close();
          await refetch();
        }}
      >
        <Form.Item name="name" label="窗口名称" extra={`留空时显示“${target?.defaultName ?? ''}”`}>
          <Input maxLength={60} placeholder={target?.defaultName} />
        </Form.Item>
        <Form.Item name="address" label="地址" extra="写到门牌号和楼层、窗口号，方便群众找到">
          <Input maxLength={200} placeholder="如 青石镇人民路 18 号 便民服务中心一楼 3 号窗口" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="hours" label="办公时间" style={{ flex: 1 }}>
            <Input maxLength={100} placeholder="如 工作日 9:00–12:00，14:00–17:30" />
          </Form.Item>
          <Form.Item
            name="phone"
            label="咨询电话"
            style={{ width: 200 }}
            rules={[{ pattern: /^\s*[0-9][0-9\s-]{2,24}\s*$/, message: '请填写数字和连字符，如 023-61234567' }]}
          >
            <Input maxLength={20} placeholder="如 023-61234567" inputMode="tel" />
          </Form.Item>
        </Flex>
        <Form.Item name="mapText" label="地图和交通说明">
          <Input.TextArea maxLength={300} showCount autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如 乘 3 路公交到“镇政府”站下车，向北步行约 200 米" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={300} showCount autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
