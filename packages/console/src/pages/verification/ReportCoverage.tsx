import { Tag, Tooltip } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { INTAKE_REPORT_COVERAGE } from './verification.graphql';

/**
 * 互认 at the window (ADR 0023): while the household has a valid 核查报告, the catalogue materials marked
 * `coveredByReport` (income, asset and hardship proofs) are not asked for. `covered(program, name)` says whether
 * one is; `CoveredTag` marks it in a checklist.
 */
export function useReportCoverage(householdId: string | null | undefined) {
  const { data } = useQuery(INTAKE_REPORT_COVERAGE, {
    variables: { householdId: householdId ?? '' },
    skip: !householdId,
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const report = data?.household.verificationReport ?? null;
  const coveredNames = new Map((data?.programs ?? []).map((p) => [p.code, new Set(p.materialItems.filter((m) => m.coveredByReport).map((m) => m.name))]));
  return {
    report,
    covered: (programCode: string, name: string) => !!report && !!coveredNames.get(programCode)?.has(name),
  };
}

export function CoveredTag({ report }: { report: { no: string; validUntil: string } }) {
  return (
    <Tooltip title={`核查报告 ${report.no} 有效期至 ${report.validUntil}，各部门互认，无需申请人提供`}>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        已由核查报告覆盖
      </Tag>
    </Tooltip>
  );
}
