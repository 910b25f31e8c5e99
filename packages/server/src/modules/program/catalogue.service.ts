import {
  catalogueAsOf,
  compileCatalogue,
  formatValue,
  parameterFullName,
  parameterOwner,
  parameterValueIssue,
  SEED_CATALOGUE,
  SEED_COMPILED,
  valueAt,
  withParameterVersion,
  withProgramAmendment,
  type Catalogue,
  type CompiledCatalogue,
  type ParamValue,
  type ProgramAmendment,
} from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, requireDate, todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { scopedReadBatch } from '../../shared/sql';
import { decodeRows, jsonObject, isoDate, json, nullable, row, text, timestamp, type Decoder } from '../../db/rows';
import { recordAudit } from '../audit/audit.service';
import { ParameterVersion } from './program-version.entity';
import { enqueueReassessment } from './reassessment.job';
import { requireOwner } from './whatif';

/**
 * The catalogue in force: the seed catalogue (packages/rules) plus every dated parameter version and
 * every program amendment (materials, time limits, 公示) the owning departments recorded, with the
 * programs as in force on a date. Compiled once per set of versions and amendments in force.
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

/** A row of `program_version`: the changed fields in `amendment`. */
export interface StoredProgramVersion {
  id: string;
  programCode: string;
  effectiveFrom: string;
  amendment: Pick<ProgramAmendment, 'materials' | 'steps' | 'totalLimit' | 'publicity' | 'note'>;
  legalRef: string;
  reason: string;
  createdByName: string;
  createdAt: Date;
  departmentName: string;
}

interface CatalogueEntry {
  catalogue: Catalogue;
  compiled: CompiledCatalogue;
}

/** Recent catalogues by signature (versions recorded + amendments in force): a few dates are in use at once. */
const cache = new Map<string, CatalogueEntry>();
const CACHE_SIZE = 16;

function remember(key: string, make: () => CatalogueEntry): CatalogueEntry {
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    entry = make();
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, entry);
  return entry;
}

const versionFields = { id: text, effectiveFrom: isoDate, legalRef: text, reason: text, createdByName: text, createdAt: timestamp, departmentName: text };
/** The value and the amendment are checked by the rules package when the catalogue is compiled. */
const storedVersion = row<StoredVersion>({ ...versionFields, parameterCode: text, value: json as Decoder<ParamValue>, note: nullable(text) });
const storedProgramVersion = row<StoredProgramVersion>({
  ...versionFields,
  programCode: text,
  amendment: jsonObject as Decoder<StoredProgramVersion['amendment']>,
});

async function storedVersions(ctx: RequestContext): Promise<[StoredVersion[], StoredProgramVersion[]]> {
  const [params, programs] = await scopedReadBatch(ctx, [
    {
      sql: `select v.id, v.parameter_code as "parameterCode", v.effective_from::text as "effectiveFrom", v.value, v.legal_ref as "legalRef",
              v.note, v.reason, v.created_by_name as "createdByName", v.created_at as "createdAt", d.name as "departmentName"
         from parameter_version v join department d on d.id = v.department_id order by v.parameter_code, v.effective_from`,
      params: [],
    },
    {
      sql: `select v.id, v.program_code as "programCode", v.effective_from::text as "effectiveFrom", v.amendment, v.legal_ref as "legalRef",
              v.reason, v.created_by_name as "createdByName", v.created_at as "createdAt", d.name as "departmentName"
         from program_version v join department d on d.id = v.department_id order by v.program_code, v.effective_from`,
      params: [],
    },
  ]);
  return [decodeRows(params, storedVersion, 'parameter_version'), decodeRows(programs, storedProgramVersion, 'program_version')];
}

/** The stored row as a rules amendment (recorded by, department and id filled in). */
export function toAmendment(v: StoredProgramVersion): ProgramAmendment {
  return {
    ...v.amendment,
    effectiveFrom: v.effectiveFrom,
    legalRef: v.legalRef,
    reason: v.reason,
    recordedBy: v.createdByName,
    id: v.id,
    department: v.departmentName,
  };
}

/** Seed + recorded parameter versions + recorded amendments (programs not yet dated). */
function recordedCatalogue(versions: StoredVersion[], programVersions: StoredProgramVersion[]): CatalogueEntry {
  const key = `${versions.map((v) => v.id).join(',')}|${programVersions.map((v) => v.id).join(',')}`;
  return remember(key, () => {
    let catalogue = SEED_CATALOGUE;
    for (const v of versions) {
      catalogue = withParameterVersion(catalogue, v.parameterCode, {
        effectiveFrom: v.effectiveFrom,
        value: v.value,
        legalRef: v.legalRef,
        note: v.note ?? undefined,
        recordedBy: v.createdByName,
        reason: v.reason,
      });
    }
    for (const v of programVersions) {
      try {
        catalogue = withProgramAmendment(catalogue, v.programCode, toAmendment(v), { check: false });
      } catch (e) {
        // A stored amendment of a program the catalogue no longer has: keep serving the rest.
        console.warn(`program_version ${v.id} skipped: ${(e as Error).message}`);
      }
    }
    return { catalogue, compiled: compileCatalogue(catalogue) };
  });
}

/**
 * The catalogue in force on `asOf` (default today, China date): parameters carry their whole dated
 * history (the evaluation picks the version by date), programs are as amended up to `asOf` (materials,
 * step limits, total limit, 公示). `programVersions` are the recorded amendments of every program.
 */
export async function catalogueInForce(
  ctx: RequestContext,
  asOf?: string | null,
): Promise<{ catalogue: Catalogue; compiled: CompiledCatalogue; versions: StoredVersion[]; programVersions: StoredProgramVersion[] }> {
  const date = asOf ?? todayCn();
  const [versions, programVersions] = await storedVersions(ctx);
  if (!versions.length && !programVersions.length) return { catalogue: SEED_CATALOGUE, compiled: SEED_COMPILED, versions, programVersions };
  const recorded = recordedCatalogue(versions, programVersions);
  const inForce = programVersions.filter((v) => v.effectiveFrom <= date);
  if (!inForce.length) return { ...recorded, versions, programVersions };
  const key = `${versions.map((v) => v.id).join(',')}|${programVersions.map((v) => v.id).join(',')}@${inForce.map((v) => v.id).join(',')}`;
  const dated = remember(key, () => {
    const catalogue = catalogueAsOf(recorded.catalogue, date);
    return { catalogue, compiled: compileCatalogue(catalogue) };
  });
  return { ...dated, versions, programVersions };
}

export interface ParameterView {
  code: string;
  name: string;
  unit: string;
  programCode: string;
  ownerCode: string | null;
  valueAt: string | null;
  /** 'codes' parameters: the codes in force and the labels of every code. */
  codesAt: string[] | null;
  codes: Array<{ code: string; name: string }> | null;
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
      const current = inForce ? formatValue(inForce.value, p.unit, p.codes) : null;
      return {
        code: p.code,
        name: parameterFullName(p),
        unit: p.unit,
        programCode: p.program,
        ownerCode: parameterOwner(catalogue, p.code),
        valueAt: current,
        codesAt: inForce && Array.isArray(inForce.value) ? [...inForce.value] : null,
        codes: p.codes ? Object.entries(p.codes).map(([code, name]) => ({ code, name })) : null,
        versions: p.versions.map((v) => ({
          effectiveFrom: v.effectiveFrom,
          value: formatValue(v.value, p.unit, p.codes),
          legalRef: v.legalRef,
          note: v.note ?? null,
          reason: v.reason ?? null,
          recordedBy: v.recordedBy ?? null,
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
    const dept = await requireOwner(ctx, owner, '调整该参数');
    try {
      withParameterVersion(catalogue, input.code, { effectiveFrom: input.effectiveFrom, value: input.value, legalRef });
    } catch (e) {
      throw new AppError('BAD_USER_INPUT', (e as Error).message, { field: 'value' });
    }
    em.create(ParameterVersion, {
      parameterCode: input.code,
      effectiveFrom: input.effectiveFrom,
      value: input.value,
      legalRef,
      note: input.note ?? null,
      reason,
      departmentId: dept.id,
      createdBy: ctx.actor.id ?? null,
      createdByName: ctx.actor.name,
    });
    await em.flush();
    await recordAudit(ctx, {
      action: 'parameter.version_added',
      entityType: 'parameter',
      entityId: input.code,
      after: { effectiveFrom: input.effectiveFrom, value: JSON.stringify(input.value), legalRef },
      detail: { reason },
    });
    // Re-screen the ledger of the editor's area on the effective date (漏救 / 复核 lists), in the background.
    const program = catalogue.parameters.find((p) => p.code === input.code)!.program;
    const programName = catalogue.programs.find((p) => p.code === program)?.name ?? program;
    const area = ctx.actor.areaCode;
    if (area)
      jobId = await enqueueReassessment(ctx, em, {
        kind: 'PARAMETER',
        programCode: program,
        programName,
        parameterCode: input.code,
        asOf: input.effectiveFrom,
        areaCode: area,
      });
  });
  return jobId;
}
