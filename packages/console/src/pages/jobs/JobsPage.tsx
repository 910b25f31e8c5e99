import { useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Select, Space, Switch, Table, Typography } from 'antd';
import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { downloadFile } from '../../components/download';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import type { JobFieldsFragment } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { isJobActive, progressColumn, requestedColumn, statusColumn } from '../programs/job-columns';
import { CANCEL_JOB, JOBS } from './jobs.graphql';

type Job = JobFieldsFragment;

/** What a job of each kind counts (households unless said here). */
const UNITS: Record<string, string> = { 'outbox-consume': '条', 'clock-sweep': '件', 'jobs-recover': '个' };

/** 取消 for the requester's own queued or running job (the server checks again). */
export function CancelJobButton({ job, onDone }: { job: Pick<Job, 'id' | 'status' | 'mine' | 'cancelRequested'>; onDone?: () => void }) {
  const { message, modal } = App.useApp();
  const [cancel, { loading }] = useMutation(CANCEL_JOB, { context: SILENT });
  if (!job.mine || !isJobActive(job.status)) return null;
  return (
    <Button
      size="small"
      type="link"
      danger
      icon={<StopOutlined />}
      loading={loading}
      disabled={job.cancelRequested}
      onClick={() =>
        modal.confirm({
          title: '取消该任务？',
          content: job.status === 'RUNNING' ? '任务将在当前批次完成后停止，已完成的部分保留。' : '任务尚未开始，将立即取消。',
          okText: '取消任务',
          cancelText: '不取消',
          onOk: async () => {
            try {
              await cancel({ variables: { id: job.id } });
              message.success(job.status === 'RUNNING' ? '已请求取消，当前批次完成后停止' : '任务已取消');
              onDone?.();
            } catch (e) {
              message.error(errorText(e));
            }
          },
        })
      }
    >
      {job.cancelRequested ? '正在取消' : '取消'}
    </Button>
  );
}

/**
 * 后台任务: every background job the user may see — 复核、模拟测算、台账导出, and for the system
 * administrator the scheduled system jobs — with progress, attempts, errors, cancel and downloads.
 */
export default function JobsPage() {
  const { message } = App.useApp();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [kind, setKind] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(JOBS, {
    variables: { ...page, kind: kind ?? null, mine: mine || null },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const jobs = data?.jobs.items ?? [];
  const active = jobs.some((j) => isJobActive(j.status));
  useEffect(() => {
    if (active) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);

  return (
    <PageContainer title="后台任务" extra={<ExportButton list="JOBS" filter={{ kind, mine: mine || null }} />}>
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          复核、模拟测算、大批量导出等耗时工作在后台分批执行，可离开页面稍后回来查看。失败的任务会自动重试（间隔递增）；您发起的任务在完成前可以取消。
        </Typography.Paragraph>
        <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
          <Space>
            <span>类型</span>
            <Select
              allowClear
              placeholder="全部类型"
              style={{ width: 180 }}
              value={kind}
              onChange={(v) => {
                setKind(v);
                setPage((p) => ({ ...p, page: 1 }));
              }}
              options={(data?.jobKinds ?? []).map((k) => ({ value: k.kind, label: k.name }))}
              aria-label="任务类型"
            />
          </Space>
          <Space>
            <Switch
              checked={mine}
              onChange={(v) => {
                setMine(v);
                setPage((p) => ({ ...p, page: 1 }));
              }}
              aria-label="只看我发起的"
            />
            <span>只看我发起的</span>
          </Space>
        </Flex>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Table<Job>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={jobs}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.jobs.total ?? 0,
            showTotal: (n) => `共 ${n} 个任务`,
            onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
          }}
          columns={[
            requestedColumn<Job>(),
            {
              title: '任务',
              render: (_: unknown, j) => (
                <Flex vertical gap={0}>
                  <span>{j.title}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {j.kindName}
                    {j.attempts > 1 ? ` · 第 ${j.attempts} 次执行（最多 ${j.maxAttempts} 次）` : ''}
                  </Typography.Text>
                  {j.error && (
                    <Typography.Text type={j.status === 'FAILED' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
                      {j.error}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: '区域', dataIndex: 'areaName', width: 110, render: (v: string | null, j) => v ?? j.areaCode ?? '全系统' },
            progressColumn<Job>((j) => UNITS[j.kind] ?? '户'),
            statusColumn<Job>(),
            {
              title: '操作',
              width: 150,
              render: (_: unknown, j) => (
                <Space size={0}>
                  {j.downloadUrl && (
                    <Button
                      size="small"
                      type="link"
                      icon={<DownloadOutlined />}
                      onClick={() => void downloadFile(j.downloadUrl!, `${j.kindName}.xlsx`).catch((e: Error) => message.error(e.message))}
                    >
                      下载
                    </Button>
                  )}
                  <CancelJobButton job={j} onDone={() => void refetch()} />
                </Space>
              ),
            },
          ]}
        />
      </ContentCard>
    </PageContainer>
  );
}
