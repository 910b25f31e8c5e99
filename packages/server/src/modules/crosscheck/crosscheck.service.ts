import type { RequestContext } from '../../graphql/request-context';
import { todayOf } from '../../shared/dates';
import { ruleParams } from './crosscheck.engine';
import { enqueueCrosscheck } from './crosscheck.job';
import { RESERVED_RULES, RULES } from './rules';
import type { RuleParameter, Severity } from './rules/rule';

export interface RuleView {
  no: number;
  code: string;
  name: string;
  description: string;
  severity: Severity | null;
  version: number | null;
  effectiveFrom: string | null;
  data: string | null;
  parameters: RuleParameter[];
  implemented: boolean;
}

/** 比对规则目录: every rule with its parameters in force today, and the reserved numbers. */
export async function crosscheckRules(ctx: RequestContext): Promise<RuleView[]> {
  ctx.require('finding.read', '查看比对规则');
  const params = await ruleParams(ctx, todayOf(ctx));
  return [
    ...RULES.map((r) => ({
      no: r.no,
      code: r.code,
      name: r.name,
      description: r.description,
      severity: r.severity,
      version: r.version,
      effectiveFrom: r.effectiveFrom,
      data: r.data,
      parameters: r.parameters(params),
      implemented: true,
    })),
    ...RESERVED_RULES.map((r) => ({ ...r, severity: null, version: null, effectiveFrom: null, data: null, parameters: [], implemented: false })),
  ];
}

/** 立即比对: queues a 全面比对 job (or returns the one already waiting). */
export async function requestCrosscheck(ctx: RequestContext): Promise<string> {
  ctx.require('crosscheck.run', '发起全面比对');
  return ctx.tx((em) => enqueueCrosscheck(ctx, em));
}
