import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { applyFieldErrors } from '../../components/fieldErrors';
import { errorText } from '../../utils/errors';
import { dayBefore, draftAmendment, formValuesOf, type AmendFormValues, type ListedProgram } from './amend-form';
import { AMEND_PROGRAM, PROGRAMS } from './programs.graphql';

interface Values extends AmendFormValues {
  effectiveFrom: Dayjs;
  legalRef: string;
  reason: string;
}

const tomorrow = () => dayjs().add(1, 'day').startOf('day');
const KIND_OPTIONS = [
  { value: 'WORKING', label: '工作日' },
  { value: 'CALENDAR', label: '自然日' },
];
const STEP_KIND_OPTIONS = [...KIND_OPTIONS, { value: 'NONE', label: '无时限' }];

/**
 * 修改材料与时限 of one program (owner department): materials, each step's limit, the total limit and
 * 公示, from a date ≥ tomorrow, with the legal reference and reason. The form starts from the version
 * in force the day before the effective date; the changes are listed before saving.
 */
export function ProgramAmendDrawer({ program, onClose }: { program: ListedProgram; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [initialised, setInitialised] = useState(false);
  const effective = Form.useWatch('effectiveFrom', form) as Dayjs | undefined;
  const from = (effective ?? dayjs().add(1, 'month').startOf('month')).format('YYYY-MM-DD');
  const baselineQuery = useQuery(PROGRAMS, { variables: { asOf: dayBefore(from) }, fetchPolicy: 'cache-first', context: SILENT });
  const baseline = baselineQuery.data?.programs.find((p) => p.code === program.code) ?? null;
  const [save, saveState] = useMutation(AMEND_PROGRAM, { context: SILENT, refetchQueries: ['Programs'] });
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;

  useEffect(() => {
    if (baseline && !initialised) {
      form.setFieldsValue(formValuesOf(baseline));
      setInitialised(true);
    }
  }, [baseline, initialised, form]);

  const draft = useMemo(() => (baseline && watched && initialised ? draftAmendment(baseline, watched) : null), [baseline, watched, initialised]);
  const changes = draft?.changes ?? [];

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    if (!baseline) return;
    const d = draftAmendment(baseline, v);
    if (!d.changes.length) {
      setError('没有要修改的内容');
      return;
    }
    const effectiveFrom = v.effectiveFrom.format('YYYY-MM-DD');
    const ok = await modal.confirm({
      title: `确认自 ${effectiveFrom} 起修改${program.name}？`,
      width: 560,
      content: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="amend-confirm-changes">
          {d.changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ),
      okText: '确认保存',
      cancelText: '返回修改',
    });
    if (!ok) return;
    try {
      await save({ variables: { input: { programCode: program.code, effectiveFrom, legalRef: v.legalRef.trim(), reason: v.reason.trim(), ...d.input } } });
      message.success(`已保存，自 ${effectiveFrom} 起生效`);
      onClose();
    } catch (e) {
      const rest = applyFieldErrors(form, e, (f) => (['effectiveFrom', 'legalRef', 'reason'].includes(f) ? f : undefined));
      setError(rest.length ? rest.join('；') : null);
    }
  };

  return (
    <Drawer
      open
      size={860}
      title={`修改材料与时限：${program.name}`}
      onClose={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Flex justify="end">
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" onClick={() => void submit().catch(() => undefined)} loading={saveState.loading} disabled={!changes.length}>
              保存
            </Button>
          </Space>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        修改作为新版本保存，最早从明天起生效；已生效的版本不改写。生效日起新受理的转办按新时限计时，此前的转办不变。表单从生效日前一天的版本开始。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {baselineQuery.error && <Alert type="error" showIcon title={errorText(baselineQuery.error)} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ effectiveFrom: dayjs().add(1, 'month').startOf('month') }}
        disabled={!initialised}
      >
        <Flex gap={16} wrap>
          <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]} style={{ width: 170 }}>
            <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isBefore(tomorrow())} aria-label="生效日期" />
          </Form.Item>
          <Form.Item
            name="legalRef"
            label="依据（文件名称或文号）"
            rules={[{ required: true, whitespace: true, message: '请填写依据' }]}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Input maxLength={200} placeholder="如：和安民发〔2026〕8号" />
          </Form.Item>
        </Flex>
        <Form.Item name="reason" label="修改理由" rules={[{ required: true, whitespace: true, min: 4, message: '请说明修改理由（至少 4 个字）' }]}>
          <Input.TextArea rows={2} maxLength={300} showCount />
        </Form.Item>

        {!initialised ? (
          <Flex justify="center" style={{ padding: 40 }}>
            <Spin />
          </Flex>
        ) : (
          <>
            <Divider titlePlacement="start" plain>
              材料清单
            </Divider>
            <Form.List name="materials" rules={[{ validator: async (_, list) => (list?.length ? undefined : Promise.reject(new Error('材料清单不能为空'))) }]}>
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map(({ key, name }, i) => (
                    <Flex key={key} gap={8} align="start" data-testid={`material-${i}`}>
                      <Typography.Text type="secondary" style={{ width: 22, paddingTop: 5, textAlign: 'right' }}>
                        {i + 1}.
                      </Typography.Text>
                      <Form.Item
                        name={[name, 'name']}
                        rules={[
                          { required: true, whitespace: true, message: '请填写材料名称' },
                          { max: 200, message: '不超过 200 字' },
                        ]}
                        style={{ flex: 1, marginBottom: 8 }}
                      >
                        <Input placeholder="材料名称" aria-label={`材料${i + 1}名称`} />
                      </Form.Item>
                      <Form.Item name={[name, 'when']} style={{ width: 180, marginBottom: 8 }} rules={[{ max: 100, message: '不超过 100 字' }]}>
                        <Input placeholder="适用情形（可空）" aria-label={`材料${i + 1}适用情形`} />
                      </Form.Item>
                      <Form.Item name={[name, 'required']} valuePropName="checked" style={{ marginBottom: 8, paddingTop: 5 }}>
                        <Checkbox aria-label={`材料${i + 1}必需`}>必需</Checkbox>
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={`删除材料${i + 1}`} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', required: true, when: '' })} style={{ marginInlineStart: 30 }}>
                    添加材料
                  </Button>
                  <Form.ErrorList errors={errors} />
                </>
              )}
            </Form.List>

            <Divider titlePlacement="start" plain>
              办理环节时限
            </Divider>
            <Table
              size="small"
              pagination={false}
              rowKey="code"
              dataSource={baseline?.stepItems ?? []}
              columns={[
                {
                  title: '环节',
                  dataIndex: 'name',
                  render: (v: string, s) => (
                    <span>
                      {v}
                      {s.clockPaused && <Typography.Text type="secondary">（暂停计时）</Typography.Text>}
                    </span>
                  ),
                },
                {
                  title: '时限',
                  width: 280,
                  render: (_: unknown, s) => (
                    <Space.Compact>
                      <Form.Item noStyle shouldUpdate>
                        {() => (
                          <Form.Item name={['steps', s.code, 'days']} noStyle>
                            <InputNumber
                              min={1}
                              max={365}
                              precision={0}
                              style={{ width: 100 }}
                              disabled={form.getFieldValue(['steps', s.code, 'kind']) === 'NONE'}
                              aria-label={`${s.name}时限天数`}
                            />
                          </Form.Item>
                        )}
                      </Form.Item>
                      <Form.Item name={['steps', s.code, 'kind']} noStyle>
                        <Select
                          style={{ width: 110 }}
                          options={STEP_KIND_OPTIONS}
                          aria-label={`${s.name}时限类别`}
                          onChange={(k) => {
                            if (k !== 'NONE' && !form.getFieldValue(['steps', s.code, 'days'])) form.setFieldValue(['steps', s.code, 'days'], 5);
                            if (k === 'NONE') form.setFieldValue(['steps', s.code, 'days'], null);
                          }}
                        />
                      </Form.Item>
                    </Space.Compact>
                  ),
                },
              ]}
            />

            <Divider titlePlacement="start" plain>
              办结时限与公示
            </Divider>
            <Flex gap={24} wrap align="start">
              <Flex vertical gap={4}>
                <Form.Item name={['total', 'enabled']} valuePropName="checked" style={{ marginBottom: 4 }} label="办结时限">
                  <Switch checkedChildren="设定" unCheckedChildren="按环节合计" aria-label="设定办结时限" />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.total?.enabled !== b.total?.enabled}>
                  {() =>
                    form.getFieldValue(['total', 'enabled']) ? (
                      <Space wrap>
                        <Space.Compact>
                          <Form.Item name={['total', 'days']} noStyle rules={[{ required: true, message: '请填写天数' }]}>
                            <InputNumber min={1} max={365} precision={0} style={{ width: 90 }} aria-label="办结时限天数" />
                          </Form.Item>
                          <Form.Item name={['total', 'kind']} noStyle>
                            <Select style={{ width: 90 }} options={KIND_OPTIONS} aria-label="办结时限类别" />
                          </Form.Item>
                        </Space.Compact>
                        <Form.Item name={['total', 'extendableTo']} noStyle>
                          <InputNumber min={2} max={365} precision={0} style={{ width: 170 }} prefix="可延长至" placeholder="不延长" aria-label="可延长至" />
                        </Form.Item>
                      </Space>
                    ) : (
                      <Typography.Text type="secondary">不设总时限，转办按各环节时限合计计时</Typography.Text>
                    )
                  }
                </Form.Item>
              </Flex>
              <Flex vertical gap={4}>
                <Form.Item name={['publicity', 'required']} valuePropName="checked" style={{ marginBottom: 4 }} label="公示">
                  <Switch checkedChildren="公示" unCheckedChildren="不公示" aria-label="是否公示" />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.publicity?.required !== b.publicity?.required}>
                  {() =>
                    form.getFieldValue(['publicity', 'required']) ? (
                      <Space.Compact>
                        <Form.Item name={['publicity', 'days']} noStyle rules={[{ required: true, message: '请填写公示天数' }]}>
                          <InputNumber min={1} max={365} precision={0} style={{ width: 90 }} aria-label="公示天数" />
                        </Form.Item>
                        <Form.Item name={['publicity', 'kind']} noStyle>
                          <Select style={{ width: 90 }} options={KIND_OPTIONS} aria-label="公示天数类别" />
                        </Form.Item>
                      </Space.Compact>
                    ) : (
                      <Typography.Text type="secondary">不公示</Typography.Text>
                    )
                  }
                </Form.Item>
              </Flex>
            </Flex>
          </>
        )}
      </Form>

      <Divider titlePlacement="start" plain>
        修改内容（与 {dayBefore(from)} 生效的版本相比）
      </Divider>
      <div data-testid="amend-diff">
        {changes.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">尚未修改任何内容</Typography.Text>
        )}
      </div>
    </Drawer>
  );
}
