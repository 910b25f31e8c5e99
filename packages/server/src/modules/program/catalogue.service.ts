import {
  compileCatalogue, formatValue, parameterFullName, parameterOwner, parameterValueIssue, SEED_CATALOGUE, SEED_COMPILED, valueAt, withParameterVersion,
  type Catalogue, type CompiledCatalogue, type ParamValue,
} from '@xiejiu/rules';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, requireDate, todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { enqueueReassessment, wakeWorker } from './reassessment.queue';

/**
 * The catalogue in force: the seed catalogue (packages/rules) plus every dated parameter version
 * the owning departments recorded. Compiled once per set of versions.
 */
interface StoredVersion {
  id: string;
  parameterCode: string;
  effectiveFrom: string;
  value: ParamValue;
  legalRef: string;
  note: string | null;
  reason: string;
  createdByName: string;
  createdAt: Date;
  departmentName: string;
}

let cached: { signature: string; catalogue: Catalogue; compiled: CompiledCatalogue } | null = null;

async function storedVersions(ctx: RequestContext): Promise<StoredVersion[]> {
  const [rows] = await scopedReadBatch(ctx, [{
    sql: `select v.id, v.parameter_code as "parameterCode", v.effective_from::text as "effectiveFrom", v.value, v.legal_ref as "legalRef",
            v.note, v.reason, v.created_by_name as "createdByName", v.created_at as "createdAt", d.name as "departmentName"
       from parameter_version v join department d on d.id = v.department_id order by v.parameter_code, v.effective_from`,
    params: [],
  }]);
  return rows as unknown as StoredVersion[];
}

export async function catalogueInForce(ctx: RequestContext): Promise<{ catalogue: Catalogue; compiled: CompiledCatalogue; versions: StoredVersion[] }> {
  const versions = await storedVersions(ctx);
  if (!versions.length) return { catalogue: SEED_CATALOGUE, compiled: SEED_COMPILED, versions };
  const signature = versions.map((v) => v.id).join(',');
  if (cached?.signature !== signature) {
    let catalogue = SEED_CATALOGUE;
    for (const v of versions) {
      catalogue = withParameterVersion(catalogue, v.parameterCode, {
        effectiveFrom: v.effectiveFrom, value: v.value, legalRef: v.legalRef, note: v.note ?? undefined, recordedBy: v.createdByName, reason: v.reason,
      });
    }
    cached = { signature, catalogue, compiled: compileCatalogue(catalogue) };
  }
  return { catalogue: cached.catalogue, compiled: cached.compiled, versions };
}

export interface ParameterView {
  code: string;
  name: string;
  unit: string;
  programCode: string;
  ownerCode: string | null;
  valueAt: string | null;
  versions: Array<{ effectiveFrom: string; value: string; legalRef: string; note: string | null; reason: string | null; recordedBy: string | null }>;
}

/** Parameters with their whole timeline (never rewritten) and the value in force on `asOf`. */
export async function listParameters(ctx: RequestContext, programCode?: string | null, asOf?: string | null): Promise<ParameterView[]> {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  const date = requireDate(asOf);
  const { catalogue } = await catalogueInForce(ctx);
  return catalogue.parameters
    .filter((p) => !programCode || p.program === programCode)
    .map((p) => {
      const inForce = valueAt(p, date);
      const current = inForce ? formatValue(inForce.value, p.unit) : null;
      return {
        code: p.code, name: parameterFullName(p), unit: p.unit, programCode: p.program, ownerCode: parameterOwner(catalogue, p.code), valueAt: current,
        versions: p.versions.map((v) => ({
          effectiveFrom: v.effectiveFrom, value: formatValue(v.value, p.unit), legalRef: v.legalRef, note: v.note ?? null,
          reason: v.reason ?? null, recordedBy: v.recordedBy ?? null,
        })),
      };
    });
}

export interface ParameterVersionInput {
  code: string;
  effectiveFrom: string;
  value: ParamValue;
  legalRef: string;
  note?: string | null;
  reason: string;
}

/**
 * A new dated value of a parameter, by the owning department only ("two unchanged"), effective
 * from tomorrow at the earliest: what was in force up to today stays as it was. Queues a reassessment
 * job over the editor's area (returns its id).
 */
export async function addParameterVersion(ctx: RequestContext, input: ParameterVersionInput): Promise<string | null> {
  let jobId: string | null = null;
  ctx.require('program.manage', '维护事项参数');
  const reason = (input.reason ?? '').trim();
  const legalRef = (input.legalRef ?? '').trim();
  if (!isIsoDate(input.effectiveFrom ?? '')) throw new AppError('BAD_USER_INPUT', '生效日期格式应为 YYYY-MM-DD', { field: 'effectiveFrom' });
  if (input.effectiveFrom <= todayCn()) throw new AppError('BAD_USER_INPUT', '新参数最早从明天起生效，不能改写已生效的历史', { field: 'effectiveFrom' });
  if (reason.length < 4 || reason.length > 300) throw new AppError('BAD_USER_INPUT', '请说明调整理由（4–300 字）', { field: 'reason' });
  if (!legalRef || legalRef.length > 200) throw new AppError('BAD_USER_INPUT', '请填写依据（文件名称或文号）', { field: 'legalRef' });
  const { catalogue } = await catalogueInForce(ctx);
  const owner = parameterOwner(catalogue, input.code);
  if (!owner) throw new AppError('BAD_USER_INPUT', `未知的参数：${input.code}`, { field: 'code' });
  const issue = parameterValueIssue(catalogue, input.code, input.value);
  if (issue) throw new AppError('BAD_USER_INPUT', issue, { field: 'value' });
  await ctx.tx(async (em) => {
    const dept = await sqlRows<{ id: string; code: string; name: string }>(em, `select id, code, name from department where id = ?`, [ctx.departmentId ?? '00000000-0000-0000-0000-000000000000']);
    if (!dept.length || dept[0].code !== owner) {
      const [o] = await sqlRows<{ name: string }>(em, `select name from department where code = ?`, [owner]);
      throw new AppError('FORBIDDEN', `只有${o?.name ?? owner}可以调整该参数（两不变）`);
    }
    try {
      withParameterVersion(catalogue, input.code, { effectiveFrom: input.effectiveFrom, value: input.value, legalRef });
    } catch (e) {
      throw new AppError('BAD_USER_INPUT', (e as Error).message, { field: 'value' });
    }
    await em.execute(
      `insert into parameter_version (id, parameter_code, effective_from, value, legal_ref, note, reason, department_id, created_by, created_by_name, created_at)
       values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, now())`,
      [randomUUID(), input.code, input.effectiveFrom, JSON.stringify(input.value), legalRef, input.note ?? null, reason, dept[0].id, ctx.actor.id ?? null, ctx.actor.name],
    );
    await recordAudit(ctx, {
      action: 'parameter.version_added', entityType: 'parameter', entityId: input.code,
      after: { effectiveFrom: input.effectiveFrom, value: JSON.stringify(input.value), legalRef }, detail: { reason },
    });
    // Re-screen the ledger of the editor's area on the effective date (漏救 / 复核 lists), in the background.
    const program = catalogue.parameters.find((p) => p.code === input.code)!.program;
    const area = ctx.actor.areaCode;
    if (area) jobId = await enqueueReassessment(ctx, em, { kind: 'PARAMETER', programCode: program, parameterCode: input.code, asOf: input.effectiveFrom, areaCode: area });
  });
  wakeWorker();
  return jobId;
}
