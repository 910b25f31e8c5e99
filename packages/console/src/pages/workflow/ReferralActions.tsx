import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Tooltip } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import type { IntakeProgramsQuery } from '../../gql/graphql';
import dayjs, { type Dayjs } from 'dayjs';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import { errorText } from '../../utils/errors';
import { fenToYuan, yuanToFen } from '../../utils/money';
import {
  COMPLETE_PUBLICITY,
  DECIDE_REFERRAL,
  INTAKE_PROGRAMS,
  REQUEST_EXTENSION,
  REQUEST_SUPPLEMENT,
  RETURN_REFERRAL,
  SIGN_REFERRALS,
  TRANSFER_REFERRAL,
} from './workflow.graphql';
import { currentMonth, publicityEnded, refOf, useReferralAction, type Referral } from './workflow-ui';

/** Default 救济途径告知 of a refusal (the server uses the same text when none is given). */
export const DEFAULT_LEGAL_REMEDY =
  '如对本决定不服，可自收到本决定之日起六十日内向本级人民政府或上一级主管部门申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

type Kind = 'supplement' | 'decide' | 'objection' | 'transfer' | 'return' | 'extend';

interface DecisionValues {
  approve: boolean;
  amountYuan?: number;
  startMonth?: Dayjs;
  reason?: string;
  legalRemedy?: string;
}

type IntakeProgram = IntakeProgramsQuery['programs'][number];

/** How a decision to approve proceeds: straight into the ledger, or 公示 first (the server decides again). */
function publicityHint(p: IntakeProgram | undefined, personAge?: number | null): string {
  if (!p) return '批准后按该事项的公示规则进入公示期或直接记入台账。';
  if (!p.publicityRule.required) return '该事项不需公示：批准后直接记入台账，救助记录和家庭层级随之更新。';
  if (p.publicityRule.minors === 'NEVER' && personAge != null && personAge < 18) {
    return '申请成员未满 18 周岁，按规定不公示：批准后直接记入台账，救助记录和家庭层级随之更新。';
  }
  return `该事项须公示 ${p.publicityRule.days ?? 7} 日：批准后进入公示期（暂停计时），期满无异议确认后记入台账。`;
}

/**
 * 部门办理 buttons of a referral owned by the user's department, by status; each sends the
 * referral's version (optimistic lock). A CONFLICT shows the server's message and offers to reload.
 */
export function DepartmentActions({
  r,
  reload,
  estimatedFen,
  personAge,
}: {
  r: Referral;
  reload: () => unknown;
  estimatedFen?: number | null;
  personAge?: number | null;
}) {
  const { message, modal } = App.useApp();
  const act = useReferralAction(reload);
  const dialog = useDialog<Kind>();
  const [busy, setBusy] = useState(false);
  const [sign] = useMutation(SIGN_REFERRALS);
  const [supplement] = useMutation(REQUEST_SUPPLEMENT);
  const [decide] = useMutation(DECIDE_REFERRAL);
  const [publicity] = useMutation(COMPLETE_PUBLICITY);
  const [transfer] = useMutation(TRANSFER_REFERRAL);
  const [ret] = useMutation(RETURN_REFERRAL);
  const [extend] = useMutation(REQUEST_EXTENSION);
  // The catalogue in force, from the server: transfer targets, and the publicity rule shown before a decision.
  const programs = useQuery(INTAKE_PROGRAMS, { skip: (dialog.target !== 'transfer' && dialog.target !== 'decide') || !dialog.isOpen });
  const ref = refOf(r);
  const s = r.status;
  const open = !['DONE', 'TRANSFERRED', 'WITHDRAWN', 'RETURNED'].includes(s);
  const publicityOver = publicityEnded(r.publicityEnd);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    const ok = await act(fn, done);
    dialog.close();
    return ok;
  };

  const signOne = async () => {
    setBusy(true);
    try {
      const res = await sign({ variables: { refs: [ref] }, context: SILENT });
      const x = res.data!.signReferrals[0];
      if (x.ok) {
        void message.success('已签收，开始计时办理');
        await reload();
      } else {
        modal.confirm({ title: '未能签收', content: x.message ?? '签收失败', okText: '刷新', cancelText: '关闭', onOk: () => reload() });
      }
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const simple = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await act(fn, done);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const decideModal = dialog.target === 'decide';
  const estimatedYuan = estimatedFen != null ? fenToYuan(estimatedFen) : undefined;

  return (
    <>
      <Space wrap data-testid="department-actions">
        {s === 'PENDING_SIGN' && (
          <Button type="primary" loading={busy} onClick={() => void signOne()}>
            签收
          </Button>
        )}
        {(s === 'PROCESSING' || s === 'VERIFYING') && (
          <Button type="primary" onClick={() => dialog.open('decide')}>
            作出决定
          </Button>
        )}
        {(s === 'PROCESSING' || s === 'VERIFYING') && <Button onClick={() => dialog.open('supplement')}>要求补正</Button>}
        {s === 'PUBLICITY' && (
          <Tooltip title={publicityOver ? undefined : `公示期至 ${r.publicityEnd}，${dayjs(r.publicityEnd).add(1, 'day').format('YYYY-MM-DD')} 起方可确认`}>
            {/* a disabled button gets no pointer events: the wrapper shows the tooltip */}
            <span style={{ display: 'inline-block', cursor: publicityOver ? undefined : 'not-allowed' }}>
              <Popconfirm
                title="公示期满确认"
                description={`公示期至 ${r.publicityEnd ?? '—'}，确认期满无异议并批准入账？`}
                okText="确认批准"
                cancelText="取消"
                disabled={!publicityOver}
                onConfirm={() => simple(() => publicity({ variables: { ref, objection: null }, context: SILENT }), '公示期满，已批准入账')}
              >
                <Button type="primary" loading={busy} disabled={!publicityOver} style={publicityOver ? undefined : { pointerEvents: 'none' }}>
                  公示期满确认
                </Button>
              </Popconfirm>
            </span>
          </Tooltip>
        )}
        {s === 'PUBLICITY' && <Button onClick={() => dialog.open('objection')}>公示有异议</Button>}
        {(s === 'PENDING_SIGN' || s === 'PROCESSING') && <Button onClick={() => dialog.open('transfer')}>转办</Button>}
        {(s === 'PENDING_SIGN' || s === 'PROCESSING' || s === 'VERIFYING') && (
          <Button danger onClick={() => dialog.open('return')}>
            退回窗口
          </Button>
        )}
        {open && s !== 'PENDING_SIGN' && <Button onClick={() => dialog.open('extend')}>申请延期</Button>}
      </Space>

      <FormModal<DecisionValues>
        open={dialog.isOpen && decideModal}
        title={`作出决定：${r.programName}${r.personName ? `（${r.personName}）` : ''}`}
        okText="提交决定"
        width={600}
        initialValues={{ approve: true, amountYuan: estimatedYuan, startMonth: dayjs(`${currentMonth()}-01`), legalRemedy: DEFAULT_LEGAL_REMEDY }}
        onCancel={dialog.close}
        mapErrorField={(f) => ({ monthlyAmountFen: 'amountYuan', startMonth: 'startMonth', reason: 'reason', legalRemedy: 'legalRemedy' })[f]}
        onSubmit={(v) =>
          run(
            () =>
              decide({
                variables: {
                  ref,
                  input: v.approve
                    ? {
                        approve: true,
                        monthlyAmountFen: yuanToFen(v.amountYuan ?? 0),
                        startMonth: v.startMonth!.format('YYYY-MM'),
                        reason: v.reason?.trim() || null,
                      }
                    : { approve: false, reason: v.reason!.trim(), legalRemedy: v.legalRemedy?.trim() || null },
                },
                context: SILENT,
              }),
            v.approve ? '已作出批准决定' : '已作出不予批准决定',
          )
        }
      >
        <Form.Item name="approve" label="决定">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: '批准' },
              { value: false, label: '不予批准' },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: DecisionValues, b: DecisionValues) => a.approve !== b.approve}>
          {({ getFieldValue }) =>
            getFieldValue('approve') ? (
              <>
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={publicityHint(
                    programs.data?.programs.find((p) => p.code === r.programCode),
                    personAge,
                  )}
                />
                <Space size={16} align="start" style={{ display: 'flex' }}>
                  <Form.Item
                    name="amountYuan"
                    label="核定月救助金额（元）"
                    rules={[{ required: true, message: '请填写核定的月救助金额' }]}
                    extra={estimatedYuan != null ? `受理时筛查估算：${estimatedYuan.toFixed(2)} 元` : undefined}
                  >
                    <InputNumber min={0} max={1_000_000} precision={2} step={10} style={{ width: 200 }} placeholder="0.00" />
                  </Form.Item>
                  <Form.Item name="startMonth" label="发放起始月份" rules={[{ required: true, message: '请选择发放起始月份' }]}>
                    <DatePicker picker="month" allowClear={false} style={{ width: 180 }} disabledDate={(d) => d.format('YYYY-MM') < currentMonth()} />
                  </Form.Item>
                </Space>
                <Form.Item name="reason" label="决定说明（可选）">
                  <Input.TextArea rows={2} maxLength={1000} placeholder="核定依据等" />
                </Form.Item>
              </>
            ) : (
              <>
                <Form.Item name="reason" label="不予批准的理由" rules={[{ required: true, whitespace: true, message: '请填写不予批准的理由' }]}>
                  <Input.TextArea rows={3} maxLength={1000} showCount placeholder="如：家庭人均收入高于当地低保标准" />
                </Form.Item>
                <Form.Item name="legalRemedy" label="救济途径告知" rules={[{ required: true, whitespace: true, message: '请填写救济途径' }]}>
                  <Input.TextArea rows={3} maxLength={500} />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </FormModal>

      <FormModal<{ note: string; dueDate?: Dayjs }>
        open={dialog.isOpen && dialog.target === 'supplement'}
        title="要求补正材料"
        okText="通知窗口补正（暂停计时）"
        onCancel={dialog.close}
        mapErrorField={(f) => (f === 'note' || f === 'dueDate' ? f : undefined)}
        onSubmit={(v) =>
          run(
            () => supplement({ variables: { ref, note: v.note.trim(), dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null }, context: SILENT }),
            '已通知窗口补正，补正期间暂停计时',
          )
        }
      >
        <Form.Item name="note" label="需补正的材料或情况" rules={[{ required: true, whitespace: true, message: '请填写需补正的材料或情况' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="dueDate" label="补正期限" extra="不填则为 5 个工作日后。">
          <DatePicker disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </FormModal>

      <TextFormModal
        open={dialog.isOpen && dialog.target === 'objection'}
        title="公示有异议"
        okText="重新调查"
        name="objection"
        label="异议内容"
        required="请填写异议内容"
        maxLength={500}
        onCancel={dialog.close}
        onSubmit={(objection) => run(() => publicity({ variables: { ref, objection }, context: SILENT }), '已记录异议，转入重新调查')}
      />

      <FormModal<{ targetProgramCode: string; reason: string }>
        open={dialog.isOpen && dialog.target === 'transfer'}
        title="转办其他部门"
        okText="转办"
        onCancel={dialog.close}
        mapErrorField={(f) => (f === 'targetProgramCode' || f === 'reason' ? f : undefined)}
        onSubmit={(v) =>
          run(() => transfer({ variables: { ref, targetProgramCode: v.targetProgramCode, reason: v.reason.trim() }, context: SILENT }), '已转办')
        }
      >
        <Form.Item name="targetProgramCode" label="转办事项" rules={[{ required: true, message: '请选择转办的事项' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={programs.loading}
            placeholder="选择其他部门主管的事项"
            options={(programs.data?.programs ?? [])
              .filter((p) => p.code !== r.programCode && (r.personId || p.subject !== 'MEMBER'))
              .map((p) => ({ value: p.code, label: `${p.name}（${p.ownerName ?? p.ownerCode}）` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label="转办理由" rules={[{ required: true, whitespace: true, message: '请填写转办理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>

      <TextFormModal
        open={dialog.isOpen && dialog.target === 'return'}
        title="退回窗口"
        okText="退回"
        name="reason"
        label="退回理由"
        required="请填写退回理由"
        maxLength={500}
        placeholder="如：事项选择错误；缺少户籍等基本信息"
        onCancel={dialog.close}
        onSubmit={(reason) => run(() => ret({ variables: { ref, reason }, context: SILENT }), '已退回窗口')}
      />

      <FormModal<{ days: number; reason: string }>
        open={dialog.isOpen && dialog.target === 'extend'}
        title="申请延期"
        okText="提交延期申请"
        initialValues={{ days: 5 }}
        onCancel={dialog.close}
        mapErrorField={(f) => (f === 'days' || f === 'reason' ? f : undefined)}
        onSubmit={(v) =>
          run(() => extend({ variables: { referralId: r.id, days: v.days, reason: v.reason.trim() }, context: SILENT }), '延期申请已提交，待督办人审批')
        }
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`当前时限 ${r.clock.limitDays} 个工作日${r.extendableTo ? `，最长可延至 ${r.extendableTo} 个工作日` : ''}；延期须经镇街分管负责人或联席会议审批。`}
        />
        <Form.Item name="days" label="延期（工作日）" rules={[{ required: true, message: '请填写延期天数' }]}>
          <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reason" label="延期理由" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
