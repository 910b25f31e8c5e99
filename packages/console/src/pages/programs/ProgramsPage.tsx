import { useMemo, useState, type CSSProperties } from 'react';
import { Alert, Button, Collapse, DatePicker, Descriptions, Empty, Flex, Form, Input, Segmented, Spin, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { ExportButton } from '../../components/ExportButton';
import type { ProgramsQuery } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { useCan } from '../../auth/CurrentUserContext';
import { ParameterPanel, useMyDepartmentCode } from './ParameterPanel';
import { ProgramAmendDrawer } from './ProgramAmendDrawer';
import { ProgramVersions } from './ProgramVersions';
import { PROGRAMS } from './programs.graphql';

type Program = ProgramsQuery['programs'][number];

const ALL = '__all__';
const PRE: CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };

/** Lines rendered as-is (conditions are indented with full-width spaces). */
function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>—</>;
  return <div style={PRE}>{lines.join('\n')}</div>;
}

function OrderedList({ items }: { items: string[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders; items may repeat
        <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {s}
        </li>
      ))}
    </ol>
  );
}

function ownerLabel(p: Program) {
  return p.ownerName ? `${p.ownerName}（${p.ownerCode}）` : p.ownerCode;
}

function ProgramDetail({ p, asOf }: { p: Program; asOf: string }) {
  const can = useCan();
  const myDept = useMyDepartmentCode();
  const [amending, setAmending] = useState(false);
  // Same rule as parameters: only the owner department's officers edit (两不变).
  const mayEdit = can('PROGRAM_MANAGE') && myDept === p.ownerCode;
  return (
    <Flex vertical gap={16}>
      {mayEdit && (
        <Flex justify="end">
          <Button icon={<EditOutlined />} onClick={() => setAmending(true)}>
            修改材料与时限
          </Button>
        </Flex>
      )}
      {amending && <ProgramAmendDrawer program={p} onClose={() => setAmending(false)} />}
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 140, verticalAlign: 'top' } }}
        items={[
          { key: 'owner', label: '主管部门', children: ownerLabel(p) },
          ...(p.description ? [{ key: 'desc', label: '说明', children: <div style={PRE}>{p.description}</div> }] : []),
          { key: 'basis', label: '依据', children: <OrderedList items={p.legalBasis} /> },
          { key: 'cond', label: '条件说明', children: <Lines lines={p.conditions} /> },
          { key: 'amount', label: '金额', children: <Lines lines={p.amount} /> },
          { key: 'materials', label: '材料清单', children: <OrderedList items={p.materials} /> },
          { key: 'steps', label: '办理环节与时限', children: <OrderedList items={p.steps} /> },
          { key: 'total', label: '办结时限', children: p.totalLimit?.text ?? '不设总时限（按各环节时限合计）' },
          { key: 'publicity', label: '公示', children: <div style={PRE}>{p.publicity || '—'}</div> },
        ]}
      />
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          材料与时限的版本
        </Typography.Title>
        <ProgramVersions program={p} asOf={asOf} />
      </div>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          参数与版本
        </Typography.Title>
        <ParameterPanel programCode={p.code} ownerCode={p.ownerCode} asOf={asOf} />
      </div>
    </Flex>
  );
}

/** 事项目录: every program with conditions and amounts as in force on the chosen date. */
export default function ProgramsPage() {
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [owner, setOwner] = useState<string>(ALL);
  const [keyword, setKeyword] = useState('');
  const {
    data: current,
    previousData,
    loading,
    error,
  } = useQuery(PROGRAMS, {
    variables: { asOf: asOf.format('YYYY-MM-DD') },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  // Keep the previous date's list while another date loads, so expanded programs stay open.
  const data = current ?? previousData;
  const programs = data?.programs ?? [];

  const owners = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of programs) if (!m.has(p.ownerCode)) m.set(p.ownerCode, p.ownerName ?? p.ownerCode);
    return [...m.entries()];
  }, [programs]);

  const kw = keyword.trim();
  const shown = programs.filter(
    (p) => (owner === ALL || p.ownerCode === owner) && (!kw || p.name.includes(kw) || p.code.includes(kw) || p.description.includes(kw)),
  );
  const groups = owners.map(([code, name]) => ({ code, name, items: shown.filter((p) => p.ownerCode === code) })).filter((g) => g.items.length > 0);

  return (
    <PageContainer title="事项目录">
      <ContentCard>
        <Flex gap={16} wrap align="center">
          <Form.Item label="查看日期" style={{ margin: 0 }}>
            <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} data-testid="programs-as-of" />
          </Form.Item>
          <Input.Search
            placeholder="事项名称或代码"
            allowClear
            style={{ width: 220 }}
            onSearch={setKeyword}
            onChange={(e) => !e.target.value && setKeyword('')}
          />
          <ExportButton list="PROGRAMS" filter={{ asOf: asOf.format('YYYY-MM-DD'), ownerCode: owner === ALL ? undefined : owner, keyword: kw }} />
        </Flex>
        {owners.length > 1 && (
          <Segmented
            style={{ marginTop: 16 }}
            value={owner}
            onChange={(v) => setOwner(String(v))}
            options={[{ value: ALL, label: `全部（${programs.length}）` }, ...owners.map(([code, name]) => ({ value: code, label: name }))]}
          />
        )}
      </ContentCard>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {loading && !data ? (
        <Flex justify="center" style={{ padding: 60 }}>
          <Spin />
        </Flex>
      ) : groups.length === 0 ? (
        <ContentCard>
          <Empty description="没有符合条件的事项" />
        </ContentCard>
      ) : (
        groups.map((g) => (
          <ContentCard
            key={g.code}
            title={
              <span>
                {g.name} <Typography.Text type="secondary">（{g.items.length} 项）</Typography.Text>
              </span>
            }
          >
            <Collapse
              items={g.items.map((p) => ({
                key: p.code,
                label: (
                  <span>
                    {p.name} <Tag style={{ marginInlineStart: 8 }}>{p.code}</Tag>
                  </span>
                ),
                children: <ProgramDetail p={p} asOf={asOf.format('YYYY-MM-DD')} />,
              }))}
            />
          </ContentCard>
        ))
      )}
    </PageContainer>
  );
}
