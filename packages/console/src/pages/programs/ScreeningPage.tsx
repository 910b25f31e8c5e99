import { useState } from 'react';
import { Alert, AutoComplete, Button, Checkbox, DatePicker, Divider, Flex, Form, InputNumber, Select, Space, Tabs, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useLazyQuery } from '@apollo/client/react';
import { previousMonth } from '@xiejiu/rules';
import { enumOptions } from '../../utils/enums';
import { SILENT } from '../../apollo';
import type { DisabilityType, EmploymentStatus, LabourCapacity, MemberRelation, SchoolStatus } from '../../gql/graphql';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { errorText } from '../../utils/errors';
import { yuanToFen } from '../../utils/money';
import { ScreeningResults } from '../../components/screening/ScreeningResults';
import { SCREEN_HOUSEHOLD } from '../../components/screening/screening.graphql';
import { FIND_HOUSEHOLDS, SCREEN_FACTS } from './whatif.graphql';

/** 按户筛查 of a ledger household found by name, ID number or phone. */
function LedgerScreening() {
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [keyword, setKeyword] = useState('');
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const [find, found] = useLazyQuery(FIND_HOUSEHOLDS, { fetchPolicy: 'network-only' });
  const [screen, screened] = useLazyQuery(SCREEN_HOUSEHOLD, { fetchPolicy: 'network-only' });
  const items = found.data?.households.items ?? [];

  const search = (kw: string) => {
    setKeyword(kw);
    if (kw.trim().length >= 1) void find({ variables: { keyword: kw.trim() }, context: SILENT }).catch(() => undefined);
  };
  const run = () => {
    if (picked) void screen({ variables: { householdId: picked.id, asOf: asOf.format('YYYY-MM-DD') }, context: SILENT }).catch(() => undefined);
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Form.Item label="家庭" style={{ margin: 0 }}>
          <AutoComplete
            style={{ width: 360 }}
            value={keyword}
            onSearch={search}
            onChange={setKeyword}
            placeholder="户主姓名（前缀）、身份证号或电话"
            aria-label="查找家庭"
            options={items.map((h) => ({
              value: h.id,
              label: `${h.headName ?? '—'}　${h.areaName ?? ''}　${h.memberCount ?? ''}人${h.tierName ? `　${h.tierName}` : ''}`,
            }))}
            onSelect={(id: string, o: { label?: unknown }) => {
              setPicked({ id, label: String(o.label ?? id) });
              setKeyword(String(o.label ?? ''));
            }}
          />
        </Form.Item>
        <Form.Item label="筛查日期" style={{ margin: 0 }}>
          <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} aria-label="筛查日期" />
        </Form.Item>
        <Button type="primary" icon={<SearchOutlined />} disabled={!picked} loading={screened.loading} onClick={run} data-testid="screen-ledger">
          筛查
        </Button>
      </Flex>
      <Typography.Text type="secondary">按台账现有信息逐项判断（记入操作日志），结果仅供参考，以主管部门审核为准。</Typography.Text>
      {screened.error && <Alert type="error" showIcon title={errorText(screened.error)} />}
      {screened.called && !screened.error && <ScreeningResults rows={screened.data?.screenHousehold ?? []} loading={screened.loading} />}
    </Flex>
  );
}

interface MemberForm {
  relation: MemberRelation;
  birthDate: Dayjs;
  sex: 'M' | 'F';
  labourCapacity?: LabourCapacity;
  employmentStatus?: EmploymentStatus;
  disabilityType?: DisabilityType;
  disabilityGrade?: number;
  schoolStatus?: SchoolStatus;
  seriousIllness?: boolean;
  incomeYuan?: number;
}

interface QuestionnaireForm {
  residenceType: 'URBAN' | 'RURAL';
  asOf: Dayjs;
  depositYuan?: number;
  housingDifficulty?: boolean;
  suddenHardship?: boolean;
  members: MemberForm[];
}

/** 一问一答: walk-in questionnaire, nothing stored; unknown answers come back as 信息不足. */
function QuestionnaireScreening() {
  const user = useCurrentUser();
  const [form] = Form.useForm<QuestionnaireForm>();
  const [screen, screened] = useLazyQuery(SCREEN_FACTS, { fetchPolicy: 'network-only' });

  const submit = (v: QuestionnaireForm) => {
    const asOf = v.asOf.format('YYYY-MM-DD');
    const month = previousMonth(asOf);
    const facts = {
      residenceType: v.residenceType,
      areaCode: user.areaCode,
      applicationDate: asOf,
      housingDifficulty: v.housingDifficulty ?? null,
      suddenHardship: v.suddenHardship ?? null,
      assets: v.depositYuan ? [{ kind: 'DEPOSIT' as const, valueFen: yuanToFen(v.depositYuan), personId: null }] : [],
      benefits: [],
      members: v.members.map((m, i) => ({
        personId: `m${i + 1}`,
        name: `成员${i + 1}`,
        relation: m.relation,
        birthDate: m.birthDate.format('YYYY-MM-DD'),
        sex: m.sex,
        labourCapacity: m.labourCapacity ?? null,
        employmentStatus: m.employmentStatus ?? null,
        disabilityType: m.disabilityType ?? null,
        disabilityGrade: m.disabilityType ? (m.disabilityGrade ?? null) : null,
        schoolStatus: m.schoolStatus ?? 'NONE',
        seriousIllness: m.seriousIllness ? '重病' : null,
        statuses: [],
        deathDate: null,
        incomes: m.incomeYuan ? [{ category: 'WAGE' as const, month: `${month}-01`, amountFen: yuanToFen(m.incomeYuan) }] : [],
      })),
    };
    void screen({ variables: { facts, asOf }, context: SILENT }).catch(() => undefined);
  };

  return (
    <Flex vertical gap={12}>
      <Form<QuestionnaireForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ residenceType: 'RURAL', asOf: dayjs(), members: [{ relation: 'HEAD', sex: 'M' }] }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="residenceType" label="城乡类别" rules={[{ required: true }]} style={{ width: 140 }}>
            <Select options={enumOptions('ResidenceType')} />
          </Form.Item>
          <Form.Item name="asOf" label="申请日期" rules={[{ required: true }]} style={{ width: 160 }}>
            <DatePicker allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="depositYuan" label="家庭存款等金融资产" style={{ width: 200 }}>
            <InputNumber min={0} precision={2} suffix="元" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="housingDifficulty" valuePropName="checked" label=" ">
            <Checkbox>住房困难</Checkbox>
          </Form.Item>
          <Form.Item name="suddenHardship" valuePropName="checked" label=" ">
            <Checkbox>遭遇突发困难</Checkbox>
          </Form.Item>
        </Flex>
        <Divider titlePlacement="start" plain style={{ margin: '4px 0 12px' }}>
          共同生活家庭成员（月收入为申请前一月工资性收入）
        </Divider>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} wrap align="start">
                  <Form.Item name={[f.name, 'relation']} rules={[{ required: true, message: '关系' }]} style={{ width: 100, margin: 0 }}>
                    <Select options={enumOptions('MemberRelation')} placeholder="与户主关系" aria-label={`成员${i + 1}关系`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'birthDate']} rules={[{ required: true, message: '出生日期' }]} style={{ width: 130, margin: 0 }}>
                    <DatePicker placeholder="出生日期" aria-label={`成员${i + 1}出生日期`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'sex']} style={{ width: 64, margin: 0 }}>
                    <Select
                      options={[
                        { value: 'M', label: '男' },
                        { value: 'F', label: '女' },
                      ]}
                      aria-label={`成员${i + 1}性别`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'labourCapacity']} style={{ width: 128, margin: 0 }}>
                    <Select options={enumOptions('LabourCapacity')} placeholder="劳动能力" allowClear aria-label={`成员${i + 1}劳动能力`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'employmentStatus']} style={{ width: 112, margin: 0 }}>
                    <Select options={enumOptions('EmploymentStatus')} placeholder="就业状态" allowClear aria-label={`成员${i + 1}就业状态`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'disabilityType']} style={{ width: 100, margin: 0 }}>
                    <Select options={enumOptions('DisabilityType')} placeholder="残疾类别" allowClear aria-label={`成员${i + 1}残疾类别`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'disabilityGrade']} style={{ width: 72, margin: 0 }}>
                    <Select
                      options={[1, 2, 3, 4].map((g) => ({ value: g, label: `${g}级` }))}
                      placeholder="等级"
                      allowClear
                      aria-label={`成员${i + 1}残疾等级`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'schoolStatus']} style={{ width: 88, margin: 0 }}>
                    <Select options={enumOptions('SchoolStatus')} placeholder="在学" allowClear aria-label={`成员${i + 1}在学情况`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'incomeYuan']} style={{ width: 120, margin: 0 }}>
                    <InputNumber min={0} precision={2} suffix="元" placeholder="月收入" style={{ width: '100%' }} aria-label={`成员${i + 1}月收入`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'seriousIllness']} valuePropName="checked" style={{ margin: 0 }}>
                    <Checkbox>重病</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="删除成员" />}
                </Flex>
              ))}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ relation: 'SPOUSE', sex: 'F' })} disabled={fields.length >= 30}>
                  添加成员
                </Button>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={screened.loading} data-testid="screen-questionnaire">
                  筛查
                </Button>
              </Space>
            </Flex>
          )}
        </Form.List>
      </Form>
      <Typography.Text type="secondary">问卷筛查不保存任何信息；未填写的项目按“未知”处理，相关事项显示为“信息不足”并列出需补充的信息。</Typography.Text>
      {screened.error && <Alert type="error" showIcon title={errorText(screened.error)} />}
      {screened.called && !screened.error && <ScreeningResults rows={screened.data?.screenFacts ?? []} loading={screened.loading} />}
    </Flex>
  );
}

/** 救助筛查: a ledger household, or a walk-in questionnaire, against every program with reasons. */
export default function ScreeningPage() {
  return (
    <PageContainer title="救助筛查">
      <ContentCard>
        <Tabs
          items={[
            { key: 'ledger', label: '台账家庭', children: <LedgerScreening /> },
            { key: 'walkin', label: '窗口问卷', children: <QuestionnaireScreening /> },
          ]}
        />
      </ContentCard>
    </PageContainer>
  );
}
