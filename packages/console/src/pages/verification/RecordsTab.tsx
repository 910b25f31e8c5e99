import type { ReactNode } from 'react';
import { App, Button, Card, Checkbox, Col, DatePicker, Descriptions, Empty, Flex, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import { MaterialUpload } from '../../components/MaterialUpload';
import { useDialog } from '../../components/useDialog';
import { downloadFile } from '../../components/download';
import type { VerificationPayloadInput } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { enumLabel, enumOptions } from '../../utils/enums';
import type { TabProps, VerificationRecord } from './types';
import { ADD_VERIFICATION_RECORD } from './verification.graphql';
import type { Method } from './verification-ui';

type RecordMethod = Exclude<Method, 'DATA_MATCH'>;

const TITLES: Record<RecordMethod, { add: string; empty: string; hint: string }> = {
  HOME_VISIT: {
    add: '登记入户调查',
    empty: '尚无入户调查记录',
    hint: '两名以上工作人员入户，查看住房、生活状况和家庭财产，由申请人或家庭成员签字确认，可上传现场照片。',
  },
  NEIGHBOUR: { add: '登记邻里访问', empty: '尚无邻里访问记录', hint: '走访邻居、村（居）民委员会成员，了解家庭实际生活状况。' },
  LETTER: { add: '登记信函索证', empty: '尚无信函索证记录', hint: '向有关单位发函查询收入、财产等情况，并记录回函。' },
  DEMOCRATIC_REVIEW: { add: '登记民主评议', empty: '尚无民主评议记录', hint: '村（居）民代表对申请家庭的经济状况和实际生活情况进行评议。' },
};

/** Records are of what happened: no date after today. */
const notFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');
const d = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);
/** 张三、李四 / 张三,李四 → ['张三', '李四'] */
const splitNames = (text: unknown): string[] =>
  String(text ?? '')
    .split(/[，,、;；\s]+/)
    .filter(Boolean);

/** Form values → the method's input (the server validates it again: verification/payload.ts). */
// biome-ignore lint/suspicious/noExplicitAny: form values differ per method
function payloadOf(method: RecordMethod, v: any): VerificationPayloadInput {
  switch (method) {
    case 'HOME_VISIT':
      return {
        homeVisit: {
          visitedOn: d(v.visitedOn) ?? '',
          housing: v.housing,
          areaM2: v.areaM2 ?? null,
          livingConditions: v.livingConditions?.trim() ?? '',
          appliances: v.appliances?.trim() || null,
          observations: v.observations?.trim() || null,
          staffNames: splitNames(v.staffNames),
          householdSigned: !!v.householdSigned,
        },
      };
    case 'NEIGHBOUR':
      return {
        neighbour: {
          visitedOn: d(v.visitedOn) ?? '',
          interviewees: (v.interviewees ?? []).map((i: { name?: string; relation?: string; statement?: string }) => ({
            name: i.name?.trim() ?? '',
            relation: i.relation?.trim() ?? '',
            statement: i.statement?.trim() ?? '',
          })),
        },
      };
    case 'LETTER':
      return {
        letter: {
          sentOn: d(v.sentOn) ?? '',
          recipient: v.recipient?.trim() ?? '',
          subject: v.subject?.trim() ?? '',
          answeredOn: d(v.answeredOn),
          answer: v.answer?.trim() || null,
        },
      };
    case 'DEMOCRATIC_REVIEW':
      return {
        democraticReview: {
          heldOn: d(v.heldOn) ?? '',
          participantCount: v.participantCount ?? 0,
          participantNames: splitNames(v.participantNames),
          agree: v.agree ?? 0,
          disagree: v.disagree ?? 0,
          abstain: v.abstain ?? 0,
          opinion: v.opinion?.trim() ?? '',
        },
      };
  }
}

/** One stored record as description lines. */
function recordItems(r: VerificationRecord): Array<{ key: string; label: string; span?: number; children: ReactNode }> {
  if (r.homeVisit) {
    const p = r.homeVisit;
    return [
      { key: 'on', label: '入户日期', children: p.visitedOn },
      { key: 'housing', label: '住房', children: enumLabel('VerificationHousing', p.housing) },
      { key: 'area', label: '住房面积', children: p.areaM2 != null ? `${p.areaM2} 平方米` : '—' },
      { key: 'living', label: '生活状况', span: 3, children: p.livingConditions },
      { key: 'appliances', label: '家用电器及生活设施', span: 3, children: p.appliances ?? '—' },
      { key: 'obs', label: '调查发现', span: 3, children: p.observations ?? '—' },
      { key: 'staff', label: '调查人员', span: 2, children: p.staffNames.join('、') || '—' },
      { key: 'signed', label: '家庭签字确认', children: p.householdSigned ? '已签字' : <Typography.Text type="warning">未签字</Typography.Text> },
    ];
  }
  if (r.neighbour) {
    const p = r.neighbour;
    return [
      { key: 'on', label: '走访日期', span: 3, children: p.visitedOn },
      ...p.interviewees.map((x, i) => ({ key: `i${i}`, label: `${x.name}（${x.relation}）`, span: 3, children: x.statement })),
    ];
  }
  if (r.letter) {
    const p = r.letter;
    return [
      { key: 'sent', label: '发函日期', children: p.sentOn },
      { key: 'to', label: '收函单位', span: 2, children: p.recipient },
      { key: 'subject', label: '索证事项', span: 3, children: p.subject },
      { key: 'answered', label: '回函日期', children: p.answeredOn ?? <Typography.Text type="warning">未回函</Typography.Text> },
      { key: 'answer', label: '回函内容', span: 2, children: p.answer ?? '—' },
    ];
  }
  if (r.democraticReview) {
    const p = r.democraticReview;
    return [
      { key: 'on', label: '评议日期', children: p.heldOn },
      { key: 'count', label: '参会人数', children: `${p.participantCount} 人` },
      { key: 'result', label: '表决结果', children: `同意 ${p.agree} 票，不同意 ${p.disagree} 票，弃权 ${p.abstain} 票` },
      { key: 'names', label: '参会人员', span: 3, children: p.participantNames.join('、') || '—' },
      { key: 'opinion', label: '评议意见', span: 3, children: p.opinion },
    ];
  }
  return [{ key: 'summary', label: '摘要', span: 3, children: r.summary }];
}

function RecordFields({ method }: { method: RecordMethod }) {
  const required = (message: string) => [{ required: true, message }];
  switch (method) {
    case 'HOME_VISIT':
      return (
        <>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="visitedOn" label="入户日期" rules={required('请选择入户日期')}>
                <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="housing" label="住房情况" rules={required('请选择住房情况')}>
                <Select options={enumOptions('VerificationHousing')} placeholder="请选择" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="areaM2" label="住房面积（平方米）">
                <InputNumber min={0} max={10000} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="livingConditions" label="生活状况" rules={[{ required: true, whitespace: true, message: '请填写生活状况' }]}>
            <Input.TextArea rows={2} maxLength={1000} showCount placeholder="如：房屋为砖混结构，室内陈设简陋，家中无人从事稳定工作" />
          </Form.Item>
          <Form.Item name="appliances" label="家用电器及生活设施">
            <Input maxLength={500} placeholder="如：电视机 1 台、冰箱 1 台、电动自行车 1 辆" />
          </Form.Item>
          <Form.Item name="observations" label="调查发现">
            <Input.TextArea rows={2} maxLength={1000} showCount placeholder="与申报情况不一致之处，如：院内停放小型轿车一辆" />
          </Form.Item>
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item
                name="staffNames"
                label="调查人员"
                rules={[
                  { required: true, whitespace: true, message: '请填写调查人员' },
                  {
                    validator: async (_, v) => {
                      if (v && splitNames(v).length < 2) throw new Error('入户调查人员至少两人');
                    },
                  },
                ]}
              >
                <Input maxLength={200} placeholder="姓名以顿号或逗号分隔，如：张三、李四" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="householdSigned" label="家庭签字" valuePropName="checked">
                <Checkbox>申请人已签字确认</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="fileIds" label="现场照片">
            <MaterialUpload buttonText="上传照片" maxCount={10} />
          </Form.Item>
        </>
      );
    case 'NEIGHBOUR':
      return (
        <>
          <Form.Item name="visitedOn" label="走访日期" rules={required('请选择走访日期')}>
            <DatePicker disabledDate={notFuture} />
          </Form.Item>
          <Form.List name="interviewees" initialValue={[{}]}>
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                <Typography.Text>受访人</Typography.Text>
                {fields.map((f, i) => (
                  <Flex key={f.key} gap={8} align="start">
                    <Form.Item
                      name={[f.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                      style={{ width: 110, marginBottom: 8 }}
                    >
                      <Input placeholder="姓名" aria-label={`第 ${i + 1} 位受访人姓名`} maxLength={30} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'relation']}
                      rules={[{ required: true, whitespace: true, message: '请填写与该户关系' }]}
                      style={{ width: 130, marginBottom: 8 }}
                    >
                      <Input placeholder="关系，如邻居" aria-label={`第 ${i + 1} 位受访人与该户关系`} maxLength={30} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'statement']}
                      rules={[{ required: true, whitespace: true, message: '请填写访问内容' }]}
                      style={{ flex: 1, marginBottom: 8 }}
                    >
                      <Input.TextArea rows={1} autoSize placeholder="反映的情况" aria-label={`第 ${i + 1} 位受访人反映的情况`} maxLength={500} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除第 ${i + 1} 位受访人`} onClick={() => remove(f.name)} />
                    )}
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                  增加受访人
                </Button>
              </Flex>
            )}
          </Form.List>
        </>
      );
    case 'LETTER':
      return (
        <>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="sentOn" label="发函日期" rules={required('请选择发函日期')}>
                <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="recipient" label="收函单位" rules={[{ required: true, whitespace: true, message: '请填写收函单位' }]}>
                <Input maxLength={100} placeholder="如：某某公司人力资源部" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="subject" label="索证事项" rules={[{ required: true, whitespace: true, message: '请填写索证事项' }]}>
            <Input maxLength={300} placeholder="如：核实申请人 2026 年 1—11 月工资收入" />
          </Form.Item>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="answeredOn" label="回函日期">
                <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="answer" label="回函内容">
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item name="fileIds" label="函件及回函">
            <MaterialUpload buttonText="上传函件" maxCount={10} />
          </Form.Item>
        </>
      );
    case 'DEMOCRATIC_REVIEW':
      return (
        <>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="heldOn" label="评议日期" rules={required('请选择评议日期')}>
                <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="participantCount" label="参会人数" rules={required('请填写参会人数')}>
                <InputNumber min={1} max={500} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="participantNames" label="参会人员">
            <Input.TextArea rows={2} maxLength={1000} placeholder="姓名以顿号或逗号分隔" />
          </Form.Item>
          <Space size={12} wrap>
            <Form.Item name="agree" label="同意（票）" initialValue={0}>
              <InputNumber min={0} max={500} />
            </Form.Item>
            <Form.Item name="disagree" label="不同意（票）" initialValue={0}>
              <InputNumber min={0} max={500} />
            </Form.Item>
            <Form.Item name="abstain" label="弃权（票）" initialValue={0}>
              <InputNumber min={0} max={500} />
            </Form.Item>
          </Space>
          <Form.Item name="opinion" label="评议意见" rules={[{ required: true, whitespace: true, message: '请填写评议意见' }]}>
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
        </>
      );
  }
}

function RecordCard({ method, r }: { method: RecordMethod; r: VerificationRecord }) {
  const { message } = App.useApp();
  return (
    <Card size="small" title={`${formatDateTime(r.recordedAt)} · ${r.recordedByName ?? ''}登记`} data-testid={`record-${method}`}>
      <Descriptions size="small" column={3} items={recordItems(r)} />
      {r.fileIds.length > 0 && (
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">附件：</Typography.Text>
          {r.fileIds.map((fid, i) => (
            <Typography.Link
              key={fid}
              href={`/api/files/${fid}`}
              onClick={(e) => {
                e.preventDefault();
                downloadFile(`/api/files/${fid}`, `附件-${i + 1}`).catch((err: Error) => void message.error(err.message));
              }}
            >
              附件 {i + 1}
            </Typography.Link>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** 入户调查 / 邻里访问 / 信函索证 / 民主评议: the records of one method and 登记 of a new one. */
export function RecordsTab({ v, method, editable, reload }: TabProps & { method: RecordMethod }) {
  const { message } = App.useApp();
  const [add] = useMutation(ADD_VERIFICATION_RECORD, { context: SILENT });
  const dialog = useDialog();
  const records = v.records.filter((r) => r.method === method);
  const t = TITLES[method];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t.hint}</Typography.Text>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.open()}>
            {t.add}
          </Button>
        )}
      </Flex>
      {records.length ? (
        records.map((r) => <RecordCard key={r.id} method={method} r={r} />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
      )}
      <FormModal<Record<string, unknown>>
        open={dialog.isOpen}
        title={t.add}
        okText="保存"
        initialValues={{ visitedOn: dayjs(), sentOn: dayjs(), heldOn: dayjs() }}
        width={680}
        onCancel={dialog.close}
        // payload.neighbour.interviewees.0.name → interviewees.0.name
        mapErrorField={(f) => (f.startsWith('payload.') ? f.split('.').slice(2).join('.') || undefined : undefined)}
        onSubmit={async (values) => {
          await add({
            variables: { id: v.id, method, payload: payloadOf(method, values), fileIds: (values.fileIds as string[] | undefined) ?? [] },
          });
          void message.success('已登记');
          dialog.close();
          await reload();
        }}
      >
        <RecordFields method={method} />
      </FormModal>
    </Flex>
  );
}
