import { Alert, App, Button, Checkbox, DatePicker, Flex, Form, type GetProps, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { downloadFile } from '../../../components/download';
import { emptyText } from '../../../components/emptyText';
import { FormModal } from '../../../components/FormModal';
import { FILES_URL, MaterialUpload } from '../../../components/MaterialUpload';
import { TextFormModal } from '../../../components/TextFormModal';
import { useDialog } from '../../../components/useDialog';
import type { AuthorisationFieldsFragment, AuthorisationScope } from '../../../gql/graphql';
import { dayjs, DISPLAY_TZ, formatDate } from '../../../utils/datetime';
import { enumLabel, enumOptions } from '../../../utils/enums';
import { memberOptions } from '../ledger-ui';
import { RECORD_AUTHORISATION, REVOKE_AUTHORISATION } from '../ledger.graphql';
import type { DetailContext } from './types';

type Authorisation = AuthorisationFieldsFragment;

interface Values {
  signedOn: Dayjs;
  validUntil?: Dayjs | null;
  scope: AuthorisationScope[];
  signerPersonIds: string[];
  fileIds?: string[];
  note?: string;
}

const STATUS_COLORS: Record<string, string> = { VALID: 'green', EXPIRED: 'default', REVOKED: 'red', NOT_YET_VALID: 'blue' };
/** The data sources in the order of the authorisation form (ADR 0023), not the schema's alphabetical one. */
const SCOPE_ORDER: AuthorisationScope[] = [
  'HUKOU',
  'TAX',
  'SOCIAL_INSURANCE',
  'MEDICAL',
  'HOUSING_FUND',
  'REAL_ESTATE',
  'VEHICLE',
  'BUSINESS',
  'BANK',
  'INSURANCE',
  'SECURITIES',
  'PAYROLL',
  'DEATH',
  'STATUS',
];
const rank = (s: string) => SCOPE_ORDER.indexOf(s as AuthorisationScope) + 1 || 99;
const SCOPE_OPTIONS = enumOptions('AuthorisationScope').sort((a, b) => rank(a.value) - rank(b.value));
const ALL_SCOPES = SCOPE_OPTIONS.map((o) => o.value);
const scopeText = (v: readonly string[]) =>
  [...v]
    .sort((a, b) => rank(a) - rank(b))
    .map((s) => enumLabel('AuthorisationScope', s))
    .join('、');

/** 核对授权书: the household's signed authorisations (家庭经济状况核对授权书) with their validity. */
export function AuthorisationsTab({ ctx }: { ctx: DetailContext }) {
  const { household, canWrite } = ctx;
  const { message } = App.useApp();
  const record = useDialog();
  const revoke = useDialog<Authorisation>();
  const [recordAuthorisation] = useMutation(RECORD_AUTHORISATION);
  const [revokeAuthorisation] = useMutation(REVOKE_AUTHORISATION);
  const list = household.authorisations ?? [];
  const valid = list.find((a) => a.valid);
  const today = dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');

  const save = async (v: Values) => {
    await recordAuthorisation({
      variables: {
        input: {
          householdId: household.id,
          signedOn: v.signedOn.format('YYYY-MM-DD'),
          validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
          scope: v.scope,
          signerPersonIds: v.signerPersonIds,
          fileId: v.fileIds?.[0] ?? null,
          note: v.note?.trim() || null,
        },
      },
      context: SILENT,
    });
    message.success('核对授权书已登记');
    record.close();
    await ctx.reload();
  };

  const doRevoke = async (reason: string) => {
    const a = revoke.target!;
    await revokeAuthorisation({ variables: { id: a.id, reason, version: a.version }, context: SILENT });
    message.success('授权书已撤销');
    revoke.close();
    await ctx.reload();
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {valid ? `当前有效授权书：${valid.signedOn} 签署，有效期至 ${valid.validUntil}` : '无有效的核对授权书：不能发起家庭经济状况核查'}
        </Typography.Text>
        {canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => record.open()}>
            登记授权书
          </Button>
        )}
      </Flex>
      <Table<Authorisation>
        rowKey="id"
        size="middle"
        dataSource={list}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: emptyText('尚未登记核对授权书') }}
        columns={[
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (v: string) => <Tag color={STATUS_COLORS[v]}>{enumLabel('AuthorisationStatus', v)}</Tag>,
          },
          { title: '签署日期', dataIndex: 'signedOn', width: 110 },
          {
            title: '有效期至',
            dataIndex: 'validUntil',
            width: 110,
            // a revoked authorisation's period no longer counts
            render: (v: string, a: { status: string }) => (a.status === 'REVOKED' ? <Typography.Text delete>{v}</Typography.Text> : v),
          },
          {
            title: '授权范围',
            dataIndex: 'scope',
            render: (v: string[]) => (
              <Typography.Text ellipsis={{ tooltip: scopeText(v) }} style={{ maxWidth: 260 }}>
                {v.length === ALL_SCOPES.length ? '全部数据来源' : scopeText(v)}
              </Typography.Text>
            ),
          },
          { title: '签署人', dataIndex: 'signerNames', width: 140, render: (v: string[]) => v.join('、') },
          {
            title: '扫描件',
            key: 'file',
            width: 90,
            render: (_, a) =>
              a.fileId ? (
                <Typography.Link
                  href={`${FILES_URL}/${a.fileId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    downloadFile(`${FILES_URL}/${a.fileId}`, a.fileName ?? `授权书-${a.signedOn}`).catch((err: Error) => void message.error(err.message));
                  }}
                >
                  <PaperClipOutlined /> 查看
                </Typography.Link>
              ) : (
                <Typography.Text type="secondary">无</Typography.Text>
              ),
          },
          {
            title: '登记 / 撤销',
            key: 'recorded',
            width: 220,
            render: (_, a) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                登记：{a.recordedByName} {formatDate(a.createdAt)}
                {a.revokedAt && (
                  <>
                    <br />
                    撤销：{a.revokedByName} {formatDate(a.revokedAt)}（{a.revokedReason}）
                  </>
                )}
              </Typography.Text>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 70,
                  render: (_: unknown, a: Authorisation) =>
                    a.revokedAt ? null : (
                      <Button type="link" size="small" danger onClick={() => revoke.open(a)}>
                        撤销
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<Values>
        open={record.isOpen}
        title="登记家庭经济状况核对授权书"
        width={680}
        onCancel={record.close}
        onSubmit={save}
        initialValues={{ scope: ALL_SCOPES, signerPersonIds: household.members.filter((m) => m.isHead).map((m) => m.id) }}
        mapErrorField={(f) => (f === 'fileId' ? 'fileIds' : f)}
      >
        {(form) => (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="授权书须由共同生活的家庭成员签字；有效期截止日期不填时，按系统设置的有效月数（默认 12 个月）自签署日起计算。"
            />
            <Space size={16} align="start" wrap>
              <Form.Item name="signedOn" label="签署日期" rules={[{ required: true, message: '请选择签署日期' }]}>
                <DatePicker style={{ width: 180 }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
              </Form.Item>
              <Form.Item name="validUntil" label="有效期至" extra="不填按系统设置计算">
                <DatePicker style={{ width: 180 }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
              </Form.Item>
            </Space>
            <Form.Item name="signerPersonIds" label="签署人" rules={[{ required: true, message: '请选择签署授权书的家庭成员' }]}>
              <Select mode="multiple" options={memberOptions(household.members, true)} placeholder="请选择" />
            </Form.Item>
            <Form.Item
              name="scope"
              label={
                <Space size={8}>
                  授权查询的数据来源
                  <Typography.Link onClick={() => form.setFieldValue('scope', ALL_SCOPES)}>全选</Typography.Link>
                  <Typography.Link onClick={() => form.setFieldValue('scope', [])}>清空</Typography.Link>
                </Space>
              }
              rules={[{ required: true, message: '请至少选择一项数据来源' }]}
            >
              <ScopeCheckboxes />
            </Form.Item>
            <Form.Item name="fileIds" label="授权书扫描件">
              <MaterialUpload maxCount={1} buttonText="上传扫描件" />
            </Form.Item>
            <Form.Item name="note" label="备注" rules={[{ max: 200, message: '备注不能超过 200 字' }]}>
              <Input />
            </Form.Item>
          </>
        )}
      </FormModal>
      <TextFormModal
        open={revoke.isOpen}
        title={revoke.target ? `撤销 ${revoke.target.signedOn} 签署的授权书` : '撤销授权书'}
        okText="撤销"
        name="reason"
        label="撤销原因"
        required="请填写撤销原因"
        maxLength={200}
        onCancel={revoke.close}
        onSubmit={doRevoke}
      />
    </>
  );
}

/**
 * The data sources as a checkbox group. Form.Item gives its control `aria-required`, which ARIA does not allow on a
 * group (axe: aria-allowed-attr, critical); the label's required mark and the rule's message say it instead.
 */
function ScopeCheckboxes({ 'aria-required': _required, ...props }: GetProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', rowGap: 6 }} options={SCOPE_OPTIONS} />;
}
