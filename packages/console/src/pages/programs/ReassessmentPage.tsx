import { useEffect, useState } from 'react';
import { Alert, App, Button, Empty, Flex, Form, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { enumLabel } from '../../utils/enums';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { AreaCascader } from '../../components/AreaCascader';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { DEPARTMENT_OPTIONS } from '../../components/reference.graphql';
import type { ReassessmentFindingsQuery, ReassessmentJobFieldsFragment } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { formatYuan } from '../../utils/money';
import { CancelJobButton } from '../jobs/JobsPage';
import { isJobActive, progressColumn, requestedColumn, statusColumn } from './job-columns';
import { PROGRAMS } from './programs.graphql';
import { REASSESSMENT_FINDINGS, REASSESSMENT_JOBS, START_REASSESSMENT } from './whatif.graphql';
import { VisuallyHidden } from '../../components/VisuallyHidden';

type Job = ReassessmentJobFieldsFragment;
type Finding = ReassessmentFindingsQuery['reassessmentFindings']['items'][number];

function Findings({ job, kind }: { job: Job; kind: 'MISSED' | 'REVIEW' }) {
  const [town, setTown] = useState<string | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const { data, loading, error } = useQuery(REASSESSMENT_FINDINGS, {
    variables: { jobId: job.id, kind, townCode: town ?? null, ...page },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const result = data?.reassessmentFindings;
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Form.Item label="镇街" style={{ margin: 0 }}>
          <AreaCascader
            value={town}
            onChange={(c) => {
              setTown(c);
              setPage((p) => ({ ...p, page: 1 }));
            }}
            maxLevel={2}
            changeOnSelect
            allowClear
            placeholder="全部镇街"
            aria-label="按镇街筛选"
            style={{ width: 240 }}
          />
        </Form.Item>
        <Typography.Text type="secondary">
          {kind === 'MISSED' ? '评估为符合、但未享受也未申请该事项的家庭，请核实后告知或引导申请。' : '正在享受、但按新的条件评估为不符合的家庭，请安排复核。'}
        </Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Table<Finding>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={result?.items ?? []}
        locale={{ emptyText: <Empty description={job.status === 'DONE' ? '没有此类家庭' : '任务完成后显示'} /> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: result?.total ?? 0,
          showTotal: (n) => `共 ${n} 户`,
          onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
        }}
        columns={[
          { title: '户主', dataIndex: 'headName', width: 90, render: (v: string | null, f) => <Link to={`/ledger/${f.householdId}`}>{v ?? '查看'}</Link> },
          { title: '村社', dataIndex: 'areaName', width: 140, render: (v: string | null, f) => v ?? f.areaCode },
          { title: '事项', dataIndex: 'programName' },
          { title: '救助状态', dataIndex: 'benefitStatus', width: 90, render: (v: string | null) => (v ? enumLabel('BenefitStatus', v) : '未享受') },
          { title: '原结果', dataIndex: 'beforeOutcomeName', width: 100 },
          {
            title: '新结果',
            dataIndex: 'afterOutcomeName',
            width: 100,
            render: (v: string, f) => <Tag color={f.afterOutcome === 'ELIGIBLE' ? 'green' : 'red'}>{v}</Tag>,
          },
          { title: '估算月金额（元）', dataIndex: 'afterAmountFen', width: 140, align: 'right', render: (v: number | null) => formatYuan(v) },
        ]}
      />
    </Flex>
  );
}

function StartModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<{ programCode: string; areaCode?: string }>();
  const depts = useQuery(DEPARTMENT_OPTIONS, { context: SILENT });
  const programs = useQuery(PROGRAMS, { context: SILENT });
  const myCode = depts.data?.departments.items.find((d) => d.id === user.departmentId)?.code;
  const own = (programs.data?.programs ?? []).filter((p) => p.ownerCode === myCode);
  const [start, { loading, error }] = useMutation(START_REASSESSMENT, { context: SILENT, refetchQueries: ['ReassessmentJobs'] });
  return (
    <Modal
      open
      title="发起复核"
      okText="开始复核"
      confirmLoading={loading}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then(async (v) => {
            await start({ variables: { programCode: v.programCode, areaCode: v.areaCode ?? null } });
            message.success('复核任务已加入队列，完成后可查看名单');
            onClose();
          })
          .catch(() => undefined)
      }
    >
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">按今天的参数和台账信息，在后台重新筛查所选区域内的全部家庭，找出疑似漏救和需要复核的家庭。</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="programCode" label="事项（本部门）" rules={[{ required: true, message: '请选择事项' }]}>
          <Select options={own.map((p) => ({ value: p.code, label: p.name }))} loading={programs.loading || depts.loading} placeholder="选择事项" />
        </Form.Item>
        <Form.Item name="areaCode" label="区域（默认本辖区）">
          <AreaCascader changeOnSelect allowClear placeholder={user.areaName ?? '本辖区'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 复核任务: background re-screening jobs with progress, and their 漏救 / 复核 lists. */
export default function ReassessmentPage() {
  const can = useCan();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [selected, setSelected] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const { data, loading, error, startPolling, stopPolling } = useQuery(REASSESSMENT_JOBS, {
    variables: page,
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const jobs = data?.reassessmentJobs.items ?? [];
  const active = jobs.some((j) => isJobActive(j.status));
  useEffect(() => {
    if (active) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);
  const job = jobs.find((j) => j.id === selected) ?? jobs[0];

  return (
    <PageContainer
      title="复核任务"
      extra={
        can('PROGRAM_MANAGE') && (
          <Button type="primary" icon={<SyncOutlined />} onClick={() => setStarting(true)}>
            发起复核
          </Button>
        )
      }
    >
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          主管部门调整参数后，系统在后台按新参数分批重新筛查本辖区台账；也可按事项和区域随时发起复核。名单只显示您辖区内、您有权办理的事项。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        <Table<Job>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={jobs}
          rowSelection={{
            type: 'radio',
            columnTitle: <VisuallyHidden>选择</VisuallyHidden>,
            selectedRowKeys: job ? [job.id] : [],
            onChange: (keys) => setSelected(String(keys[0])),
          }}
          onRow={(j) => ({ onClick: () => setSelected(j.id) })}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.reassessmentJobs.total ?? 0,
            onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
          }}
          columns={[
            requestedColumn<Job>(),
            {
              title: '事项 / 参数',
              render: (_: unknown, j) => (
                <Flex vertical gap={0}>
                  <span>{j.parameterName ? `${j.programName} · ${j.parameterName}` : j.programName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {j.kindName}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: '评估日期', dataIndex: 'asOf', width: 100 },
            { title: '区域', dataIndex: 'areaName', width: 100, render: (v: string | null, j) => v ?? j.areaCode },
            progressColumn<Job>(),
            statusColumn<Job>(),
            { title: '疑似漏救', dataIndex: 'missedCount', width: 80, align: 'right' },
            { title: '建议复核', dataIndex: 'reviewCount', width: 80, align: 'right' },
            { title: '操作', width: 90, render: (_: unknown, j) => <CancelJobButton job={j} /> },
          ]}
        />
      </ContentCard>
      {job && (
        <ContentCard title={`${job.programName}${job.parameterName ? ` · ${job.parameterName}` : ''}（${job.asOf}）`}>
          {job.error && <Alert type="error" showIcon title={job.error} style={{ marginBottom: 12 }} />}
          <Tabs
            items={[
              { key: 'MISSED', label: `疑似漏救（${job.missedCount}）`, children: <Findings key={`${job.id}-m`} job={job} kind="MISSED" /> },
              { key: 'REVIEW', label: `建议复核（${job.reviewCount}）`, children: <Findings key={`${job.id}-r`} job={job} kind="REVIEW" /> },
            ]}
          />
        </ContentCard>
      )}
      {starting && <StartModal onClose={() => setStarting(false)} />}
    </PageContainer>
  );
}
