import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { ExportButton } from '../../components/ExportButton';
import { useDialog } from '../../components/useDialog';
import type { SmsTemplatesQuery } from '../../gql/graphql';
import { useAccess } from '../../auth/CurrentUserContext';
import { formatDateTime } from '../../utils/datetime';
import { enumLabel } from '../../utils/enums';
import { PREVIEW_SMS_TEMPLATE, SMS_TEMPLATES, UPDATE_SMS_TEMPLATE } from './sms.graphql';

type Template = SmsTemplatesQuery['smsTemplates'][number];

interface TemplateForm {
  content: string;
  enabled: boolean;
  urgent: boolean;
  amountsApproved: boolean;
  providerTemplateId: string;
}

/** Live preview under the editor: the text with sample values and the reasons it would be refused. */
function Preview({ code, content, amountsApproved }: { code: string; content: string; amountsApproved: boolean }) {
  const [load, { data }] = useLazyQuery(PREVIEW_SMS_TEMPLATE, { fetchPolicy: 'network-only' });
  useEffect(() => {
    const t = setTimeout(() => void load({ variables: { code, content: content ?? '', amountsApproved }, context: SILENT }), 300);
    return () => clearTimeout(t);
  }, [code, content, amountsApproved, load]);
  const p = data?.previewSmsTemplate as { content: string; length: number; problems: string[] } | undefined;
  return (
    <Card size="small" title="预览（示例数据）" style={{ marginBottom: 16 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{p?.content ?? '…'}</Typography.Paragraph>
      {p && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {p.length} 字{p.length > 70 ? '（超过 70 字将按多条计费）' : ''}
        </Typography.Text>
      )}
      {p?.problems.length ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={p.problems.join('；')} /> : null}
    </Card>
  );
}

/** 短信模板: one per event and recipient; the system administrator edits the text with the allowed variables and a preview. */
export default function SmsTemplatesPage() {
  const { message } = App.useApp();
  const access = useAccess();
  const { data, loading, refetch } = useQuery(SMS_TEMPLATES, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UPDATE_SMS_TEMPLATE);
  const dialog = useDialog<Template>();
  const [draft, setDraft] = useState<{ content: string; amountsApproved: boolean }>({ content: '', amountsApproved: false });

  return (
    <PageContainer title="短信模板" extra={<ExportButton list="SMS_TEMPLATES" filter={{}} />}>
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          短信按模板生成。变量写作 {'{变量名}'}，只能使用该模板列出的变量；姓名自动脱敏（如
          张*明），不得包含身份证号、手机号；金额仅在模板经批准后可用。修改记入操作日志，对之后生成的短信生效。
        </Typography.Paragraph>
        <Table<Template>
          rowKey="code"
          size="small"
          loading={loading && !data}
          dataSource={data?.smsTemplates ?? []}
          pagination={false}
          columns={[
            {
              title: '模板',
              width: 170,
              render: (_: unknown, t) => (
                <Flex vertical gap={0}>
                  <span>{t.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {enumLabel('SmsRecipientKind', t.recipientKind)} · {t.code}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: '内容', dataIndex: 'content' },
            {
              title: '设置',
              width: 170,
              render: (_: unknown, t) => (
                <Flex gap={4} wrap>
                  {t.enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
                  {t.urgent && <Tag color="red">紧急</Tag>}
                  {t.amountsApproved && <Tag color="gold">可发送金额</Tag>}
                </Flex>
              ),
            },
            { title: '最后修改', width: 200, render: (_: unknown, t) => (t.updatedByName ? `${t.updatedByName} ${formatDateTime(t.updatedAt)}` : '初始模板') },
            {
              title: '操作',
              width: 80,
              render: (_: unknown, t) =>
                access.can('SMS_MANAGE') ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => {
                      setDraft({ content: t.content, amountsApproved: t.amountsApproved });
                      dialog.open(t);
                    }}
                    aria-label={`修改${t.name}`}
                  >
                    修改
                  </Button>
                ) : null,
            },
          ]}
        />
      </ContentCard>
      <FormModal<TemplateForm>
        open={dialog.isOpen}
        width={640}
        title={`修改短信模板：${dialog.target?.name ?? ''}`}
        okText="保存"
        initialValues={{
          content: dialog.target?.content ?? '',
          enabled: dialog.target?.enabled ?? true,
          urgent: dialog.target?.urgent ?? false,
          amountsApproved: dialog.target?.amountsApproved ?? false,
          providerTemplateId: dialog.target?.providerTemplateId ?? '',
        }}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          const t = dialog.target!;
          await update({
            variables: {
              code: t.code,
              input: {
                content: v.content,
                enabled: v.enabled,
                urgent: v.urgent,
                amountsApproved: v.amountsApproved,
                providerTemplateId: v.providerTemplateId || null,
              },
              version: t.version,
            },
            context: SILENT,
          });
          void message.success(`${t.name}已保存`);
          dialog.close();
          await refetch();
        }}
      >
        <Form.Item
          name="content"
          label="模板内容"
          rules={[{ required: true, whitespace: true, message: '请填写模板内容' }]}
          extra={
            <span>
              可用变量：
              {(dialog.target?.variables ?? []).map((x) => (
                <Tag key={x.name} style={{ marginTop: 4 }}>
                  {`{${x.name}}`} {x.label}
                </Tag>
              ))}
            </span>
          }
        >
          <Input.TextArea rows={3} maxLength={300} showCount onChange={(e) => setDraft((d) => ({ ...d, content: e.target.value }))} />
        </Form.Item>
        {dialog.target && <Preview code={dialog.target.code} content={draft.content} amountsApproved={draft.amountsApproved} />}
        <Flex gap={24} wrap>
          <Form.Item name="enabled" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="urgent" label="紧急（免打扰时段照常发送）" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="amountsApproved" label="已批准发送金额" valuePropName="checked">
            <Checkbox onChange={(e) => setDraft((d) => ({ ...d, amountsApproved: e.target.checked }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="providerTemplateId" label="服务商模板编号" extra="使用阿里云、腾讯云时填写在服务商处报备的模板编号（TemplateCode / TemplateId）">
          <Input maxLength={64} placeholder="如 SMS_123456789" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
