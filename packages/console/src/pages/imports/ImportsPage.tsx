import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Collapse,
  Flex,
  Progress,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadProps,
} from 'antd';
import { DownloadOutlined, EyeOutlined, FileExcelOutlined, InboxOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { downloadFile } from '../../components/download';
import { emptyText } from '../../components/emptyText';
import { CSRF_HEADER } from '../../components/MaterialUpload';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { usePaging } from '../../components/paging';
import type { ImportBatchFieldsFragment, ImportDatasetsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { enumLabel, enumOptions } from '../../utils/enums';
import { errorText } from '../../utils/errors';
import { CANCEL_IMPORT, IMPORT_BATCH, IMPORT_BATCHES, IMPORT_DATASETS } from './imports.graphql';

type Batch = ImportBatchFieldsFragment;
type DatasetInfo = ImportDatasetsQuery['importDatasets'][number];
type Column = DatasetInfo['columns'][number];

/** The upload endpoint of the server (modules/roster/import.http.ts): POST multipart → 201 { batchId }. */
export const importUrl = (dataset: string) => `/api/imports/${dataset.toLowerCase()}`;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
const STATUS_COLORS: Record<string, string> = { QUEUED: 'default', RUNNING: 'processing', DONE: 'success', FAILED: 'error', CANCELLED: 'warning' };
const isActive = (status: string | undefined) => status === 'QUEUED' || status === 'RUNNING';

/** The Chinese reason of a refused upload: the server's `message`, or one for the HTTP status. */
function refusalText(status: number, body: unknown): string {
  const msg = body && typeof body === 'object' && 'message' in body ? String((body as { message: unknown }).message) : '';
  if (msg) return msg;
  if (status === 401) return '登录已过期，请重新登录后再上传';
  if (status === 403) return '您没有权限导入名册和比对数据';
  if (status === 413) return '文件超过大小上限';
  return `上传失败（HTTP ${status}）`;
}

function StatusTag({ status }: { status: string }) {
  return <Tag color={STATUS_COLORS[status]}>{enumLabel('ImportStatus', status)}</Tag>;
}

function ErrorReportButton({ batch, size }: { batch: Batch; size?: 'small' }) {
  const { message } = App.useApp();
  if (!batch.errorReportUrl) return null;
  return (
    <Button
      size={size}
      type={size ? 'link' : 'default'}
      icon={<DownloadOutlined />}
      onClick={() => void downloadFile(batch.errorReportUrl!, `${batch.datasetName}-错误报告.xlsx`).catch((e: Error) => message.error(e.message))}
    >
      下载错误报告
    </Button>
  );
}

/** The numbers of a batch's result, as statistics. */
function BatchResult({ batch }: { batch: Batch }) {
  const items: Array<[string, number, string?]> = [
    ['数据行数', batch.rows],
    ['有效行', batch.valid],
    ['新增或更新', batch.imported],
    ['未变化', batch.unchanged],
    ['文件内重复', batch.duplicates],
    ['与台账冲突', batch.conflicts, batch.conflicts ? 'warning' : undefined],
    ['错误行', batch.errors, batch.errors ? 'danger' : undefined],
  ];
  return (
    <Flex vertical gap={12}>
      <Flex gap={32} wrap>
        {items.map(([title, value, tone]) => (
          <Statistic
            key={title}
            title={title}
            value={value}
            groupSeparator=","
            styles={{ content: { fontSize: 22, color: tone === 'danger' ? '#cf1322' : tone === 'warning' ? '#ad6800' : undefined } }}
          />
        ))}
      </Flex>
      {batch.errorCounts.length > 0 && (
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          style={{ maxWidth: 640 }}
          dataSource={batch.errorCounts}
          columns={[
            { title: '错误代码', dataIndex: 'code', width: 190 },
            { title: '错误说明', dataIndex: 'name' },
            { title: '行数', dataIndex: 'rows', width: 80, align: 'right' },
          ]}
        />
      )}
    </Flex>
  );
}

/** 本次导入: progress while the batch runs (polled every second), 取消, then the result. */
function BatchPanel({ id, onSettled }: { id: string; onSettled: () => void }) {
  const { message, modal } = App.useApp();
  const { data, error, startPolling, stopPolling, refetch } = useQuery(IMPORT_BATCH, {
    variables: { id },
    fetchPolicy: 'network-only',
    context: SILENT,
  });
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_IMPORT, { context: SILENT });
  const batch = data?.importBatch;
  const active = !batch || isActive(batch.status);
  // A new batch's panel is below the upload area: bring it into view.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' }), []);
  useEffect(() => {
    if (active) startPolling(1000);
    else {
      stopPolling();
      onSettled();
    }
    return () => stopPolling();
  }, [active, startPolling, stopPolling, onSettled]);

  const confirmCancel = () =>
    modal.confirm({
      title: '取消本次导入？',
      content: '已导入的部分将全部回滚，本批次不留任何数据。',
      okText: '取消导入',
      okButtonProps: { danger: true },
      cancelText: '继续导入',
      onOk: async () => {
        try {
          await cancel({ variables: { id } });
          message.success('已请求取消导入');
          await refetch();
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  return (
    <div ref={ref} style={{ scrollMarginTop: 72 }}>
      <ContentCard
        title={batch ? `本次导入：${batch.datasetName}` : '本次导入'}
        extra={batch && <Typography.Text type="secondary">{batch.fileName}</Typography.Text>}
      >
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        {batch && (
          <Flex vertical gap={16}>
            <Flex align="center" gap={16}>
              <StatusTag status={batch.status} />
              <Progress
                percent={batch.progress}
                aria-label={`导入进度 ${batch.progress}%`}
                status={batch.status === 'FAILED' ? 'exception' : batch.status === 'DONE' ? 'success' : batch.status === 'CANCELLED' ? 'normal' : 'active'}
                style={{ flex: 1, margin: 0, maxWidth: 640 }}
              />
              {isActive(batch.status) && (
                <Button danger icon={<StopOutlined />} loading={cancelling} disabled={batch.cancelRequested} onClick={confirmCancel}>
                  {batch.cancelRequested ? '正在取消' : '取消导入'}
                </Button>
              )}
            </Flex>
            {batch.message && <Alert type={batch.status === 'FAILED' ? 'error' : 'info'} showIcon title={batch.message} />}
            {batch.status === 'DONE' && <BatchResult batch={batch} />}
            {batch.errorReportUrl && (
              <Space>
                <ErrorReportButton batch={batch} />
                <Typography.Text type="secondary">错误报告列出每个错误行的原始内容和错误说明，改正后可再次导入。</Typography.Text>
              </Space>
            )}
          </Flex>
        )}
      </ContentCard>
    </div>
  );
}

/** 填写说明 of the template's columns. */
function ColumnNotes({ columns }: { columns: Column[] }) {
  return (
    <Table<Column>
      rowKey="header"
      size="small"
      pagination={false}
      dataSource={columns}
      columns={[
        { title: '列名', dataIndex: 'header', width: 150 },
        { title: '必填', dataIndex: 'required', width: 64, render: (v: boolean) => (v ? '是' : '否') },
        { title: '填写说明', dataIndex: 'note' },
      ]}
    />
  );
}

/** 导入历史: batches of the user's department or area, newest first, with filters and results. */
function BatchHistory({ reloadKey, onOpen }: { reloadKey: number; onOpen: (id: string) => void }) {
  const [dataset, setDataset] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const { page, pageSize, pagination, reset } = usePaging(10);
  const { data, loading, error, refetch } = useQuery(IMPORT_BATCHES, {
    variables: { filter: { dataset: (dataset as never) ?? null, status: (status as never) ?? null }, page, pageSize },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  useEffect(() => {
    if (reloadKey) void refetch();
  }, [reloadKey, refetch]);

  const columns: TableColumnsType<Batch> = [
    {
      title: '导入时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string, b) => (
        <Flex vertical gap={0}>
          <span>{formatDateTime(v)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {b.requestedByName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '数据集', dataIndex: 'datasetName', width: 130 },
    { title: '文件', dataIndex: 'fileName', ellipsis: true },
    { title: '状态', dataIndex: 'status', width: 84, render: (s: string) => <StatusTag status={s} /> },
    {
      title: '结果',
      key: 'result',
      width: 330,
      render: (_, b) =>
        isActive(b.status) ? (
          <Progress percent={b.progress} size="small" aria-label={`导入进度 ${b.progress}%`} status="active" />
        ) : b.status === 'DONE' ? (
          <Flex vertical gap={0}>
            <span>
              共 {b.rows} 行，有效 {b.valid}，新增或更新 {b.imported}，未变化 {b.unchanged}
            </span>
            <Typography.Text type={b.errors ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              重复 {b.duplicates} · 冲突 {b.conflicts} · 错误 {b.errors}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {b.message ?? '—'}
          </Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, b) => (
        <Space size={0} wrap>
          <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => onOpen(b.id)}>
            查看
          </Button>
          <ErrorReportButton batch={b} size="small" />
        </Space>
      ),
    },
  ];

  return (
    <ContentCard
      title="导入历史"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
          刷新
        </Button>
      }
    >
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部数据集"
          aria-label="按数据集筛选"
          style={{ width: 200 }}
          value={dataset}
          options={enumOptions('ImportDataset')}
          onChange={(v) => {
            setDataset(v);
            reset();
          }}
        />
        <Select
          allowClear
          placeholder="全部状态"
          aria-label="按状态筛选"
          style={{ width: 140 }}
          value={status}
          options={enumOptions('ImportStatus')}
          onChange={(v) => {
            setStatus(v);
            reset();
          }}
        />
        <ExportButton list="IMPORT_BATCHES" filter={{ dataset, status }} />
      </Flex>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      <Table<Batch>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.importBatches.items ?? []}
        columns={columns}
        pagination={pagination(data?.importBatches.total)}
        locale={{ emptyText: emptyText('还没有导入记录') }}
      />
    </ContentCard>
  );
}

/**
 * 数据导入 (issue #12, 大数据库): choose a dataset, download its template, upload the filled file, follow
 * the batch's progress, read its result and error report; the history of the department's batches below.
 */
export default function ImportsPage() {
  const { message } = App.useApp();
  const datasets = useQuery(IMPORT_DATASETS, { context: SILENT });
  const list = datasets.data?.importDatasets ?? [];
  const [datasetKey, setDatasetKey] = useState<string | undefined>();
  const selected = list.find((d) => d.dataset === datasetKey) ?? list[0];
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const bumpHistory = useState(() => () => setReloadKey((k) => k + 1))[0];

  const upload: UploadProps['customRequest'] = async ({ file, onSuccess, onError }) => {
    if (!selected) return;
    setUploading(true);
    setRefusal(null);
    try {
      const body = new FormData();
      body.append('file', file as File);
      const res = await fetch(importUrl(selected.dataset), {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { [CSRF_HEADER]: '1' },
      });
      const json = (await res.json().catch(() => null)) as { batchId?: string } | null;
      if (res.status === 201 && json?.batchId) {
        setBatchId(json.batchId);
        bumpHistory();
        message.success(`“${(file as File).name}”已上传，正在导入`);
        onSuccess?.(json);
      } else {
        const text = refusalText(res.status, json);
        setRefusal(text);
        onError?.(new Error(text));
      }
    } catch {
      const text = '无法连接服务器，请检查网络后重试';
      setRefusal(text);
      onError?.(new Error(text));
    } finally {
      setUploading(false);
    }
  };

  const template = (url: string, ext: string) => void downloadFile(url, `${selected?.name ?? '导入'}模板.${ext}`).catch((e: Error) => message.error(e.message));

  return (
    <PageContainer title="数据导入">
      <ContentCard title="导入文件">
        {datasets.error && <Alert type="error" showIcon title={errorText(datasets.error)} style={{ marginBottom: 12 }} />}
        <Flex vertical gap={12}>
          <Flex gap={12} align="center" wrap>
            <label htmlFor="import-dataset">数据集</label>
            <Select
              id="import-dataset"
              style={{ width: 240 }}
              loading={datasets.loading}
              value={selected?.dataset}
              onChange={(v) => {
                setDatasetKey(v);
                setRefusal(null);
              }}
              options={list.map((d) => ({ value: d.dataset, label: d.name }))}
            />
            {/* Shown once the datasets are loaded: a disabled button's grey text fails the contrast check (axe). */}
            {selected && (
              <>
                <Button icon={<FileExcelOutlined />} onClick={() => template(selected.templateUrl, 'xlsx')}>
                  下载 Excel 模板
                </Button>
                <Button icon={<DownloadOutlined />} onClick={() => template(selected.templateCsvUrl, 'csv')}>
                  下载 CSV 模板
                </Button>
              </>
            )}
          </Flex>
          {selected && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {selected.description}
            </Typography.Paragraph>
          )}
          {selected && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'columns',
                  label: `模板各列填写说明（共 ${selected.columns.length} 列，其中必填 ${selected.columns.filter((c) => c.required).length} 列）`,
                  children: <ColumnNotes columns={selected.columns} />,
                },
              ]}
            />
          )}
          <Upload.Dragger
            name="file"
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={!selected || uploading}
            customRequest={upload}
            beforeUpload={(file) => {
              if (!/\.(xlsx|csv)$/i.test(file.name)) {
                setRefusal(`“${file.name}”不是 Excel（.xlsx）或 CSV 文件`);
                return Upload.LIST_IGNORE;
              }
              if (file.size === 0) {
                setRefusal(`“${file.name}”是空文件`);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? '正在上传…' : selected ? `点击或拖入文件，导入“${selected.name}”` : '点击或拖入文件'}</p>
            <p className="ant-upload-hint">支持按模板填写的 Excel（.xlsx）或 CSV（UTF-8 或 GB18030）文件，一次一个文件。</p>
          </Upload.Dragger>
          {refusal && <Alert type="error" showIcon title={refusal} closable onClose={() => setRefusal(null)} />}
        </Flex>
      </ContentCard>
      {batchId && <BatchPanel key={batchId} id={batchId} onSettled={bumpHistory} />}
      <BatchHistory reloadKey={reloadKey} onOpen={(id) => setBatchId(id)} />
    </PageContainer>
  );
}
