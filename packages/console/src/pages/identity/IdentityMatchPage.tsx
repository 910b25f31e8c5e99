import { useMemo, useState } from 'react';
import { Alert, App, Button, Flex, Input, Progress, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { ClearOutlined, DownloadOutlined, FileTextOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { emptyText } from '../../components/emptyText';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import type { MatchIdentitiesMutation } from '../../gql/graphql';
import { dayjs } from '../../utils/datetime';
import { enumLabel } from '../../utils/enums';
import { errorText } from '../../utils/errors';
import { TierTag } from '../ledger/ledger-ui';
import { MATCH_IDENTITIES } from './identity.graphql';
import { idNumbersFromFile, MATCH_PART_SIZE, parts, readTextFile, splitIdNumbers, toCsv } from './identity-input';

type Match = MatchIdentitiesMutation['matchIdentities'][number];
type Row = Match & { key: number };

const YOUFU = '优抚对象';
const yesNo = (v: boolean) => (v ? '是' : '否');

/** The summary line's counts. */
export function summarize(rows: readonly Match[]) {
  return {
    total: rows.length,
    assistance: rows.filter((r) => r.assistanceObject).length,
    youfu: rows.filter((r) => r.statuses.includes(YOUFU)).length,
    notFound: rows.filter((r) => r.valid && !r.found).length,
    invalid: rows.filter((r) => !r.valid).length,
  };
}

function exportCsv(rows: readonly Match[]) {
  const text = toCsv(
    ['身份证号（输入）', '号码是否有效', '无效原因', '姓名（脱敏）', '是否在台账', '所在村社', '家庭层级', '民政救助对象', '救助事项', '身份'],
    rows.map((r) => [
      r.input,
      yesNo(r.valid),
      r.message ?? '',
      r.nameMasked ?? '',
      r.valid ? yesNo(r.found) : '',
      r.areaName ?? '',
      r.tierName ?? enumLabel('HouseholdTier', r.tier),
      r.found ? yesNo(r.assistanceObject) : '',
      r.programs.join('、'),
      r.statuses.join('、'),
    ]),
  );
  const href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = `身份比对结果-${dayjs().format('YYYYMMDD-HHmm')}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * 身份比对 (issue #12): a department officer pastes or reads from a file the ID numbers of its own list and
 * learns, per person, whether they are 民政救助对象, 优抚对象 … — statuses only, every query logged.
 */
export default function IdentityMatchPage() {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [match] = useMutation(MATCH_IDENTITIES, { context: SILENT });
  const ids = useMemo(() => splitIdNumbers(text), [text]);
  const partCount = Math.ceil(ids.length / MATCH_PART_SIZE);
  const summary = rows ? summarize(rows) : null;

  const run = async () => {
    if (ids.length === 0) {
      setFailure('请先输入或读取身份证号');
      return;
    }
    const chunks = parts(ids);
    const out: Row[] = [];
    setFailure(null);
    setRows(null);
    setRunning({ done: 0, total: chunks.length });
    try {
      for (const [i, chunk] of chunks.entries()) {
        const r = await match({ variables: { idNumbers: chunk } });
        for (const m of r.data?.matchIdentities ?? []) out.push({ ...m, key: out.length });
        setRunning({ done: i + 1, total: chunks.length });
      }
    } catch (e) {
      setFailure(`${errorText(e)}${out.length ? `（已比对前 ${out.length} 个号码）` : ''}`);
    } finally {
      setRows(out);
      setRunning(null);
    }
  };

  const readFile = async (file: File) => {
    try {
      const found = idNumbersFromFile(await readTextFile(file));
      if (found.length === 0) {
        message.warning(`“${file.name}”中没有找到身份证号`);
        return;
      }
      setText(found.join('\n'));
      message.success(`已从“${file.name}”读取 ${found.length} 个号码`);
    } catch {
      message.error(`无法读取“${file.name}”`);
    }
  };

  const columns: TableColumnsType<Row> = [
    { title: '身份证号（输入）', dataIndex: 'input', width: 190, className: 'nowrap' },
    {
      title: '姓名',
      dataIndex: 'nameMasked',
      width: 80,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '台账',
      key: 'found',
      width: 150,
      render: (_, r) =>
        !r.valid ? <Typography.Text type="danger">无效：{r.message}</Typography.Text> : r.found ? <Tag color="blue">在台账</Tag> : <Tag>未在台账</Tag>,
    },
    { title: '村社', dataIndex: 'areaName', width: 110, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: '层级', dataIndex: 'tier', width: 140, render: (_, r) => (r.found ? <TierTag tier={r.tier} /> : '—') },
    {
      title: '民政救助对象',
      dataIndex: 'assistanceObject',
      width: 108,
      render: (v: boolean, r) => (!r.found ? '—' : v ? <Tag color="red">是</Tag> : '否'),
    },
    {
      title: '救助事项',
      dataIndex: 'programs',
      render: (v: string[]) => (v.length ? v.join('、') : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: '身份',
      dataIndex: 'statuses',
      width: 150,
      render: (v: string[]) =>
        v.length ? (
          <Flex gap={4} wrap>
            {v.map((s) => (
              <Tag key={s} color={s === YOUFU ? 'purple' : 'default'} style={{ marginInlineEnd: 0 }}>
                {s}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <PageContainer title="身份比对">
      <ContentCard title="比对名单">
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title="本页只显示人员是否为社会救助、优抚等对象（身份），不显示收入、财产、健康等信息；每次比对都记入操作日志。" />
          <label htmlFor="identity-ids">身份证号（每行一个，也可用逗号或空格分隔）</label>
          <Input.TextArea
            id="identity-ids"
            rows={7}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={'500199198001011234\n500199199003152345'}
            style={{ fontFamily: 'monospace' }}
          />
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Typography.Text type="secondary">
              已识别 {ids.length} 个号码
              {partCount > 1 ? `，将分 ${partCount} 次比对（每次最多 ${MATCH_PART_SIZE} 个）` : ''}
            </Typography.Text>
            <Space wrap>
              <Upload
                accept=".csv,.txt,text/csv,text/plain"
                showUploadList={false}
                beforeUpload={(file) => {
                  void readFile(file);
                  return Upload.LIST_IGNORE;
                }}
              >
                <Button icon={<FileTextOutlined />}>从文件读取</Button>
              </Upload>
              <Button
                icon={<ClearOutlined />}
                disabled={!text && !rows}
                onClick={() => {
                  setText('');
                  setRows(null);
                  setFailure(null);
                }}
              >
                清空
              </Button>
              <Button type="primary" icon={<SearchOutlined />} loading={!!running} onClick={() => void run()}>
                开始比对
              </Button>
            </Space>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            文件可为 CSV 或文本文件（UTF-8 或 GB18030）：有“身份证号”列时读取该列，否则读取第一列。文件只在本机读取，不会上传。
          </Typography.Text>
          {running && running.total > 1 && (
            <Progress percent={Math.round((running.done / running.total) * 100)} aria-label={`比对进度 ${running.done}/${running.total}`} />
          )}
          {failure && <Alert type="error" showIcon title={failure} />}
        </Flex>
      </ContentCard>
      {rows && summary && (
        <ContentCard
          title="比对结果"
          extra={
            <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={() => exportCsv(rows)}>
              导出 CSV
            </Button>
          }
        >
          <Typography.Paragraph data-testid="identity-summary" style={{ marginTop: 0 }}>
            共比对 {summary.total} 个号码，其中民政救助对象 <Typography.Text strong>{summary.assistance}</Typography.Text> 人，优抚对象{' '}
            <Typography.Text strong>{summary.youfu}</Typography.Text> 人，未在台账 <Typography.Text strong>{summary.notFound}</Typography.Text> 人，无效号码{' '}
            <Typography.Text strong>{summary.invalid}</Typography.Text> 个。
          </Typography.Paragraph>
          <Table<Row>
            rowKey="key"
            size="small"
            dataSource={rows}
            columns={columns}
            pagination={{ pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => `共 ${n} 条` }}
            locale={{ emptyText: emptyText('没有比对结果') }}
          />
        </ContentCard>
      )}
    </PageContainer>
  );
}
