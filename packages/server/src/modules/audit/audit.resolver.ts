import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { sqlRows } from '../../shared/sql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { checkPage } from '../../shared/paging';
import { Permission } from '../auth/permissions';
import { ACTION_NAMES, actionName } from './audit-actions';
import { recordAudit, searchAudit } from './audit.service';
import { verifyChain } from './audit-verify';
import { areaCodesIn, formatDiff } from './audit-format';
import { areaNames } from '../area/area.service';
import { AuditActionInfo, AuditLogFilter, AuditLogPage, AuditVerifyResult } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized(Permission.AuditRead)
  @Query(() => AuditLogPage)
  async auditLogs(
    @Ctx() { ctx }: GqlContext,
    @Args() pageArgs: PageArgsInput,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ) {
    const p = checkPage(pageArgs);
    const { items, total } = await searchAudit(ctx, filter ?? {}, p.page, p.pageSize);
    const codes = new Set(items.map((r) => r.areaCode));
    for (const r of items) areaCodesIn(r.diff, codes);
    const areas = await areaNames(ctx, codes);
    const view = (r: (typeof items)[number]) => ({
      ...r,
      id: r.pos,
      actionName: actionName(r.action),
      areaName: areas.get(r.areaCode) ?? null,
      ...formatDiff(r.diff, r.entityType, areas),
    });
    return { items: items.map(view), total, ...p };
  }

  @Authorized(Permission.AuditRead)
  @Query(() => [AuditActionInfo], { description: '操作类型清单' })
  auditActions(): AuditActionInfo[] {
    return Object.entries(ACTION_NAMES).map(([code, name]) => ({ code, name }));
  }

  @Authorized(Permission.AuditRead)
  @Query(() => AuditVerifyResult, { description: '校验整条日志链（区县审计管理员）' })
  async auditVerify(@Ctx() { ctx }: GqlContext): Promise<AuditVerifyResult> {
    ctx.require(Permission.AuditRead);
    if (ctx.areaPrefix?.length !== 6 && ctx.areaPrefix !== '*') {
      return { ok: false, checked: 0, firstBadPos: null, problem: null, message: '只有区县级审计管理员可以校验整条日志链' };
    }
    // The chain spans every area: walk it as the system.
    const result = await ctx.asSystem('audit-verify', async (em) => {
      const head = (await sqlRows<{ pos: string; hash: string }>(em, `select pos::text as pos, hash from audit_head where id = 1`))[0];
      return verifyChain((sql, params) => sqlRows(em, sql.replace(/\$\d/g, '?'), params), head);
    });
    await recordAudit(ctx, {
      action: 'audit.verified',
      entityType: 'audit_log',
      detail: { ok: result.ok, checked: result.checked, firstBadPos: result.firstBadPos },
    });
    return result;
  }
}
