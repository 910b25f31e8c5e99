import { Alert, App, Button, Empty, Flex, Space, Table, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { formatDate, formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import type { VerificationSourceFieldsFragment } from '../../gql/graphql';
import type { TabProps } from './types';
import { RUN_DATA_MATCH } from './verification.graphql';
import { SourceStatusTag } from './verification-ui';

type Source = VerificationSourceFieldsFragment;

/** 信息比对: run the automatic match of every reference dataset by ID; per source 有记录 / 无记录 / 查询失败. */
export function DataMatchTab({ v, editable, reload }: TabProps) {
  const { message } = App.useApp();
  const [run, { loading }] = useMutation(RUN_DATA_MATCH, { context: SILENT });
  // the latest 信息比对 (a rerun adds a record; the computation uses the latest)
  const latest = v.records.filter((r) => r.method === 'DATA_MATCH').sort((a, b) => String(b.recordedAt).localeCompare(String(a.recordedAt)))[0];
  const match = latest?.dataMatch;
  const sources = match?.sources ?? [];
  const found = sources.filter((s) => s.status === 'FOUND').length;
  const failed = sources.filter((s) => s.status === 'ERROR').length;

  const start = async () => {
    try {
      await run({ variables: { id: v.id } });
      void message.success('信息比对已完成');
      await reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          按授权书范围，以家庭成员身份证号比对户籍、税务、社保、不动产、工商、车辆、公积金、财政供养、死亡等数据，只保存脱敏结果。
        </Typography.Text>
        {editable && (
          <Button type="primary" icon={<ThunderboltOutlined />} loading={loading} onClick={() => void start()}>
            {latest ? '重新比对' : '运行比对'}
          </Button>
        )}
      </Flex>
      {latest ? (
        <>
          <Space wrap size={16}>
            <span>
              比对时间 {formatDateTime(match?.queriedAt ?? latest.recordedAt)}（{latest.recordedByName}）
            </span>
            <span>
              比对 {match?.members ?? '—'} 名家庭成员、{sources.length} 个数据来源
            </span>
            <Typography.Text type={found ? 'warning' : undefined} strong={!!found}>
              有记录 {found} 个
            </Typography.Text>
            {failed > 0 && <Typography.Text type="danger">查询失败 {failed} 个</Typography.Text>}
          </Space>
          {failed > 0 && <Alert type="warning" showIcon title="部分数据来源查询失败，可稍后重新比对，或以信函索证补充。" />}
          <Table<Source>
            rowKey="dataset"
            size="small"
            pagination={false}
            dataSource={sources}
            data-testid="data-match-sources"
            columns={[
              { title: '数据来源', dataIndex: 'name', width: 150 },
              { title: '结果', dataIndex: 'status', width: 90, render: (s: string) => <SourceStatusTag status={s} /> },
              {
                title: '数据截止日期',
                dataIndex: 'asOf',
                width: 120,
                render: (d: string | null) => (d ? formatDate(d) : <Typography.Text type="secondary">未导入</Typography.Text>),
              },
              {
                title: '比对记录（脱敏）',
                key: 'rows',
                render: (_, s) =>
                  s.rows.length ? (
                    <Flex vertical gap={2}>
                      {s.rows.map((line, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: lines of a frozen record
                        <span key={i}>{line}</span>
                      ))}
                    </Flex>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={editable ? '尚未比对：点击“运行比对”' : '尚未比对'} />
      )}
    </Flex>
  );
}
