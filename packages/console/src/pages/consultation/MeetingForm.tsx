import { App, Button, Card, Col, Divider, Form, type FormInstance, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormModal } from '../../components/FormModal';
import { AREA_CHILDREN } from '../../components/reference.graphql';
import type { ConsultationCasesQuery, ConsultationLevel } from '../../gql/graphql';
import { todayCn } from '../workflow/workflow-ui';
import { CONSULTATION_CASES, RECORD_JOINT_MEETING } from './consultation.graphql';

interface TaskValues {
  departmentId?: string;
  content?: string;
  limitDays?: number | null;
}
interface CaseValues {
  caseId?: string;
  decision?: string;
  tasks?: TaskValues[];
}
interface MeetingValues {
  level: ConsultationLevel;
  areaCode?: string;
  meetingDate: string;
  place: string;
  recorder: string;
  summary?: string;
  members: Array<{ name?: string; department?: string }>;
  cases: CaseValues[];
}

const isDistrict = (code: string) => code.endsWith('000000');

/**
 * 记录联席会议: date, place, members, recorder, the cases discussed (待会商 of the meeting's level and area) with the
 * decision on each and follow-up tasks for departments (deadline in working days from the meeting date).
 * A town's user records the town's meeting; a district user the district's or a town's.
 */
export function MeetingForm(props: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const district = isDistrict(user.areaCode);
  const pending = useQuery(CONSULTATION_CASES, { variables: { status: 'PENDING', pageSize: 100 }, skip: !props.open, fetchPolicy: 'network-only' });
  const towns = useQuery(AREA_CHILDREN, { variables: { parentCode: user.areaCode }, skip: !props.open || !district });
  const [record] = useMutation(RECORD_JOINT_MEETING);

  return (
    <FormModal<MeetingValues>
      open={props.open}
      title="记录联席会议"
      okText="保存会议记录"
      width={960}
      initialValues={{
        level: 'TOWN',
        areaCode: district ? undefined : user.areaCode,
        meetingDate: todayCn(),
        recorder: user.displayName,
        members: [{}, {}],
        cases: [{ tasks: [{ limitDays: 10 }] }],
      }}
      onCancel={props.onClose}
      onSubmit={async (v) => {
        const r = await record({
          variables: {
            input: {
              level: v.level,
              areaCode: v.level === 'DISTRICT' || !district ? user.areaCode : (v.areaCode ?? ''),
              meetingDate: v.meetingDate,
              place: v.place.trim(),
              recorder: v.recorder.trim(),
              summary: v.summary?.trim() || null,
              members: (v.members ?? []).filter((m) => m.name?.trim()).map((m) => ({ name: m.name!.trim(), department: m.department?.trim() || null })),
              cases: (v.cases ?? []).map((c) => {
                const found = pending.data?.consultationCases.items.find((x) => x.id === c.caseId);
                return {
                  caseId: c.caseId ?? '',
                  version: found?.version ?? 0,
                  decision: c.decision?.trim() ?? '',
                  tasks: (c.tasks ?? []).map((t) => ({ departmentId: t.departmentId ?? '', content: t.content?.trim() ?? '', limitDays: t.limitDays ?? null })),
                };
              }),
            },
          },
          context: SILENT,
        });
        void message.success(`已保存会议记录，分派会商任务 ${r.data!.recordJointMeeting.taskCount} 项`);
        props.onSaved();
      }}
    >
      {(f) => (
        <MeetingFields
          form={f}
          district={district}
          cases={pending.data?.consultationCases.items ?? []}
          casesLoading={pending.loading}
          towns={towns.data?.areaChildren ?? []}
          townsLoading={towns.loading}
        />
      )}
    </FormModal>
  );
}

type PendingCase = ConsultationCasesQuery['consultationCases']['items'][number];

function MeetingFields(props: {
  form: FormInstance<MeetingValues>;
  district: boolean;
  cases: readonly PendingCase[];
  casesLoading: boolean;
  towns: ReadonlyArray<{ code: string; name: string }>;
  townsLoading: boolean;
}) {
  const user = useCurrentUser();
  const { district } = props;
  const f = props.form;
  const level = Form.useWatch('level', f) ?? 'TOWN';
  const areaCode = Form.useWatch('areaCode', f);
  const meetingArea = level === 'DISTRICT' || !district ? user.areaCode : areaCode;
  const prefix = meetingArea ? (level === 'DISTRICT' ? meetingArea.slice(0, 6) : meetingArea.slice(0, 9)) : null;
  const options = props.cases
    .filter((c) => c.level === level && prefix && c.areaCode.startsWith(prefix))
    .map((c) => ({ value: c.id, label: `${c.headName ?? '—'}户（${c.areaName ?? c.areaCode}）：${c.reason.slice(0, 30)}` }));
  return (
    <>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="level" label="会议">
            <Radio.Group
              disabled={!district}
              options={[
                { value: 'TOWN', label: '镇街联席会议' },
                { value: 'DISTRICT', label: '区县联席会议' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          {level === 'TOWN' && district ? (
            <Form.Item name="areaCode" label="镇街" rules={[{ required: true, message: '请选择镇街' }]}>
              <Select placeholder="请选择镇街" loading={props.townsLoading} options={props.towns.map((a) => ({ value: a.code, label: a.name }))} />
            </Form.Item>
          ) : (
            <Form.Item label="区划">
              <Input aria-label="区划" value={user.areaName ?? user.areaCode} disabled />
            </Form.Item>
          )}
        </Col>
        <Col span={8}>
          <Form.Item name="meetingDate" label="会议日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请填写会议日期（YYYY-MM-DD）' }]}>
            <Input type="date" max={todayCn()} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="place" label="会议地点" rules={[{ required: true, whitespace: true, message: '请填写会议地点' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="recorder" label="记录人" rules={[{ required: true, whitespace: true, message: '请填写记录人' }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>参会人员</Typography.Text>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Row gutter={8} style={{ marginTop: 8 }}>
            {fields.map((field, i) => (
              <Col span={12} key={field.key}>
                <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'name']} noStyle>
                    <Input placeholder="姓名" aria-label={`参会人员${i + 1}姓名`} maxLength={50} style={{ width: '40%' }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'department']} noStyle>
                    <Input placeholder="单位或部门" aria-label={`参会人员${i + 1}单位`} maxLength={50} style={{ width: '60%' }} />
                  </Form.Item>
                  <Button aria-label="删除参会人员" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                </Space.Compact>
              </Col>
            ))}
            <Col span={24}>
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                添加参会人员
              </Button>
            </Col>
          </Row>
        )}
      </Form.List>
      <Divider style={{ margin: '16px 0' }} />
      <Form.List name="cases">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={`会商个案 ${i + 1}`}
                extra={
                  fields.length > 1 && (
                    <Button type="link" size="small" onClick={() => remove(field.name)}>
                      移除
                    </Button>
                  )
                }
              >
                <Form.Item name={[field.name, 'caseId']} label="个案" rules={[{ required: true, message: '请选择待会商的个案' }]}>
                  <Select
                    placeholder={prefix ? (options.length ? '请选择待会商的个案' : '本级没有待会商的个案') : '请先选择镇街'}
                    options={options}
                    loading={props.casesLoading}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'decision']} label="会商意见" rules={[{ required: true, whitespace: true, message: '请填写会商意见' }]}>
                  <Input.TextArea rows={2} maxLength={2000} showCount />
                </Form.Item>
                <Form.List name={[field.name, 'tasks']}>
                  {(tasks, ops) => (
                    <>
                      {tasks.map((task, j) => (
                        <Row gutter={8} key={task.key} align="top">
                          <Col span={7}>
                            <Form.Item
                              name={[task.name, 'departmentId']}
                              label={j === 0 ? '承办部门' : undefined}
                              rules={[{ required: true, message: '请选择承办部门' }]}
                            >
                              <DepartmentSelect />
                            </Form.Item>
                          </Col>
                          <Col span={11}>
                            <Form.Item
                              name={[task.name, 'content']}
                              label={j === 0 ? '任务内容' : undefined}
                              rules={[{ required: true, whitespace: true, message: '请填写任务内容' }]}
                            >
                              <Input maxLength={500} placeholder="如：安排公益性岗位" />
                            </Form.Item>
                          </Col>
                          <Col span={5}>
                            <Form.Item
                              name={[task.name, 'limitDays']}
                              label={j === 0 ? '时限（工作日）' : undefined}
                              rules={[{ required: true, message: '请填写时限' }]}
                            >
                              <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                          <Col span={1}>
                            <Button
                              type="text"
                              aria-label="删除任务"
                              icon={<MinusCircleOutlined />}
                              style={{ marginTop: j === 0 ? 30 : 0 }}
                              onClick={() => ops.remove(task.name)}
                            />
                          </Col>
                        </Row>
                      ))}
                      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => ops.add({ limitDays: 10 })}>
                        添加会商任务
                      </Button>
                    </>
                  )}
                </Form.List>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ tasks: [] })}>
              添加会商个案
            </Button>
          </Space>
        )}
      </Form.List>
      <Form.Item name="summary" label="会议纪要" style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}
