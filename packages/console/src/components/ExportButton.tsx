import { useEffect, useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../apollo';
import { useCan } from '../auth/CurrentUserContext';
import type { ExportFiltersInput, ExportList, Permission } from '../gql/graphql';
import { errorText } from '../utils/errors';
import { downloadFile } from './download';
import { EXPORT_JOB, START_LIST_EXPORT } from './exports.graphql';
import { LinkOutsideRouter } from './LinkOutsideRouter';

/** Where each list's filter goes in `ExportFiltersInput`, and the permission that shows the button (else: whoever sees the list). */
const LISTS: Record<ExportList, { field: keyof ExportFiltersInput; name: string; permission?: Permission }> = {
  HOUSEHOLDS: { field: 'households', name: '户籍台账', permission: 'HOUSEHOLD_EXPORT' },
  FINDINGS: { field: 'findings', name: '比对疑点' },
  REFERRALS: { field: 'referrals', name: '转办单' },
  APPLICATIONS: { field: 'applications', name: '申请' },
  VISIT_TASKS: { field: 'visitTasks', name: '走访任务' },
  AUDIT_LOGS: { field: 'auditLogs', name: '操作日志' },
  SMS_MESSAGES: { field: 'smsMessages', name: '短信记录' },
  USERS: { field: 'users', name: '用户' },
  JOBS: { field: 'jobs', name: '后台任务' },
  INBOX_NOTIFICATIONS: { field: 'inboxNotifications', name: '站内消息' },
  API_TOKENS: { field: 'apiTokens', name: '接口令牌', permission: 'API_TOKEN_MANAGE' },
  WEBHOOK_SUBSCRIPTIONS: { field: 'webhookSubscriptions', name: '回调地址', permission: 'API_TOKEN_MANAGE' },
  ADMIN_CHANGE_REQUESTS: { field: 'adminChangeRequests', name: '管理员账号变更申请', permission: 'ADMIN_CHANGE_REVIEW' },
  EXTENSION_REQUESTS: { field: 'extensionRequests', name: '延期申请', permission: 'REFERRAL_SUPERVISE' },
  SUPERVISION_ITEMS: { field: 'supervisionItems', name: '督办事项', permission: 'APPLICATION_READ' },
  ADVANCE_RELIEFS: { field: 'advanceReliefs', name: '先行救助', permission: 'APPLICATION_READ' },
  CONSULTATION_CASES: { field: 'consultationCases', name: '会商个案', permission: 'APPLICATION_READ' },
  CONSULTATION_TASKS: { field: 'consultationTasks', name: '会商任务', permission: 'APPLICATION_READ' },
  PUBLICITY_ENTRIES: { field: 'publicityEntries', name: '公示记录' },
  PORTAL_MESSAGES: { field: 'portalMessages', name: '群众留言', permission: 'PORTAL_MESSAGE_REPLY' },
  IMPORT_BATCHES: { field: 'importBatches', name: '数据导入记录', permission: 'ROSTER_IMPORT' },
  VERIFICATIONS: { field: 'verifications', name: '核查任务', permission: 'HOUSEHOLD_READ' },
  AREAS: { field: 'areas', name: '行政区划', permission: 'AREA_READ' },
  DEPARTMENTS: { field: 'departments', name: '部门', permission: 'DEPARTMENT_READ' },
  PROGRAMS: { field: 'programs', name: '救助事项目录' },
  CALENDAR_DAYS: { field: 'calendarDays', name: '节假日日历' },
  SMS_TEMPLATES: { field: 'smsTemplates', name: '短信模板', permission: 'SMS_READ' },
  PORTAL_NOTICES: { field: 'portalNotices', name: '通知公告', permission: 'PORTAL_MANAGE' },
  PORTAL_FAQS: { field: 'portalFaqs', name: '常见问题', permission: 'PORTAL_MANAGE' },
  SERVICE_WINDOWS: { field: 'serviceWindows', name: '受理窗口', permission: 'PORTAL_MANAGE' },
};

/** Drops empty values, so the file's filter is the one on screen (and the URL stays short). */
function clean(filter: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/**
 * 导出 Excel for a list page: the page's current filter, masked (docs/security.md). Small exports download at
 * once (`GET /files/exports/<list>.xlsx`); when the server answers USE_EXPORT_JOB the button starts the
 * list's export job and shows 导出中… with its progress, then the download (also in 后台任务).
 */
export function ExportButton({ list, filter }: { list: ExportList; filter: object }) {
  const can = useCan();
  const { message } = App.useApp();
  const spec = LISTS[list];
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startExport] = useMutation(START_LIST_EXPORT, { context: SILENT });
  const { data, startPolling, stopPolling } = useQuery(EXPORT_JOB, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    context: SILENT,
    fetchPolicy: 'network-only',
  });
  const job = jobId && data?.job?.id === jobId ? data.job : null;
  const running = !!jobId && (!job || job.status === 'QUEUED' || job.status === 'RUNNING');

  useEffect(() => {
    if (running) startPolling(1500);
    else stopPolling();
  }, [running, startPolling, stopPolling]);

  if (spec.permission && !can(spec.permission)) return null;

  const run = async () => {
    setBusy(true);
    const f = clean(filter);
    try {
      await downloadFile(`/files/exports/${list.toLowerCase().replace(/_/g, '-')}.xlsx?filter=${encodeURIComponent(JSON.stringify(f))}`, `${spec.name}.xlsx`);
    } catch (e) {
      if ((e as { code?: string }).code !== 'USE_EXPORT_JOB') {
        const text = (e as Error).message;
        void message.error({ content: text, key: text });
        return;
      }
      try {
        const r = await startExport({ variables: { list, filters: { [spec.field]: f } } });
        const id = r.data!.startListExport.id;
        setJobId(id);
      } catch (e2) {
        void message.error(errorText(e2));
      }
    } finally {
      setBusy(false);
    }
  };

  const download = async (url: string) => {
    try {
      await downloadFile(url, `${spec.name}.xlsx`);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <Space size="small">
      <Button icon={<DownloadOutlined />} loading={busy || running} disabled={running} onClick={() => void run()}>
        {running ? `导出中… ${job?.progress ?? 0}%` : '导出 Excel'}
      </Button>
      {jobId && (
        <Typography.Text type="secondary" role="status">
          {job?.downloadUrl ? (
            <Button type="link" size="small" onClick={() => void download(job.downloadUrl!)}>
              下载导出文件
            </Button>
          ) : job && !running ? (
            `导出${job.statusName}`
          ) : (
            '范围较大，已转为后台导出'
          )}
          ，见 <LinkOutsideRouter to="/jobs">后台任务</LinkOutsideRouter>
        </Typography.Text>
      )}
    </Space>
  );
}
