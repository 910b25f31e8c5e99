import type { ReactNode } from 'react';
import { Descriptions, Table, Typography } from 'antd';
import type { VerificationReportQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../utils/datetime';
import { AssetsView, FindingList, IncomeView, Lines, ProgramOutcomes } from './figures';
import styles from './report.module.css';
import { ConclusionTag, SourceStatusTag } from './verification-ui';

type Report = NonNullable<VerificationReportQuery['verificationReport']>;

/**
 * The frozen content of a 核查报告 as a sheet (screen and paper): header, household and members, income, assets,
 * 疑点, the sources with their dates, the methods, the programs evaluated, the conclusion and validity.
 */
export function ReportContent({ report }: { report: Report }) {
  const c = report.content;
  const { header, household, conclusion } = c;
  const auth = header.authorisation;
  return (
    <article className={styles.sheet} aria-label={`核查报告 ${report.no}`} data-testid="report-sheet">
      <Typography.Title level={2} className={styles.title} style={{ fontSize: 22 }}>
        {header.title}
      </Typography.Title>
      <div className={styles.meta}>
        <span>出具单位：{header.office}</span>
        <span>
          报告编号：{header.reportNo}（第 {header.version} 版）
        </span>
        <span>核查编号：{header.verificationNo}</span>
        <span>出具时间：{formatDateTime(header.issuedAt)}</span>
        <strong>有效期至：{header.validUntil}</strong>
      </div>

      <Section title="一、家庭基本情况">
        <Descriptions
          size="small"
          bordered
          column={3}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          items={[
            { key: 'head', label: '户主', children: household.headNameMasked },
            { key: 'area', label: '区划', children: household.areaName },
            { key: 'count', label: '家庭人口', children: `${household.memberCount} 人` },
            { key: 'addr', label: '住址', span: 2, children: household.address },
            { key: 'res', label: '城乡', children: household.residenceTypeName },
            {
              key: 'auth',
              label: '核对授权',
              span: 3,
              children: auth ? `${auth.signedOn} 签署，有效期至 ${auth.validUntil}；授权查询：${auth.scopeNames.join('、')}` : '—',
            },
            { key: 'q', label: '数据查询时间', span: 3, children: formatDateTime(header.queriedAt) },
          ]}
        />
        <Table
          style={{ marginTop: 8 }}
          rowKey="idMasked"
          size="small"
          pagination={false}
          dataSource={c.members}
          columns={[
            { title: '姓名', dataIndex: 'nameMasked' },
            { title: '身份证号', dataIndex: 'idMasked', className: 'nowrap' },
            { title: '与户主关系', dataIndex: 'relationName' },
            { title: '年龄', dataIndex: 'age', width: 60, render: (v: number | null) => v ?? '—' },
            { title: '户籍及身份情况', dataIndex: 'notes', render: (v: string[]) => v.join('；') || '—' },
          ]}
        />
      </Section>

      <Section title="二、家庭收入">
        <IncomeView income={c.income} />
      </Section>

      <Section title="三、家庭财产">
        <AssetsView assets={c.assets} sourceNames={Object.fromEntries(c.sources.map((s) => [s.dataset, s.name]))} />
      </Section>

      <Section title="四、疑点">
        {c.findings.length ? <FindingList findings={c.findings} /> : <Typography.Text>未发现该户的比对疑点。</Typography.Text>}
      </Section>

      <Section title="五、数据来源">
        <Table
          data-testid="report-sources"
          rowKey="dataset"
          size="small"
          pagination={false}
          dataSource={c.sources}
          columns={[
            { title: '数据来源', dataIndex: 'name', width: 130 },
            { title: '结果', dataIndex: 'status', width: 90, render: (s: string) => <SourceStatusTag status={s} /> },
            { title: '数据截至', dataIndex: 'asOf', width: 104, render: (v: string | null) => (v ? formatDate(v) : '未导入') },
            { title: '查询时间', dataIndex: 'queriedAt', width: 156, className: 'nowrap', render: (v: string | null) => formatDateTime(v) },
            { title: '记录（已脱敏）', dataIndex: 'rows', render: (v: string[]) => v.join('；') || '—' },
          ]}
        />
      </Section>

      {c.methods.length > 0 && (
        <Section title="六、核查方式">
          <ul className={styles.lines}>
            {c.methods.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of a frozen report
              <li key={i}>
                <strong>{m.name}</strong>：{m.summary}（{m.recordedByName}，{formatDateTime(m.recordedAt)}）
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={c.methods.length > 0 ? '七、救助事项评估' : '六、救助事项评估'}>
        <ProgramOutcomes programs={c.programs} full />
      </Section>

      <Section title={c.methods.length > 0 ? '八、核查结论' : '七、核查结论'}>
        <p style={{ margin: 0 }} data-testid="report-conclusion">
          <ConclusionTag conclusion={conclusion.code} /> {conclusion.note ?? ''}
        </p>
        <Lines lines={[`核算建议：${conclusion.proposedReason}`]} />
        <div className={styles.signature}>
          <span>起草：{c.draftedByName}</span>
          <span>复核：{c.approvedByName}</span>
          <span>出具日期：{formatDate(header.issuedAt)}</span>
        </div>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          本报告有效期至 {header.validUntil}，有效期内各部门互认，报告覆盖的收入、财产等证明材料不再要求申请人提供。
        </Typography.Paragraph>
      </Section>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
