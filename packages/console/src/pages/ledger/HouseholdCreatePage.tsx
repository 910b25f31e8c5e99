import { useId } from 'react';
import { App, Button, Card, Flex, Form, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { parseIdNumber } from '@xiejiu/rules';
import { SILENT } from '../../apollo';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { applyFieldErrors } from '../../components/fieldErrors';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { HouseholdFields } from './form/HouseholdFields';
import { MemberFormFields } from './form/MemberFormFields';
import { createHouseholdInput, type HouseholdFormValues, type MemberFormValues } from './form/values';
import { CREATE_HOUSEHOLD } from './ledger.graphql';

type Values = HouseholdFormValues & { members: MemberFormValues[] };

/** 一表登记: a household and all its members in one form, saved in one transaction. */
export default function HouseholdCreatePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // 受理登记 sends the clerk here for a household not yet in the ledger, then takes it back.
  const forApplication = params.get('then') === 'apply';
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const formName = useId();
  const [createHousehold, { loading }] = useMutation(CREATE_HOUSEHOLD);

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
      navigate(forApplication ? `/applications/new?householdId=${id}` : `/ledger/${id}`, { replace: true });
    } catch (e) {
      // errors naming a field (members.1.idNumber …) go under it, the rest to a message
      const rest = applyFieldErrors(form, e);
      if (rest.length) void message.error({ content: rest.join('；'), key: 'create-household' });
    }
  };

  return (
    <PageContainer title="一表登记" extra={<Button onClick={() => navigate('/ledger')}>返回台账</Button>}>
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
              <Button onClick={() => navigate('/ledger')}>取消</Button>
              <Typography.Text type="secondary">身份证号将加密保存，页面上只显示脱敏号码。</Typography.Text>
            </Space>
          </ContentCard>
        </Flex>
      </Form>
    </PageContainer>
  );
}
