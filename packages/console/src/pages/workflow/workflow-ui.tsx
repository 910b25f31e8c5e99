import { useCallback, type ReactNode } from 'react';
import { Alert, App, Button, Empty, Flex, Popconfirm, Space, Tag, Timeline, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { TIER_NAMES, type Tier } from '@xiejiu/rules';
import { SILENT } from '../../apollo';
import { downloadFile } from '../../components/download';
import { TextFormModal } from '../../components/TextFormModal';
import type { HistoryFieldsFragment, MaterialFieldsFragment, ReferralFieldsFragment } from '../../gql/graphql';
import { errorText, hasErrorCode } from '../../utils/errors';
import { formatDateTime } from '../../utils/datetime';
import { formatYuan } from '../../utils/money';
import { TIER_COLORS } from '../ledger/ledger-ui';
import { SUPERVISE_REFERRAL } from './workflow.graphql';

/** Display pieces shared by the workflow pages (受理、申请、转办单、工作台、督办). */

export type Referral = ReferralFieldsFragment;
export type ReferralRef = { id: string; version: number };
export const refOf = (r: Pick<Referral, 'id' | 'version'>): ReferralRef => ({ id: r.id, version: r.version });

export const REFERRAL_STATUS_COLORS: Record<string, string> = {
  PENDING_SIGN: 'blue',
  PROCESSING: 'processing',
  SUPPLEMENT: 'orange',
  VERIFYING: 'cyan',
  PUBLICITY: 'purple',
  DONE: 'success',
  TRANSFERRED: 'default',
  RETURNED: 'warning',
  WITHDRAWN: 'default',
};

export const REFERRAL_STATUS_OPTIONS = [
  ['PENDING_SIGN', '待签收'],
  ['PROCESSING', '办理中'],
  ['SUPPLEMENT', '补正中'],
  ['VERIFYING', '核查中'],
  ['PUBLICITY', '公示中'],
  ['DONE', '已办结'],
  ['TRANSFERRED', '已转办'],
  ['RETURNED', '已退回'],
  ['WITHDRAWN', '已撤回'],
].map(([value, label]) => ({ value, label }));

export const APPLICATION_STATUS_COLORS: Record<string, string> = {
  PENDING_CONFIRM: 'gold',
  ACCEPTED: 'processing',
  CLOSED: 'success',
  REJECTED: 'default',
};

export const APPLICATION_STATUS_OPTIONS = [
  { value: 'PENDING_CONFIRM', label: '待窗口确认' },
  { value: 'ACCEPTED', label: '已受理' },
  { value: 'CLOSED', label: '已办结' },
  { value: 'REJECTED', label: '不予受理' },
];

export function ReferralStatusTag({ r }: { r: Pick<Referral, 'status' | 'statusName' | 'outcome' | 'outcomeName'> }) {
  const color = r.status === 'DONE' && r.outcome === 'REFUSED' ? 'default' : REFERRAL_STATUS_COLORS[r.status];
  const text = r.status === 'DONE' && r.outcomeName ? `${r.statusName}·${r.outcomeName}` : r.statusName;
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}

const CLOCK_COLORS: Record<string, string> = { NORMAL: 'green', AMBER: 'orange', RED: 'red', PAUSED: 'default', DONE: 'default' };

/** The statutory clock as a coloured tag: 正常 / 预警 / 超期 N 个工作日 / 暂停计时 / 已办结. */
export function ClockTag({ r }: { r: Pick<Referral, 'clock' | 'status' | 'closedOn' | 'signDue'> }) {
  const c = r.clock;
  if (r.status === 'PENDING_SIGN' && r.signDue < todayCn() && c.level !== 'RED') {
    return (
      <Tooltip title={`应于 ${r.signDue} 前签收；办结期限 ${c.dueDate}`}>
        <Tag color="volcano" data-clock="SIGN_OVERDUE" style={{ marginInlineEnd: 0 }}>
          逾期未签收
        </Tag>
      </Tooltip>
    );
  }
  let text: string;
  switch (c.level) {
    case 'RED':
      text = `超期 ${c.overdueDays} 个工作日`;
      break;
    case 'AMBER':
      text = `预警 · 剩 ${c.remainingDays} 个工作日`;
      break;
    case 'PAUSED':
      text = '暂停计时';
      break;
    case 'DONE':
      text = `用时 ${c.elapsedDays}/${c.limitDays} 个工作日`;
      break;
    default:
      text = `正常 · 剩 ${c.remainingDays} 个工作日`;
  }
  const tip =
    c.level === 'DONE'
      ? `用时 ${c.elapsedDays} / ${c.limitDays} 个工作日${r.closedOn ? `，${r.closedOn} 办结` : ''}`
      : `时限 ${c.limitDays} 个工作日，已用 ${c.elapsedDays} 个；预警日 ${c.warnDate}，办结期限 ${c.dueDate}${c.paused ? '（按今日恢复计时推算）' : ''}`;
  return (
    <Tooltip title={tip}>
      <Tag color={CLOCK_COLORS[c.level] ?? 'default'} data-clock={c.level} style={{ marginInlineEnd: 0 }}>
        {text}
      </Tag>
    </Tooltip>
  );
}

/** A field the shared view leaves out: said so, instead of an empty cell. */
export function SharedOnly() {
  return (
    <Tooltip title="您不办理该户的事项，只能查看共享信息">
      <Typography.Text type="secondary" data-testid="shared-only">
        仅共享信息
      </Typography.Text>
    </Tooltip>
  );
}

/** A value of a household-carrying record: the value, "仅共享信息" where the shared view leaves it out, else —. */
export function detailOr(access: string, value: ReactNode) {
  if (value !== null && value !== undefined && value !== '') return value;
  return access === 'SHARED' ? <SharedOnly /> : '—';
}

/** The notice on a case seen in the shared view (household/shared-view.ts on the server). */
export function SharedViewAlert() {
  return (
    <Alert
      type="info"
      showIcon
      data-testid="shared-view"
      title="仅共享信息"
      description="您所在部门不办理该户的事项（或您的角色只查看共享信息）：可查看受理号、事项、主管部门、状态、时限、督办和延期；住址、申请人及联系方式、情况说明、申请理由、材料和筛查详情不显示。"
    />
  );
}

/** 重复救: what the household or member already had when the window registered this referral, and the window's reason. */
export function DuplicateNotice({ r }: { r: Pick<Referral, 'duplicateReason' | 'duplicateOf'> }) {
  if (!r.duplicateReason) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-notice"
      title={`重复申请：窗口说明“${r.duplicateReason}”`}
      description={
        <Flex vertical gap={2}>
          <span>受理时已有：</span>
          {(r.duplicateOf ?? []).map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list from one server answer, never reordered
            <span key={i}>· {describeExisting(e)}</span>
          ))}
        </Flex>
      }
    />
  );
}

type Existing = NonNullable<Referral['duplicateOf']>[number];

/** "周雨萱 教育救助 享受中（和安区教委，受理号 SJ…，2026-09-01 起，月 100.00 元）". */
export function describeExisting(e: Existing): string {
  const what = e.kind === 'BENEFIT' ? `${e.programName} ${e.statusName}` : `${e.programName}申请在办（${e.statusName}）`;
  const parts = [
    e.departmentName,
    e.receiptNo ? `受理号 ${e.receiptNo}` : null,
    e.startDate ? `${e.startDate} 起` : null,
    e.monthlyAmountFen != null ? `月 ${formatYuan(e.monthlyAmountFen)} 元` : null,
    e.inScope ? null : `登记在${e.areaName ?? '其他村社'}`,
  ].filter(Boolean);
  return `${e.personName ? `${e.personName} ` : ''}${what}（${parts.join('，')}）`;
}

export function EscalationTag({ level, name }: { level: number; name: string }) {
  if (!level) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={level >= 2 ? 'magenta' : 'volcano'} style={{ marginInlineEnd: 0 }}>
      {name}
    </Tag>
  );
}

export function TierText({ tier, name }: { tier?: string | null; name?: string | null }) {
  if (!tier) return <Typography.Text type="secondary">无分层</Typography.Text>;
  return (
    <Tag color={TIER_COLORS[tier as Tier] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {name ?? TIER_NAMES[tier as Tier] ?? tier}
    </Tag>
  );
}

/** 批准 · 月 1,179.00 元 · 自 2026-05 起 / 不予批准 / —. */
export function OutcomeText({ r }: { r: Referral }) {
  if (r.outcome === 'APPROVED' || (r.status === 'PUBLICITY' && r.decisionAmountFen != null)) {
    const prefix = r.outcome === 'APPROVED' ? '批准' : '拟批准';
    return (
      <span>
        {prefix} · 月 {formatYuan(r.decisionAmountFen)} 元{r.decisionStartMonth ? ` · 自 ${r.decisionStartMonth} 起` : ''}
      </span>
    );
  }
  if (r.outcome === 'REFUSED') return <span>不予批准{r.decisionReason ? `：${r.decisionReason}` : ''}</span>;
  return <Typography.Text type="secondary">—</Typography.Text>;
}

const HISTORY_COLORS: Record<string, string> = {
  'referral.approved': 'green',
  'referral.refused': 'gray',
  'referral.returned': 'orange',
  'referral.supplement_requested': 'orange',
  'referral.overdue': 'red',
  'referral.escalated': 'red',
  'referral.supervised': 'red',
  'application.completed': 'green',
  'application.rejected': 'gray',
};

/** 办理过程: who did what when, oldest first; `programOf` names the referral of each entry. */
export function HistoryTimeline({ history, programOf }: { history: readonly HistoryFieldsFragment[]; programOf?: (referralId: string) => string | undefined }) {
  if (!history.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={history.map((h) => {
        const program = h.referralId ? programOf?.(h.referralId) : undefined;
        return {
          key: h.id,
          color: HISTORY_COLORS[h.kind] ?? 'blue',
          content: (
            <div>
              <Space size={8} wrap>
                <Typography.Text strong>{h.kindName}</Typography.Text>
                {program && <Tag style={{ marginInlineEnd: 0 }}>{program}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(h.at)} · {h.actorDepartment ? `${h.actorDepartment} ` : ''}
                  {h.actorName}
                </Typography.Text>
              </Space>
              {h.note && <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div>}
            </div>
          ),
        };
      })}
    />
  );
}

/** 申请材料: the checklist by program (通用材料 first) with download links of uploaded files (/api/files/<id>). */
export function MaterialsList({
  materials,
  programName,
  shared,
}: {
  materials: readonly MaterialFieldsFragment[];
  programName?: (code: string) => string;
  shared?: boolean;
}) {
  const { message } = App.useApp();
  if (shared) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<SharedOnly />} />;
  if (!materials.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有登记材料" />;
  const groups = new Map<string, MaterialFieldsFragment[]>();
  for (const m of materials) groups.set(m.programCode ?? '', [...(groups.get(m.programCode ?? '') ?? []), m]);
  const titled = !!programName && (groups.size > 1 || !groups.has(''));
  return (
    <Flex vertical gap={12}>
      {[...groups.entries()].map(([code, list]) => (
        <div key={code || 'common'}>
          {titled && (
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
              {code ? programName!(code) : '通用材料'}
            </Typography.Text>
          )}
          <Flex vertical gap={6}>
            {list.map((m) => (
              <Flex key={m.id} gap={8} align="baseline" data-testid="material">
                {m.coveredByReport ? (
                  // 互认: a valid 核查报告 of the household covers this proof; it is not asked for
                  <Tag color="blue" style={{ marginInlineEnd: 0, flex: 'none' }}>
                    已由核查报告覆盖
                  </Tag>
                ) : (
                  <Tag color={m.provided ? 'green' : 'default'} style={{ marginInlineEnd: 0, flex: 'none' }}>
                    {m.provided ? '已收取' : '未收取'}
                  </Tag>
                )}
                <div>
                  <span>{m.name}</span>
                  {m.coveredByReport && m.provided && (
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      （已收取）
                    </Typography.Text>
                  )}
                  {m.fileIds.map((id, i) => (
                    <Typography.Link
                      key={id}
                      style={{ marginLeft: 8, whiteSpace: 'nowrap' }}
                      href={`/api/files/${id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        downloadFile(`/api/files/${id}`, `${m.name}-${i + 1}`).catch((err: Error) => void message.error(err.message));
                      }}
                    >
                      <PaperClipOutlined /> 附件{m.fileIds.length > 1 ? i + 1 : ''}
                    </Typography.Link>
                  ))}
                  {m.note && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {m.note}
                    </Typography.Text>
                  )}
                </div>
              </Flex>
            ))}
          </Flex>
        </div>
      ))}
    </Flex>
  );
}

/**
 * Runs a referral action. A CONFLICT (someone else moved the referral: the version changed)
 * shows the server's Chinese message and offers to reload; other errors are rethrown so a form
 * can show them. Returns true when the action succeeded.
 */
export function useReferralAction(reload: () => unknown) {
  const { modal, message } = App.useApp();
  return useCallback(
    async (run: () => Promise<unknown>, done?: string): Promise<boolean> => {
      try {
        await run();
        if (done) void message.success(done);
        await reload();
        return true;
      } catch (e) {
        if (hasErrorCode(e, 'CONFLICT')) {
          modal.confirm({
            title: '转办单已变化',
            content: errorText(e),
            okText: '刷新',
            cancelText: '关闭',
            onOk: () => reload(),
          });
          return false;
        }
        throw e;
      }
    },
    [modal, message, reload],
  );
}

/** 督办 of one referral (`referral.supervise`): the opinion is sent, the department has 2 working days to answer. */
export function SuperviseModal(props: {
  open: boolean;
  referral?: Pick<Referral, 'id' | 'receiptNo' | 'programName' | 'departmentName'>;
  placeholder?: string;
  onClose: () => void;
  onDone: () => unknown;
}) {
  const { message } = App.useApp();
  const [supervise] = useMutation(SUPERVISE_REFERRAL);
  const r = props.referral;
  return (
    <TextFormModal
      open={props.open}
      title={r ? `督办：${r.receiptNo} ${r.programName}（${r.departmentName}）` : '督办'}
      okText="发出督办"
      name="message"
      label="督办意见"
      required="请填写督办意见"
      maxLength={1000}
      placeholder={props.placeholder}
      onCancel={props.onClose}
      onSubmit={async (text) => {
        await supervise({ variables: { referralId: r!.id, message: text }, context: SILENT });
        void message.success('已督办，部门须在 2 个工作日内答复');
        props.onClose();
        await props.onDone();
      }}
    />
  );
}

/** Today in China (YYYY-MM-DD): the server's clocks and deadlines are in Asia/Shanghai dates. */
export const todayCn = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The current month in China (YYYY-MM). */
export const currentMonth = () => todayCn().slice(0, 7);

/**
 * Whether 公示期满确认 may be given: the server refuses it while today (China) is on or before the
 * last day of 公示 (`publicityEnd`), so the button stays disabled until the day after.
 */
export const publicityEnded = (publicityEnd: string | null | undefined, today: string = todayCn()): boolean => !publicityEnd || today > publicityEnd;

/** A pending extension request as the 延期待审批 tables show it (a referral's or a 会商任务's). */
interface ExtensionRequestRow {
  departmentName: string;
  areaName?: string | null;
  days: number;
  reason: string;
  dueDate?: string | null;
  requestedByName: string;
  requestedAt: string;
}

/**
 * The columns every 延期待审批 table shares after its own leading ones (受理号 and 事项, or the 会商任务): department,
 * area, days, reason, the deadline before the extension, who asked when, and 同意 (confirmed) / 不同意 (with a reason).
 */
export function extensionDecisionColumns<T extends ExtensionRequestRow>(approve: (e: T) => void, reject: (e: T) => void): TableColumnsType<T> {
  return [
    { title: '部门', dataIndex: 'departmentName', width: 120, ellipsis: true },
    { title: '区划', dataIndex: 'areaName', width: 100, ellipsis: true },
    { title: '延期', dataIndex: 'days', width: 96, render: (d: number) => `${d} 个工作日` },
    { title: '理由', dataIndex: 'reason', ellipsis: true },
    { title: '原期限', dataIndex: 'dueDate', width: 100, render: (v: string | null) => v ?? '—' },
    { title: '申请', key: 'by', width: 150, render: (_, e) => `${e.requestedByName} ${formatDateTime(e.requestedAt).slice(5, 16)}` },
    {
      title: '审批',
      key: 'actions',
      width: 130,
      render: (_, e) => (
        <Space size={0}>
          <Popconfirm title={`同意延期 ${e.days} 个工作日？`} okText="同意" cancelText="取消" onConfirm={() => approve(e)}>
            <Button type="link" size="small">
              同意
            </Button>
          </Popconfirm>
          <Button type="link" size="small" danger onClick={() => reject(e)}>
            不同意
          </Button>
        </Space>
      ),
    },
  ];
}
