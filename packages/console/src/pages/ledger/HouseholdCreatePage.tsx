import { useEffect, useId } from 'react';
import { Alert, App, Button, Card, Flex, Form, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { parseIdNumber } from '@xiejiu/rules';
import { SILENT } from '../../apollo';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { applyFieldErrors } from '../../components/fieldErrors';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { HouseholdFields } from './form/HouseholdFields';
import { MemberFormFields } from './form/MemberFormFields';
import { areaLevelOf } from '../../utils/area-code';
import { APPLICATION } from '../workflow/workflow.graphql';
import { createHouseholdInput, householdFromLead, type HouseholdFormValues, type MemberFormValues } from './form/values';
import { CREATE_HOUSEHOLD } from './ledger.graphql';

type Values = HouseholdFormValues & { members: MemberFormValues[] };

/** 一表登记: a household and all its members in one form, saved in one transaction. */
export default function HouseholdCreatePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // 受理登记 sends the clerk here for a household not yet in the ledger, then takes it back —
  // to the lead being confirmed (`pre`), when there is one, with the lead's data filled in here.
  const forApplication = params.get('then') === 'apply';
  const preId = forApplication ? params.get('pre') : null;
  const applyPath = preId ? `/applications/new?pre=${preId}` : '/applications/new';
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const formName = useId();
  const [createHousehold, { loading }] = useMutation(CREATE_HOUSEHOLD);
  const lead = useQuery(APPLICATION, { variables: { id: preId ?? '' }, skip: !preId, context: SILENT }).data?.application.application;

  // Fill in what the lead says, once it arrives, without overwriting what the clerk typed meanwhile.
  useEffect(() => {
    if (!lead) return;
    const prefill = householdFromLead(lead, areaLevelOf(lead.areaCode));
    const typed = form.getFieldsValue(true) as Partial<Values>;
    const members = typed.members?.length === 1 && !typed.members[0]?.name ? prefill.members : undefined;
    form.setFieldsValue({
      ...(typed.areaCode ? {} : { areaCode: prefill.areaCode }),
      ...(typed.address ? {} : { address: prefill.address }),
      ...(members ? { members: members as MemberFormValues[] } : {}),
    });
  }, [lead, form]);

  const initialValues: Partial<Values> = {
    areaCode: user.areaLevel === 3 ? user.areaCode : undefined,
    residenceType: 'RURAL',
    members: [{ name: '', relation: 'HEAD' }],
  };

  /** Normalised IDs typed in the other rows, for the duplicate check within the form. */
  const otherIds = (index: number) => () =>
    ((form.getFieldValue('members') ?? []) as MemberFormValues[])
      .filter((_, i) => i !== index)
      .map((m) => parseIdNumber(m?.idNumber ?? ''))
      .flatMap((r) => (r.ok ? [r.value.idNumber] : []));

  const submit = async (v: Values) => {
    try {
      const { data } = await createHousehold({ variables: { input: createHouseholdInput(v) }, context: SILENT });
      message.success('家庭已登记');
      const id = data!.createHousehold.id;
      navigate(forApplication ? `${applyPath}${preId ? '&' : '?'}householdId=${id}` : `/ledger/${id}`, { replace: true });
    } catch (e) {
      // errors naming a field (members.1.idNumber …) go under it, the rest to a message
      const rest = applyFieldErrors(form, e);
      if (rest.length) void message.error({ content: rest.join('；'), key: 'create-household' });
    }
  };

  return (
    <PageContainer
      title="一表登记"
      extra={
        forApplication ? (
          <Button onClick={() => navigate(applyPath)}>{preId ? '返回确认线索' : '返回受理登记'}</Button>
        ) : (
          <Button onClick={() => navigate('/ledger')}>返回台账</Button>
        )
      }
    >
      {preId && (
        <Alert
          type="info"
          showIcon
          data-testid="lead-prefill"
          title={`为线索登记家庭${lead?.contact ? `：${lead.contact.name}，${lead.contact.address}` : ''}`}
          description="已按线索填入村社、地址和户主姓名，请核对并补全身份证号等信息。提交登记后回到该线索，继续确认受理。"
        />
      )}
      <Form<Values>
        form={form}
        name={formName}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
        scrollToFirstError={false}
      >
        <Flex vertical gap={16}>
          <ContentCard title="家庭信息">
            <HouseholdFields span={8} />
          </ContentCard>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <ContentCard title="家庭成员" extra={<Typography.Text type="secondary">共 {fields.length} 人</Typography.Text>}>
                <Flex vertical gap={12}>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      title={index === 0 ? '成员 1 · 户主' : `成员 ${index + 1}`}
                      extra={
                        index > 0 && (
                          <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                            删除
                          </Button>
                        )
                      }
                      data-testid={`member-${index}`}
                    >
                      <MemberFormFields mode="create" listIndex={field.name} isHead={index === 0} wide otherIds={otherIds(index)} />
                    </Card>
                  ))}
                  <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                    增加成员
                  </Button>
                </Flex>
              </ContentCard>
            )}
          </Form.List>
          <ContentCard>
            <Space>
              <Button type="primary" htmlType="submit" loading={loading}>
                提交登记
              </Button>
              <Button onClick={() => navigate(forApplication ? applyPath : '/ledger')}>取消</Button>
              <Typography.Text type="secondary">身份证号将加密保存，页面上只显示脱敏号码。</Typography.Text>
            </Space>
          </ContentCard>
        </Flex>
      </Form>
    </PageContainer>
  );
}
