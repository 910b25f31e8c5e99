import { App, Button, Flex, Form, Input, InputNumber, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ExportButton } from '../../components/ExportButton';
import { SILENT } from '../../apollo';
import { actionsColumn, publishedColumn, updatedColumn } from './columns';
import { emptyText } from '../../components/emptyText';
import { FormModal } from '../../components/FormModal';
import { useDialog } from '../../components/useDialog';
import type { FaqsQuery } from '../../gql/graphql';
import { DELETE_FAQ, FAQS, PROGRAM_PLAIN_TEXTS, SAVE_FAQ } from './portal-content.graphql';

type Faq = FaqsQuery['faqs'][number];

interface FaqValues {
  question: string;
  answer: string;
  programCode: string | null;
  sortOrder: number;
  published: boolean;
}

/** A new question goes after the last one (steps of 10 leave room to insert between). */
const valuesOf = (f: Faq | null, faqs: readonly Faq[]): FaqValues =>
  f
    ? { question: f.question, answer: f.answer, programCode: f.programCode ?? null, sortOrder: f.sortOrder, published: f.published }
    : { question: '', answer: '', programCode: null, sortOrder: Math.min(9999, Math.max(0, ...faqs.map((x) => x.sortOrder)) + 10), published: true };

/** 常见问题: what the portal's 常见问题 shows (published, by 排序) — kept by the district; drafts stay here. */
export function FaqsTab() {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(FAQS, { fetchPolicy: 'cache-and-network' });
  const { data: programs } = useQuery(PROGRAM_PLAIN_TEXTS, { context: SILENT });
  const [save] = useMutation(SAVE_FAQ);
  const [remove] = useMutation(DELETE_FAQ);
  // target null = a new question
  const dialog = useDialog<Faq | null>();
  const faqs = data?.faqs ?? [];
  const programOptions = (programs?.programPlainTexts ?? []).map((p) => ({ value: p.code, label: p.name }));

  const columns: TableColumnsType<Faq> = [
    { title: '排序', dataIndex: 'sortOrder', width: 70 },
    {
      title: '问题',
      key: 'question',
      render: (_, f) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{f.question}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
            {f.answer}
          </Typography.Paragraph>
        </Flex>
      ),
    },
    { title: '关联事项', dataIndex: 'programName', width: 160, render: (v: string | null, f) => v ?? (f.programCode ? `${f.programCode}（已停办）` : '通用') },
    publishedColumn<Faq>(),
    updatedColumn<Faq>(),
    actionsColumn<Faq>({
      noun: '问题',
      measure: '个',
      name: (f) => f.question,
      onEdit: (f) => dialog.open(f),
      remove: (f) => remove({ variables: { id: f.id, version: f.version }, context: SILENT }),
      refetch,
    }),
  ];

  const target = dialog.target;
  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          已发布的问题按排序显示在便民服务门户的“常见问题”中；关联了救助事项的，同时显示在该事项的政策说明页。常见问题由区县统一维护，每次修改记入操作日志。
        </Typography.Paragraph>
        <Flex gap={8}>
          <ExportButton list="PORTAL_FAQS" filter={{}} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.open(null)}>
            新增问题
          </Button>
        </Flex>
      </Flex>
      <Table<Faq>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        dataSource={faqs}
        columns={columns}
        pagination={false}
        locale={{ emptyText: emptyText('还没有常见问题') }}
      />
      <FormModal<FaqValues>
        open={dialog.isOpen}
        title={target ? '修改问题' : '新增问题'}
        okText="保存"
        width={640}
        initialValues={valuesOf(target ?? null, faqs)}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          await save({
            variables: { id: target?.id ?? null, input: { ...v, programCode: v.programCode ?? null }, version: target?.version ?? 0 },
            context: SILENT,
          });
          void message.success(v.published ? '问题已保存，门户已显示' : '问题已保存为草稿');
          dialog.close();
          await refetch();
        }}
      >
        <Form.Item name="question" label="问题" rules={[{ required: true, whitespace: true, message: '请填写问题' }]}>
          <Input maxLength={200} placeholder="用群众的话写，如 低保和临时救助可以同时申请吗？" />
        </Form.Item>
        <Form.Item name="answer" label="回答" rules={[{ required: true, whitespace: true, message: '请填写回答' }]}>
          <Input.TextArea
            maxLength={2000}
            showCount
            autoSize={{ minRows: 4, maxRows: 10 }}
            placeholder="通俗易懂；金额、材料和时限请引导群众看政策查询，以免与事项目录不一致"
          />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="programCode" label="关联事项" style={{ flex: 1 }} extra="留空为通用问题">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="通用问题" options={programOptions} />
          </Form.Item>
          <Form.Item name="sortOrder" label="排序" style={{ width: 120 }} extra="小的在前">
            <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="published" label="发布" valuePropName="checked" style={{ width: 90 }}>
            <Switch checkedChildren="发布" unCheckedChildren="草稿" />
          </Form.Item>
        </Flex>
      </FormModal>
    </>
  );
}
