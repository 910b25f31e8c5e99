import { useId, useState, type HTMLAttributes } from 'react';
import {
  Alert,
  App,
  Button,
  Col,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { SendOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { AreaCascader } from '../../components/AreaCascader';
import { applyFieldErrors } from '../../components/fieldErrors';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { usePaging } from '../../components/paging';
import type { MyPreApplicationsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { MY_PRE_APPLICATIONS, REPORT_PROGRAMS, SUBMIT_PRE_APPLICATION } from './workflow.graphql';
import { nameRules } from '../ledger/form/values';
import { APPLICATION_STATUS_COLORS } from './workflow-ui';
import { emptyText } from '../../components/emptyText';
import { ReportPhotos, ReportPhotoUpload } from './ReportPhotos';
import styles from './report.module.css';

type Report = MyPreApplicationsQuery['myPreApplications']['items'][number];
interface Values {
  contactName: string;
  contactPhone?: string;
  areaCode?: string;
  address: string;
  programs: string[];
  description: string;
  urgent: boolean;
  photoFileIds?: string[];
}

/** What the informant is told about each state of a report. */
const STATUS_HINTS: Record<string, string> = {
  PENDING_CONFIRM: '等待窗口核实确认',
  ACCEPTED: '窗口已受理，按受理号转主管部门办理',
  CLOSED: '各事项均已办结',
  REJECTED: '窗口核实后不予受理',
};

/**
 * 线索报送 (信息员): report a person in hardship to the window (预申请 → 待确认 queue), urgent cases
 * through the 绿色通道; below, 我报送的线索 with what became of each (状态, 受理号, 不予受理理由).
 * The informant sees nothing of the household beyond what they reported. Informants use phones: below the md
 * breakpoint the form is one column with large controls and the list becomes cards.
 */
export default function PreApplicationReportPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const formName = useId();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const defaultArea = user.areaLevel === 3 ? user.areaCode : undefined;
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;

  const programsQ = useQuery(REPORT_PROGRAMS);
  const { page, pageSize, pagination, reset } = usePaging(10);
  const mine = useQuery(MY_PRE_APPLICATIONS, { variables: { page, pageSize }, fetchPolicy: 'cache-and-network' });
  const [submit, submitting] = useMutation(SUBMIT_PRE_APPLICATION);

  const onFinish = async (v: Values) => {
    setSubmitError(null);
    try {
      await submit({
        variables: {
          input: {
            contactName: v.contactName.trim(),
            contactPhone: v.contactPhone?.trim() || null,
            areaCode: v.areaCode!,
            address: v.address.trim(),
            programs: v.programs.map((programCode) => ({ programCode })),
            description: v.description.trim(),
            urgent: !!v.urgent,
            photoFileIds: v.photoFileIds?.length ? v.photoFileIds : null,
          },
        },
        context: SILENT,
      });
      void message.success(
        v.urgent ? `已报送 ${v.contactName.trim()} 的线索（急难情形，绿色通道），窗口将优先处理` : `已报送 ${v.contactName.trim()} 的线索，等待窗口确认`,
      );
      form.resetFields();
      reset();
      void mine.refetch({ page: 1, pageSize });
    } catch (e) {
      const rest = applyFieldErrors(form, e);
      setSubmitError(rest.length ? rest.join('；') : null);
    }
  };

  const columns: TableColumnsType<Report> = [
    { title: '报送时间', dataIndex: 'createdAt', width: 158, className: 'nowrap', render: (v: string) => formatDateTime(v) },
    {
      title: '困难群众',
      dataIndex: 'contactName',
      width: 150,
      render: (v: string, r) => (
        <Space size={6} wrap>
          <span>{v}</span>
          {r.urgent && (
            <Tooltip title="急难情形，绿色通道">
              <Tag color="green" icon={<ThunderboltOutlined />} style={{ marginInlineEnd: 0 }}>
                绿色通道
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: '住址', dataIndex: 'address', ellipsis: true },
    {
      title: '需要的救助',
      dataIndex: 'programNames',
      ellipsis: { showTitle: false },
      render: (names: string[]) => <Tooltip title={names.join('、')}>{names.join('、') || '—'}</Tooltip>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (_: string, r) => (
        <Tooltip title={STATUS_HINTS[r.status]}>
          <Tag color={APPLICATION_STATUS_COLORS[r.status]} style={{ marginInlineEnd: 0 }}>
            {r.statusName}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: '处理时间',
      dataIndex: 'handledAt',
      width: 158,
      className: 'nowrap',
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">未处理</Typography.Text>),
    },
    {
      title: '照片',
      key: 'photos',
      width: 120,
      render: (_, r) => (r.photos.length ? <ReportPhotos photos={r.photos} size={32} /> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: '受理号',
      dataIndex: 'receiptNo',
      width: 160,
      render: (v: string | null) => (v ? <Typography.Text copyable>{v}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: '说明',
      key: 'note',
      width: 170,
      ellipsis: { showTitle: false },
      render: (_, r) =>
        r.rejectReason ? (
          <Tooltip title={r.rejectReason}>不予受理理由：{r.rejectReason}</Tooltip>
        ) : (
          <Typography.Text type="secondary">{STATUS_HINTS[r.status] ?? '—'}</Typography.Text>
        ),
    },
  ];

  return (
    <PageContainer title="线索报送">
      <ContentCard title="报送困难群众线索">
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          发现本村（社区）生活困难、可能需要救助的群众，请在此报送。线索进入镇街、村社窗口的“待确认”队列，窗口核实后受理，受理号将显示在下方列表中。
        </Typography.Paragraph>
        <Form<Values>
          form={form}
          name={formName}
          layout="vertical"
          size={narrow ? 'large' : 'middle'}
          className={narrow ? styles.phoneForm : undefined}
          requiredMark
          initialValues={{ areaCode: defaultArea, urgent: false, programs: [] }}
          onFinish={(v) => void onFinish(v)}
          onValuesChange={() => submitError && setSubmitError(null)}
        >
          <Row gutter={32}>
            <Col xs={24} md={12}>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="contactName"
                    label="困难群众姓名"
                    rules={[{ required: true, whitespace: true, message: '请填写困难群众姓名' }, nameRules[1]]}
                  >
                    <Input maxLength={50} placeholder="姓名" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="contactPhone"
                    label="联系电话"
                    tooltip="选填，窗口核实时联系；仅窗口可见脱敏号码"
                    rules={[{ pattern: /^\s*1\d{10}\s*$/, message: '手机号码格式不正确' }]}
                  >
                    <Input maxLength={11} inputMode="tel" placeholder="选填，11 位手机号码" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="areaCode" label="所在村（社区）" rules={[{ required: true, message: '请选择所在村（社区）' }]}>
                <AreaCascader maxLevel={3} changeOnSelect={false} allowClear={false} placeholder="选择村（社区）" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="address" label="住址" rules={[{ required: true, whitespace: true, message: '请填写住址' }]}>
                <Input maxLength={200} placeholder="如：二组 14 号" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="programs" label="需要的救助" rules={[{ required: true, message: '请至少选择一项需要的救助' }]}>
                <Select
                  mode="multiple"
                  allowClear
                  loading={programsQ.loading}
                  placeholder="可多选，如临时救助、最低生活保障"
                  optionFilterProp="label"
                  options={(programsQ.data?.programs ?? []).map((p) => ({ value: p.code, label: p.name, title: p.ownerName ?? undefined }))}
                />
              </Form.Item>
              <Form.Item name="description" label="困难情况" rules={[{ required: true, whitespace: true, message: '请说明困难情况' }]}>
                <Input.TextArea rows={3} maxLength={1000} showCount placeholder="家庭成员、收入、疾病、意外等困难情况" />
              </Form.Item>
              <Form.Item
                name="urgent"
                valuePropName="checked"
                label="急难情形"
                extra="因意外事件、突发重病等陷入困境的，走绿色通道：窗口优先处理，临时救助可先行救助。"
              >
                <Switch checkedChildren="急难" unCheckedChildren="否" aria-label="急难情形" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="photoFileIds" label="现场照片" style={{ marginBottom: 0 }}>
                <ReportPhotoUpload />
              </Form.Item>
            </Col>
          </Row>
          {submitError && <Alert type="error" showIcon title={submitError} style={{ margin: '16px 0 0' }} />}
          <Flex gap={8} vertical={narrow} style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={submitting.loading} size={narrow ? 'large' : 'middle'} block={narrow}>
              报送线索
            </Button>
            <Button htmlType="button" onClick={() => form.resetFields()} size={narrow ? 'large' : 'middle'} block={narrow}>
              清空
            </Button>
          </Flex>
        </Form>
      </ContentCard>
      <ContentCard title="我报送的线索">
        {mine.error && <Alert type="error" showIcon title="暂时无法读取报送记录" style={{ marginBottom: 12 }} />}
        {narrow ? (
          <List<Report>
            loading={mine.loading}
            dataSource={mine.data?.myPreApplications.items ?? []}
            pagination={(() => {
              const { current, pageSize: size, total, onChange } = pagination(mine.data?.myPreApplications.total);
              return { current, pageSize: size, total, onChange, size: 'small' as const, align: 'center' as const, hideOnSinglePage: true };
            })()}
            locale={{ emptyText: emptyText('还没有报送过线索') }}
            renderItem={(r) => <ReportCard r={r} />}
          />
        ) : (
          <Table<Report>
            rowKey="id"
            size="middle"
            loading={mine.loading}
            dataSource={mine.data?.myPreApplications.items ?? []}
            pagination={pagination(mine.data?.myPreApplications.total)}
            columns={columns}
            onRow={(r) => ({ 'data-testid': `report-${r.id}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: emptyText('还没有报送过线索') }}
          />
        )}
      </ContentCard>
    </PageContainer>
  );
}

/** One report on a phone: who, where, what became of it and when, the photos. */
function ReportCard({ r }: { r: Report }) {
  return (
    <List.Item data-testid={`report-${r.id}`}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {r.contactName}
          </Typography.Text>
          <Space size={4}>
            {r.urgent && (
              <Tag color="green" icon={<ThunderboltOutlined />} style={{ marginInlineEnd: 0 }}>
                绿色通道
              </Tag>
            )}
            <Tag color={APPLICATION_STATUS_COLORS[r.status]} style={{ marginInlineEnd: 0 }}>
              {r.statusName}
            </Tag>
          </Space>
        </Flex>
        <Typography.Text>{r.address}</Typography.Text>
        <Typography.Text type="secondary">需要的救助：{r.programNames.join('、') || '—'}</Typography.Text>
        <Typography.Text type="secondary">报送：{formatDateTime(r.createdAt)}</Typography.Text>
        <Typography.Text type="secondary">处理：{r.handledAt ? formatDateTime(r.handledAt) : '未处理'}</Typography.Text>
        {r.receiptNo && (
          <span>
            受理号：<Typography.Text copyable>{r.receiptNo}</Typography.Text>
          </span>
        )}
        {r.rejectReason ? (
          <Typography.Text>不予受理理由：{r.rejectReason}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{STATUS_HINTS[r.status]}</Typography.Text>
        )}
        <ReportPhotos photos={r.photos} size={64} />
      </Flex>
    </List.Item>
  );
}
