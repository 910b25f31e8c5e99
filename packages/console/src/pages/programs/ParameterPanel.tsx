import { useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { enumLabel } from '../../utils/enums';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { DEPARTMENT_OPTIONS } from '../../components/reference.graphql';
import { OutcomeTag } from '../../components/screening/ScreeningResults';
import { applyFieldErrors } from '../../components/fieldErrors';
import type { PreviewParameterVersionQuery, ProgramParametersQuery } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { formatYuan } from '../../utils/money';
import { displayToInput, INPUT_SUFFIX, inputToValue, type InputValue } from './param-value';
import { ADD_PARAMETER_VERSION, PARAMETERS, PREVIEW_PARAMETER } from './whatif.graphql';
import { ScrollBox } from '../../components/ScrollBox';
import { VisuallyHidden } from '../../components/VisuallyHidden';

type Param = ProgramParametersQuery['parameters'][number];
type PreviewRow = PreviewParameterVersionQuery['previewParameterVersion']['rows'][number];

/** The department code of the signed-in user (parameters are edited by the owner department only). */
export function useMyDepartmentCode(): string | null {
  const user = useCurrentUser();
  const can = useCan();
  const { data } = useQuery(DEPARTMENT_OPTIONS, { skip: !user.departmentId || !can('DEPARTMENT_READ'), context: SILENT });
  return data?.departments.items.find((d) => d.id === user.departmentId)?.code ?? null;
}

interface EditorValues {
  value: InputValue;
  effectiveFrom: Dayjs;
  legalRef: string;
  reason: string;
}

const tomorrow = () => dayjs().add(1, 'day').startOf('day');

/** 参数调整: value, date ≥ tomorrow, legal reference, reason; preview on sample households before saving. */
function ParameterEditor({ param, programCode, onClose }: { param: Param; programCode: string; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const [error, setError] = useState<string | null>(null);
  const [preview, previewState] = useLazyQuery(PREVIEW_PARAMETER, { fetchPolicy: 'network-only' });
  const [save, saveState] = useMutation(ADD_PARAMETER_VERSION, { context: SILENT, refetchQueries: ['ProgramParameters', 'Programs'] });
  const suffix = INPUT_SUFFIX[param.unit];
  const result = previewState.data?.previewParameterVersion;

  const values = async () => {
    const v = await form.validateFields();
    return {
      effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
      value: inputToValue(param.unit, v.value),
      legalRef: v.legalRef?.trim() ?? '',
      reason: v.reason?.trim() ?? '',
    };
  };

  const runPreview = async () => {
    setError(null);
    const v = await values();
    const r = await preview({ variables: { programCode, parameterCode: param.code, effectiveFrom: v.effectiveFrom, value: v.value }, context: SILENT }).catch(
      (e) => ({ error: e }),
    );
    if (r.error) setError(errorText(r.error));
  };

  const submit = async () => {
    setError(null);
    const v = await values();
    try {
      await save({ variables: { input: { code: param.code, ...v } } });
      message.success('已保存新参数版本，后台复核任务已开始');
      onClose(true);
    } catch (e) {
      const rest = applyFieldErrors(form, e, (f) => (f === 'code' ? undefined : f));
      setError(rest.length ? rest.join('；') : null);
    }
  };

  return (
    <Modal
      open
      width={1000}
      title={`调整参数：${param.name}`}
      onCancel={() => onClose(false)}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={() => onClose(false)}>取消</Button>
          <Button icon={<EyeOutlined />} onClick={() => void runPreview().catch(() => undefined)} loading={previewState.loading}>
            预览影响
          </Button>
          <Button type="primary" onClick={() => void submit().catch(() => undefined)} loading={saveState.loading} disabled={!result}>
            保存
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        新版本最早从明天起生效，已生效的历史版本不会改写。保存前请先预览对样本家庭的影响；保存后系统在后台按新参数复核本辖区台账。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<EditorValues>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ value: displayToInput(param.unit, param.valueAt, param.codesAt), effectiveFrom: dayjs().add(1, 'month').startOf('month') }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="value" label={`新值（现行：${param.valueAt ?? '无'}）`} rules={[{ required: true, message: '请填写新值' }]} style={{ width: 260 }}>
            {param.unit === 'codes' ? (
              <Select mode="multiple" placeholder="请选择" aria-label="新值" options={(param.codes ?? []).map((c) => ({ value: c.code, label: c.name }))} />
            ) : (
              <InputNumber
                style={{ width: '100%' }}
                min={0}
                precision={param.unit === 'fen' || param.unit === 'fenPerKWh' ? 2 : undefined}
                suffix={suffix}
                aria-label="新值"
              />
            )}
          </Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]} style={{ width: 180 }}>
            <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isBefore(tomorrow())} aria-label="生效日期" />
          </Form.Item>
          <Form.Item
            name="legalRef"
            label="依据（文件名称或文号）"
            rules={[{ required: true, whitespace: true, message: '请填写依据' }]}
            style={{ flex: 1, minWidth: 260 }}
          >
            <Input maxLength={200} placeholder="如：和安府发〔2026〕12号" />
          </Form.Item>
        </Flex>
        <Form.Item name="reason" label="调整理由" rules={[{ required: true, whitespace: true, min: 4, message: '请说明调整理由（至少 4 个字）' }]}>
          <Input.TextArea rows={2} maxLength={300} showCount />
        </Form.Item>
      </Form>
      {result && (
        <Flex vertical gap={8} data-testid="parameter-preview">
          <Typography.Text>
            {result.effectiveFrom} 起 {result.parameterName}：{result.currentValue ?? '无'} → <Typography.Text strong>{result.proposedValue}</Typography.Text>
            。比较 {result.poolSize} 户（享受{result.programName}或已分层、您可查看详细信息的家庭），其中 {result.changedCount} 户结果或金额变化；显示前{' '}
            {result.rows.length} 户。
          </Typography.Text>
          <ScrollBox label="样本家庭调整前后" maxHeight={340}>
            <Table<PreviewRow>
              rowKey="householdId"
              size="small"
              pagination={false}
              dataSource={result.rows}
              columns={[
                { title: '户主', dataIndex: 'headName', width: 80, render: (v: string | null) => v ?? '—' },
                { title: '村社', dataIndex: 'areaName', width: 120, render: (v: string | null) => v ?? '—' },
                {
                  title: '救助状态',
                  dataIndex: 'benefitStatus',
                  width: 90,
                  render: (v: string | null) => (v ? <Tag>{enumLabel('BenefitStatus', v)}</Tag> : '—'),
                },
                { title: '现行', width: 90, render: (_: unknown, r) => <OutcomeTag outcome={r.beforeOutcome} name={r.beforeOutcomeName} /> },
                { title: '现行金额（元）', dataIndex: 'beforeAmountFen', width: 120, align: 'right', render: (v: number | null) => formatYuan(v) },
                { title: '调整后', width: 90, render: (_: unknown, r) => <OutcomeTag outcome={r.afterOutcome} name={r.afterOutcomeName} /> },
                { title: '调整后金额（元）', dataIndex: 'afterAmountFen', width: 130, align: 'right', render: (v: number | null) => formatYuan(v) },
                {
                  title: '变化',
                  render: (_: unknown, r) => (
                    <Space size={4} wrap>
                      {r.changed ? <Tag color="blue">有变化</Tag> : <Typography.Text type="secondary">无</Typography.Text>}
                      {r.otherChanges.map((c) => (
                        <Typography.Text key={c} type="secondary" style={{ fontSize: 12 }}>
                          {c}
                        </Typography.Text>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </ScrollBox>
        </Flex>
      )}
    </Modal>
  );
}

/** 参数与版本时间线 of one program; the owner department may add a dated version. */
export function ParameterPanel({ programCode, ownerCode, asOf }: { programCode: string; ownerCode: string; asOf: string }) {
  const can = useCan();
  const myDept = useMyDepartmentCode();
  const [editing, setEditing] = useState<Param | null>(null);
  const { data, loading, error } = useQuery(PARAMETERS, { variables: { programCode, asOf }, fetchPolicy: 'cache-and-network', context: SILENT });
  const mayEdit = can('PROGRAM_MANAGE') && myDept === ownerCode;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  return (
    <>
      <Table<Param>
        rowKey="code"
        size="small"
        loading={loading && !data}
        pagination={false}
        dataSource={data?.parameters ?? []}
        expandable={{
          columnTitle: <VisuallyHidden>版本</VisuallyHidden>,
          expandedRowRender: (p) => (
            <Timeline
              style={{ marginTop: 8 }}
              items={[...p.versions].reverse().map((v) => ({
                color: v.effectiveFrom > asOf ? 'blue' : 'gray',
                content: (
                  <span>
                    <Typography.Text strong>{v.effectiveFrom}</Typography.Text> 起 {v.value}
                    <Typography.Text type="secondary">
                      {'　'}
                      {v.legalRef}
                      {v.note ? `（${v.note}）` : ''}
                      {v.recordedBy ? `　${v.recordedBy}：${v.reason ?? ''}` : ''}
                    </Typography.Text>
                    {v.effectiveFrom > asOf && (
                      <Tag color="blue" style={{ marginInlineStart: 8 }}>
                        待生效
                      </Tag>
                    )}
                  </span>
                ),
              }))}
            />
          ),
        }}
        columns={[
          { title: '参数', dataIndex: 'name' },
          { title: '代码', dataIndex: 'code', width: 260, render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
          { title: `${asOf} 生效值`, dataIndex: 'valueAt', width: 200, render: (v: string | null) => v ?? '—' },
          { title: '版本', width: 70, render: (_: unknown, p) => p.versions.length },
          ...(mayEdit
            ? [
                {
                  title: '操作',
                  width: 90,
                  render: (_: unknown, p: Param) => (
                    <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={`调整 ${p.name}`}>
                      调整
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <ParameterEditor param={editing} programCode={programCode} onClose={() => setEditing(null)} />}
    </>
  );
}
