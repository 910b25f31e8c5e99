import { useEffect, useId, useMemo, useState, type HTMLAttributes } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { FileTextOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { applyFieldErrors } from '../../components/fieldErrors';
import { MATERIAL_MAX_BYTES, MaterialUpload } from '../../components/MaterialUpload';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { OutcomeTag, ScreeningDetail, type ScreeningRow } from '../../components/screening/ScreeningResults';
import { SCREEN_HOUSEHOLD } from '../../components/screening/screening.graphql';
import type { ApplicationInput, IntakeProgramsQuery } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { formatYuan } from '../../utils/money';
import { HouseholdPicker } from '../ledger/detail/HouseholdPicker';
import { CoveredTag, useReportCoverage } from '../verification/ReportCoverage';
import { APPLICATION, CONFIRM_PRE_APPLICATION, INTAKE_HOUSEHOLD, INTAKE_PROGRAMS, REGISTER_APPLICATION } from './workflow.graphql';
import { DuplicateAssistanceModal, duplicateKey, duplicatesOf, type DuplicateRequest } from './DuplicateAssistanceModal';
import { TierText } from './workflow-ui';
import { contactLine } from './contact';
import styles from './workflow.module.css';
import { VisuallyHidden } from '../../components/VisuallyHidden';

type Program = IntakeProgramsQuery['programs'][number];
interface ProgramRow {
  program: Program;
  screening?: ScreeningRow;
  member: boolean;
}
interface Material {
  provided: boolean;
  fileIds: string[];
}
interface Values {
  applicantPersonId?: string;
  authorizationSigned?: boolean;
  authorizationFiles?: string[];
  urgent?: boolean;
  description?: string;
}
interface Registered {
  id: string;
  receiptNo: string;
  programs: string[];
}

const OUTCOME_ORDER: Record<string, number> = { ELIGIBLE: 0, INSUFFICIENT: 1, INELIGIBLE: 2, EXCLUDED: 3 };
const materialKey = (code: string, name: string) => `${code}|${name}`;

/**
 * 受理登记 (一门受理): the window picks the household and the applicant, ticks the programs
 * (pre-ticked from the household's screening), checks the 材料清单 of each, records the signed
 * authorisation, and registers: one 受理号, one referral per program to its department.
 * `?householdId=` preselects a household (e.g. after 一表登记); `?pre=` confirms a pre-application.
 */
export default function ApplicationRegisterPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const preId = params.get('pre') ?? undefined;
  const [householdId, setHouseholdId] = useState<string | undefined>(params.get('householdId') ?? undefined);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const [form] = Form.useForm<Values>();
  const formName = useId();
  const { modal } = App.useApp();

  // 一表登记 for a household not yet in the ledger comes back here — to the lead being confirmed, with its data.
  const registerPath = `/ledger/new?then=apply${preId ? `&pre=${preId}` : ''}`;
  const pre = useQuery(APPLICATION, { variables: { id: preId ?? '' }, skip: !preId, fetchPolicy: 'network-only', context: SILENT });
  const preApp = pre.data?.application.application;
  useEffect(() => {
    if (!preApp) return;
    if (preApp.householdId) setHouseholdId((current) => current ?? preApp.householdId ?? undefined);
    form.setFieldsValue({ urgent: preApp.urgent, description: preApp.description ?? undefined });
  }, [preApp, form]);

  const programsQ = useQuery(INTAKE_PROGRAMS);
  const householdQ = useQuery(INTAKE_HOUSEHOLD, { variables: { id: householdId ?? '' }, skip: !householdId, fetchPolicy: 'network-only', context: SILENT });
  const screeningQ = useQuery(SCREEN_HOUSEHOLD, {
    variables: { householdId: householdId ?? '' },
    skip: !householdId,
    fetchPolicy: 'network-only',
    context: SILENT,
  });
  const household = householdId ? householdQ.data?.household : undefined;
  // 互认: materials a valid 核查报告 of the household covers are not asked for
  const coverage = useReportCoverage(householdId);
  const living = useMemo(() => (household?.members ?? []).filter((m) => !m.deceased), [household]);

  // Selection state (per household).
  const [selected, setSelected] = useState<string[]>([]);
  const [persons, setPersons] = useState<Record<string, string[]>>({});
  const [materials, setMaterials] = useState<Record<string, Material>>({});
  const [showAll, setShowAll] = useState(false);
  const [initialisedFor, setInitialisedFor] = useState<string | null>(null);

  const rows: ProgramRow[] = useMemo(() => {
    const screenings = new Map((screeningQ.data?.screenHousehold ?? []).map((s) => [s.programCode, s]));
    return (programsQ.data?.programs ?? [])
      .map((program) => ({ program, screening: screenings.get(program.code), member: program.subject === 'MEMBER' }))
      .sort((a, b) => (OUTCOME_ORDER[a.screening?.outcome ?? ''] ?? 9) - (OUTCOME_ORDER[b.screening?.outcome ?? ''] ?? 9));
  }, [programsQ.data, screeningQ.data]);

  // Pre-tick: ELIGIBLE programs (or the programs a pre-application asked for) once the screening is in.
  useEffect(() => {
    if (!householdId || !household || initialisedFor === householdId) return;
    if (!screeningQ.data && !screeningQ.error) return;
    const requested = preApp?.requested.map((r) => r.programCode) ?? [];
    const eligible = rows.filter((r) => r.screening?.outcome === 'ELIGIBLE').map((r) => r.program.code);
    // A 群众报告 names no programs: the screening's suggestions, as for a walk-in.
    const codes = preApp && requested.length ? requested : eligible;
    setSelected(codes.filter((c) => rows.some((r) => r.program.code === c)));
    const only = living.length === 1 ? [living[0].id] : [];
    setPersons(Object.fromEntries(codes.filter((c) => rows.some((r) => r.member && r.program.code === c)).map((c) => [c, only])));
    setMaterials({});
    setInitialisedFor(householdId);
    const head = living.find((m) => m.isHead) ?? living[0];
    form.setFieldsValue({ applicantPersonId: head?.id });
  }, [householdId, household, screeningQ.data, screeningQ.error, rows, preApp, living, initialisedFor, form]);

  const pickHousehold = (id: string | undefined) => {
    setHouseholdId(id);
    setInitialisedFor(null);
    setSelected([]);
    setPersons({});
    setMaterials({});
    form.setFieldsValue({ applicantPersonId: undefined });
    const next = new URLSearchParams(params);
    if (id) next.set('householdId', id);
    else next.delete('householdId');
    setParams(next, { replace: true });
  };

  const [register, registering] = useMutation(REGISTER_APPLICATION);
  const [confirm, confirming] = useMutation(CONFIRM_PRE_APPLICATION);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // 重复救: the programs refused as duplicates, and the form values to submit again with the window's reasons.
  const [duplicates, setDuplicates] = useState<{ list: DuplicateRequest[]; values: Values } | null>(null);

  const selectedRows = rows.filter((r) => selected.includes(r.program.code));
  const missingMember = selectedRows.filter((r) => r.member && !persons[r.program.code]?.length);

  /** What keeps the form from being registered, before anything is sent. */
  const blocker = (): string | null => {
    if (!selectedRows.length) return '请至少选择一项申请事项';
    if (missingMember.length) return `${missingMember.map((r) => r.program.name).join('、')}按人申请，请选择申请的家庭成员`;
    return null;
  };

  /** 受理并分办 creates the 受理号 and one referral per program at once: the clerk confirms what goes where first. */
  const confirmSubmit = (v: Values) => {
    const blocked = blocker();
    setSubmitError(blocked);
    if (blocked || !household) return;
    const owners = [...new Set(selectedRows.map((r) => `${r.program.name}（${r.program.ownerName ?? r.program.ownerCode}）`))];
    modal.confirm({
      title: preId ? '确认受理该预申请并分办？' : '确认受理并分办？',
      content: (
        <Space orientation="vertical" size={4}>
          <span>将生成受理号，并分别转主管部门办理（{owners.length} 项）：</span>
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="confirm-programs">
            {owners.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          <span>受理后各部门开始计时，不能撤销（申请人可撤回）。</span>
        </Space>
      ),
      okText: preId ? '确认受理并分办' : '受理并分办',
      cancelText: '再检查一下',
      width: 520,
      onOk: () => submit(v),
    });
  };

  const submit = async (v: Values, duplicateReasons: Record<string, string> = {}) => {
    setSubmitError(null);
    if (!household || blocker()) return;
    const input: ApplicationInput = {
      householdId: household.id,
      applicantPersonId: v.applicantPersonId!,
      programs: selectedRows.flatMap((r) =>
        (r.member ? persons[r.program.code].map((personId) => ({ programCode: r.program.code, personId })) : [{ programCode: r.program.code }]).map((p) => {
          const reason = duplicateReasons[duplicateKey(p.programCode, 'personId' in p ? p.personId : null)]?.trim();
          return reason ? { ...p, duplicateReason: reason } : p;
        }),
      ),
      materials: selectedRows.flatMap((r) =>
        r.program.materials.map((name) => {
          const m = materials[materialKey(r.program.code, name)];
          return { programCode: r.program.code, name, provided: !!m?.provided || !!m?.fileIds.length, fileIds: m?.fileIds ?? [] };
        }),
      ),
      authorizationSigned: !!v.authorizationSigned,
      authorizationFileId: v.authorizationFiles?.[0] ?? null,
      urgent: !!v.urgent,
      description: v.description?.trim() || null,
    };
    try {
      const res = preId
        ? (await confirm({ variables: { id: preId, input }, context: SILENT })).data!.confirmPreApplication
        : (await register({ variables: { input }, context: SILENT })).data!.registerApplication;
      setDuplicates(null);
      setRegistered({
        id: res.id,
        receiptNo: res.receiptNo,
        programs: [...new Set(selectedRows.map((r) => `${r.program.name}（${r.program.ownerName ?? r.program.ownerCode}）`))],
      });
      window.scrollTo(0, 0);
    } catch (e) {
      const dups = duplicatesOf(e);
      if (dups) {
        setDuplicates({ list: dups, values: v });
        return;
      }
      setDuplicates(null);
      const rest = applyFieldErrors(form, e);
      setSubmitError(rest.length ? rest.join('；') : null);
    }
  };

  if (registered) {
    return (
      <PageContainer title="受理登记">
        <ContentCard>
          <Result
            status="success"
            title="受理成功"
            subTitle={
              <Space orientation="vertical" size={4}>
                <span>
                  受理号{' '}
                  <Typography.Text strong copyable data-testid="receipt-no" style={{ fontSize: 18 }}>
                    {registered.receiptNo}
                  </Typography.Text>
                </span>
                <span>已分别转主管部门办理：{registered.programs.join('、')}</span>
                <span>请打印受理回执交申请人留存，办理进度可凭受理号查询。</span>
              </Space>
            }
            extra={[
              <Button
                key="print"
                type="primary"
                icon={<PrinterOutlined />}
                onClick={() => window.open(`/api/applications/${registered.id}/receipt.pdf`, '_blank', 'noopener')}
              >
                打印受理回执
              </Button>,
              <Button key="detail" icon={<FileTextOutlined />} onClick={() => navigate(`/applications/${registered.id}`)}>
                查看办理进度
              </Button>,
              <Button
                key="again"
                onClick={() => {
                  setRegistered(null);
                  pickHousehold(undefined);
                  form.resetFields();
                  navigate('/applications/new', { replace: true });
                }}
              >
                继续受理
              </Button>,
            ]}
          />
        </ContentCard>
      </PageContainer>
    );
  }

  const programColumns: TableColumnsType<ProgramRow> = [
    {
      title: '事项',
      key: 'name',
      render: (_, r) => (
        <Space size={6}>
          <span>{r.program.name}</span>
          {r.member && (
            <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
              按人
            </Tag>
          )}
        </Space>
      ),
    },
    { title: '主管部门', key: 'owner', width: 210, ellipsis: true, render: (_, r) => r.program.ownerName ?? r.program.ownerCode },
    {
      title: '筛查结果',
      key: 'outcome',
      width: 110,
      render: (_, r) =>
        r.screening ? <OutcomeTag outcome={r.screening.outcome} name={r.screening.outcomeName} /> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '估算月金额（元）',
      key: 'amount',
      width: 140,
      align: 'right',
      render: (_, r) => formatYuan(r.screening?.estimatedMonthlyFen),
    },
    {
      title: '申请成员',
      key: 'member',
      width: 260,
      render: (_, r) =>
        r.member ? (
          <Select
            mode="multiple"
            size="small"
            style={{ width: '100%' }}
            placeholder="选择成员"
            aria-label={`${r.program.name}的申请成员`}
            disabled={!selected.includes(r.program.code)}
            status={selected.includes(r.program.code) && !persons[r.program.code]?.length && submitError ? 'error' : undefined}
            value={persons[r.program.code] ?? []}
            onChange={(ids: string[]) => setPersons((p) => ({ ...p, [r.program.code]: ids }))}
            options={living.map((m) => ({ value: m.id, label: `${m.name}${m.age != null ? `（${m.age}岁）` : ''}` }))}
          />
        ) : (
          <Typography.Text type="secondary">按户申请</Typography.Text>
        ),
    },
  ];

  const visibleRows = showAll
    ? rows
    : rows.filter((r) => selected.includes(r.program.code) || r.screening?.outcome === 'ELIGIBLE' || r.screening?.outcome === 'INSUFFICIENT');

  return (
    <PageContainer title={preId ? '确认预申请并受理' : '受理登记'} extra={<Button onClick={() => navigate('/applications')}>返回申请列表</Button>}>
      {preId && preApp && (
        <Alert
          type={preApp.urgent ? 'warning' : 'info'}
          showIcon
          title={`${preApp.channelName}${preApp.urgent ? '（急难情形，绿色通道）' : ''}：${preApp.contact ? contactLine(preApp) : `${preApp.headName ?? ''}，${preApp.address ?? ''}`}`}
          description={`申请事项：${preApp.requested.map((r) => r.programName).join('、') || '—'}；情况说明：${preApp.description ?? '—'}。${preApp.householdId || householdId ? '' : '该户尚未登记台账：请检索家庭，或先一表登记。'}`}
        />
      )}
      {preId && pre.error && <Alert type="error" showIcon title={errorText(pre.error)} />}
      <Form<Values>
        form={form}
        name={formName}
        layout="vertical"
        initialValues={{ urgent: false, authorizationSigned: false }}
        onFinish={confirmSubmit}
        requiredMark
      >
        <Flex vertical gap={16}>
          <ContentCard title="申请家庭">
            <Flex gap={12} align="flex-end" wrap>
              <Form.Item label="家庭" required style={{ marginBottom: 0, width: 460 }} htmlFor={`${formName}_household`}>
                <HouseholdPicker
                  id={`${formName}_household`}
                  value={householdId}
                  placeholder="输入户主或成员姓名、身份证号、电话检索"
                  optionLabel={householdLabel}
                  currentLabel={household ? householdLabel(household) : undefined}
                  onChange={pickHousehold}
                />
              </Form.Item>
              <Button icon={<PlusOutlined />} onClick={() => navigate(registerPath)}>
                未登记的家庭：先一表登记
              </Button>
            </Flex>
            {householdId && householdQ.loading && !household && <Spin style={{ marginTop: 16 }} />}
            {householdQ.error && <Alert style={{ marginTop: 16 }} type="error" showIcon title={errorText(householdQ.error)} />}
            {household && (
              <>
                <Descriptions
                  size="small"
                  column={4}
                  style={{ marginTop: 16 }}
                  items={[
                    { key: 'head', label: '户主', children: household.headName ?? '—' },
                    { key: 'area', label: '村（社区）', children: household.areaName ?? household.areaCode },
                    { key: 'address', label: '地址', children: household.address ?? '—', span: 2 },
                    { key: 'tier', label: '层级', children: <TierText tier={household.tier} name={household.tierName} /> },
                    {
                      key: 'members',
                      label: '成员',
                      children: living.map((m) => `${m.name}${m.age != null ? `（${m.age}岁）` : ''}`).join('、') || '—',
                      span: 3,
                    },
                  ]}
                />
                <Form.Item
                  name="applicantPersonId"
                  label="申请人"
                  rules={[{ required: true, message: '请选择申请人（本户在世成员）' }]}
                  style={{ marginTop: 12, marginBottom: 0, width: 460 }}
                >
                  <Select
                    placeholder="选择申请人"
                    options={living.map((m) => ({
                      value: m.id,
                      label: `${m.name}（${m.isHead ? '户主' : (m.relationName ?? '成员')}${m.age != null ? `，${m.age}岁` : ''}）`,
                    }))}
                  />
                </Form.Item>
              </>
            )}
          </ContentCard>

          {household && (
            <ContentCard
              title="申请事项"
              extra={
                <Space size={16}>
                  <Typography.Text type="secondary">已选 {selected.length} 项</Typography.Text>
                  <Space size={6}>
                    <Switch size="small" checked={showAll} onChange={setShowAll} aria-label="显示全部事项" />
                    <span>显示全部 {rows.length} 项事项</span>
                  </Space>
                </Space>
              }
            >
              <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                按台账信息筛查：可享受的事项已预先勾选，结果仅供参考，以主管部门审核为准。展开一行可看判断过程。
              </Typography.Paragraph>
              {screeningQ.error && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`暂时无法筛查：${errorText(screeningQ.error)}`} />}
              <Table<ProgramRow>
                rowKey={(r) => r.program.code}
                size="small"
                loading={screeningQ.loading || programsQ.loading}
                pagination={false}
                dataSource={visibleRows}
                columns={programColumns}
                onRow={(r) => ({ 'data-testid': `program-${r.program.code}` }) as HTMLAttributes<HTMLElement>}
                rowSelection={{
                  selectedRowKeys: selected,
                  hideSelectAll: true,
                  columnTitle: <VisuallyHidden>申请</VisuallyHidden>,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (r) => ({ 'aria-label': `申请${r.program.name}` }) as never,
                }}
                expandable={{
                  columnTitle: <VisuallyHidden>判断过程</VisuallyHidden>,
                  expandedRowRender: (r) => <ScreeningDetail r={r.screening!} brief />,
                  rowExpandable: (r) => !!r.screening,
                }}
              />
            </ContentCard>
          )}

          {household && selectedRows.length > 0 && (
            <ContentCard title="材料清单">
              <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                逐项核对申请人提交的材料并勾选“已收取”，可上传扫描件（JPG、PNG 或 PDF，单个文件不超过 {MATERIAL_MAX_BYTES / 1024 / 1024} MB）。
              </Typography.Paragraph>
              <Row gutter={[16, 16]}>
                {selectedRows.map((r) => (
                  <Col key={r.program.code} span={24}>
                    <Card size="small" title={`${r.program.name}（${r.program.ownerName ?? r.program.ownerCode}）`} data-testid={`materials-${r.program.code}`}>
                      {r.program.materials.length === 0 && <Typography.Text type="secondary">无需另交材料</Typography.Text>}
                      {r.program.materials.map((name) => {
                        const key = materialKey(r.program.code, name);
                        const m = materials[key] ?? { provided: false, fileIds: [] };
                        const set = (patch: Partial<Material>) => setMaterials((all) => ({ ...all, [key]: { ...m, ...patch } }));
                        if (coverage.covered(r.program.code, name)) {
                          return (
                            <Flex key={key} gap={8} align="baseline" className={styles.materialRow} data-testid="material-covered">
                              <CoveredTag report={coverage.report!} />
                              <span>{name}</span>
                            </Flex>
                          );
                        }
                        return (
                          <Flex key={key} gap={16} align="flex-start" className={styles.materialRow}>
                            <Checkbox checked={m.provided || m.fileIds.length > 0} onChange={(e) => set({ provided: e.target.checked })} style={{ width: 420 }}>
                              {name}
                            </Checkbox>
                            <div className={styles.compactUpload}>
                              <MaterialUpload
                                buttonText="上传"
                                maxCount={5}
                                value={m.fileIds}
                                onChange={(ids) => set({ fileIds: ids, provided: m.provided || ids.length > 0 })}
                              />
                            </div>
                          </Flex>
                        );
                      })}
                    </Card>
                  </Col>
                ))}
              </Row>
            </ContentCard>
          )}

          {household && (
            <ContentCard title="受理信息">
              <Row gutter={24}>
                <Col span={12}>
                  <Form.Item
                    name="authorizationSigned"
                    valuePropName="checked"
                    label="核对授权"
                    rules={[
                      {
                        validator: (_, v) =>
                          v ? Promise.resolve() : Promise.reject(new Error('须由申请家庭成员签署授权书（同意核对家庭经济状况）后方可受理')),
                      },
                    ]}
                  >
                    <Checkbox>共同生活的家庭成员已签署《家庭经济状况核对授权书》</Checkbox>
                  </Form.Item>
                  <Form.Item name="authorizationFiles" label="授权书扫描件（可选）">
                    <MaterialUpload buttonText="上传授权书" maxCount={1} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="urgent" valuePropName="checked" label="急难情形" extra="因意外事件、突发重病等陷入困境的，走绿色通道先行救助。">
                    <Switch checkedChildren="急难" unCheckedChildren="否" />
                  </Form.Item>
                  <Form.Item name="description" label="情况说明">
                    <Input.TextArea rows={3} maxLength={1000} showCount placeholder="家庭困难情况、申请理由等" />
                  </Form.Item>
                </Col>
              </Row>
              {submitError && <Alert type="error" showIcon title={submitError} style={{ marginBottom: 16 }} />}
              <Space>
                <Button type="primary" htmlType="submit" loading={registering.loading || confirming.loading}>
                  {preId ? '确认受理并分办' : '受理并分办'}
                </Button>
                <Button onClick={() => navigate('/applications')}>取消</Button>
                <Typography.Text type="secondary">将生成受理号，并按事项分别转主管部门办理（{selectedRows.length} 项）。</Typography.Text>
              </Space>
            </ContentCard>
          )}
          {!household && !householdQ.loading && !householdQ.error && (
            <ContentCard>
              <Empty
                description={
                  <span>
                    请先检索并选择申请家庭；台账中没有的家庭，请先<Link to={registerPath}>一表登记</Link>。
                  </span>
                }
              />
            </ContentCard>
          )}
        </Flex>
      </Form>
      <DuplicateAssistanceModal
        duplicates={duplicates?.list ?? null}
        memberName={(id) => living.find((m) => m.id === id)?.name}
        submitting={registering.loading || confirming.loading}
        onCancel={() => setDuplicates(null)}
        onSubmit={(reasons) => void submit(duplicates!.values, reasons)}
        onDrop={(d) => {
          if (d.personId) {
            const left = (persons[d.programCode] ?? []).filter((id) => id !== d.personId);
            setPersons((p) => ({ ...p, [d.programCode]: left }));
            if (!left.length) setSelected((s) => s.filter((c) => c !== d.programCode));
          } else {
            setSelected((s) => s.filter((c) => c !== d.programCode));
          }
          setDuplicates((cur) => {
            const list = (cur?.list ?? []).filter((x) => x !== d);
            return list.length ? { list, values: cur!.values } : null;
          });
        }}
      />
    </PageContainer>
  );
}

/** “户主 · 村（社区）” of the household picker and the chosen household. */
function householdLabel(h: { headName?: string | null; areaName?: string | null; areaCode: string }): string {
  return `${h.headName ?? '（未指定户主）'} · ${h.areaName ?? h.areaCode}`;
}
