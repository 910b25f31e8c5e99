import { useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Descriptions, Drawer, Flex, Form, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, EyeOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { emptyText } from '../../components/emptyText';
import { applyFieldErrors } from '../../components/fieldErrors';
import type { ProgramPlainTextsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { PROGRAM_PLAIN_TEXTS, UPDATE_PROGRAM_PLAIN_TEXT } from './portal-content.graphql';

type Program = ProgramPlainTextsQuery['programPlainTexts'][number];
type TextKey = 'summary' | 'whoQualifies' | 'whatHelp' | 'howToApply';
type Values = Record<TextKey, string>;

const FIELDS: Array<{ key: TextKey; label: string; max: number; rows: number }> = [
  { key: 'summary', label: '一句话说明', max: 200, rows: 1 },
  { key: 'whoQualifies', label: '谁可以申请', max: 2000, rows: 5 },
  { key: 'whatHelp', label: '能得到什么帮助', max: 2000, rows: 4 },
  { key: 'howToApply', label: '怎么申请', max: 1000, rows: 3 },
];

const editedCount = (p: Program) => FIELDS.filter((f) => p.edited[f.key] !== null).length;

/** 政策说明: every program's plain-word texts on the portal; the owner department edits them (the rest stays generated). */
export function PlainTextsTab() {
  const { data, loading, error } = useQuery(PROGRAM_PLAIN_TEXTS, { fetchPolicy: 'cache-and-network', context: SILENT });
  const programs = data?.programPlainTexts ?? [];
  const anyOwn = programs.some((p) => p.mayEdit);
  const [ownOnly, setOwnOnly] = useState(true);
  const [open, setOpen] = useState<Program | null>(null);
  const shown = useMemo(() => (anyOwn && ownOnly ? programs.filter((p) => p.mayEdit) : programs), [programs, anyOwn, ownOnly]);

  const columns: TableColumnsType<Program> = [
    {
      title: '事项',
      key: 'name',
      width: 200,
      render: (_, p) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{p.name}</Typography.Text>
          <Typography.Text type="secondary">{p.code}</Typography.Text>
        </Flex>
      ),
    },
    { title: '主管部门', dataIndex: 'ownerName', width: 190, render: (v: string | null, p) => v ?? p.ownerCode },
    { title: '门户上的一句话说明', key: 'summary', render: (_, p) => p.shown.summary },
    {
      title: '通俗说明',
      key: 'edited',
      width: 120,
      render: (_, p) => {
        const n = editedCount(p);
        return n ? <Tag color="processing">已修改 {n} 项</Tag> : <Tag>自动生成</Tag>;
      },
    },
    {
      title: '最后修改',
      key: 'updated',
      width: 170,
      render: (_, p) =>
        p.updatedByName ? (
          <Flex vertical>
            <span>{p.updatedByName}</span>
            <Typography.Text type="secondary">{formatDateTime(p.updatedAt)}</Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, p) => (
        <Button
          type="link"
          size="small"
          icon={p.mayEdit ? <EditOutlined /> : <EyeOutlined />}
          onClick={() => setOpen(p)}
          aria-label={`${p.mayEdit ? '修改' : '查看'}${p.name}的政策说明`}
        >
          {p.mayEdit ? '修改' : '查看'}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        便民服务门户“政策查询”中每项事项的通俗说明。主管部门可以改写一句话说明、谁可以申请、能得到什么帮助和怎么申请；没有改写的由现行事项目录自动生成，参数调整后自动更新。材料清单和办结时限始终取自事项目录（在“事项目录”中修改）。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      {anyOwn && (
        <Checkbox checked={ownOnly} onChange={(e) => setOwnOnly(e.target.checked)} style={{ marginBottom: 12 }}>
          只看本部门主管的事项
        </Checkbox>
      )}
      <Table<Program>
        rowKey="code"
        size="middle"
        loading={loading && !data}
        dataSource={shown}
        columns={columns}
        pagination={false}
        locale={{ emptyText: emptyText('没有事项') }}
      />
      {open && <PlainTextDrawer program={open} onClose={() => setOpen(null)} />}
    </>
  );
}

function PlainTextDrawer({ program, onClose }: { program: Program; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [save, saveState] = useMutation(UPDATE_PROGRAM_PLAIN_TEXT, { context: SILENT, refetchQueries: ['ProgramPlainTexts'] });
  const values = Form.useWatch([], form) as Partial<Values> | undefined;

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    try {
      await save({ variables: { code: program.code, version: program.version, input: v } });
      void message.success(`${program.name}的政策说明已保存`);
      onClose();
    } catch (e) {
      const rest = applyFieldErrors(form, e);
      setFormError(rest.length ? rest.join('；') : null);
    }
  };

  return (
    <Drawer
      open
      size={760}
      title={`政策说明：${program.name}`}
      onClose={onClose}
      destroyOnHidden
      mask={{ closable: !program.mayEdit }}
      footer={
        program.mayEdit ? (
          <Flex justify="end">
            <Space>
              <Button onClick={onClose}>取消</Button>
              <Button type="primary" onClick={() => void submit().catch(() => undefined)} loading={saveState.loading}>
                保存
              </Button>
            </Space>
          </Flex>
        ) : undefined
      }
    >
      {program.mayEdit ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            请用群众看得懂的话写。留空的项显示自动生成的文字（框中的灰色文字），由现行条件和参数生成、随参数调整更新。保存后立即显示在门户上，修改记入操作日志。
          </Typography.Paragraph>
          {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
          <Form<Values> form={form} layout="vertical" initialValues={Object.fromEntries(FIELDS.map((f) => [f.key, program.edited[f.key] ?? '']))}>
            {FIELDS.map((f) => (
              <Form.Item
                key={f.key}
                name={f.key}
                label={f.label}
                extra={
                  values?.[f.key]?.trim() ? (
                    <Button type="link" size="small" icon={<UndoOutlined />} style={{ paddingInline: 0 }} onClick={() => form.setFieldValue(f.key, '')}>
                      恢复自动生成
                    </Button>
                  ) : (
                    '未改写：门户显示自动生成的文字'
                  )
                }
              >
                {f.rows === 1 ? (
                  <Input maxLength={f.max} showCount placeholder={program.generated[f.key]} />
                ) : (
                  <Input.TextArea maxLength={f.max} showCount autoSize={{ minRows: f.rows, maxRows: 14 }} placeholder={program.generated[f.key]} />
                )}
              </Form.Item>
            ))}
          </Form>
        </>
      ) : (
        <>
          <Alert type="info" showIcon title={`只有${program.ownerName ?? program.ownerCode}可以修改这项事项的政策说明。`} style={{ marginBottom: 16 }} />
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 130, verticalAlign: 'top' } }}
            items={FIELDS.map((f) => ({
              key: f.key,
              label: f.label,
              children: (
                <Flex vertical gap={4}>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{program.shown[f.key]}</div>
                  {program.edited[f.key] === null && <Typography.Text type="secondary">（自动生成）</Typography.Text>}
                </Flex>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
