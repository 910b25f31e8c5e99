import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ExportListEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { JobType } from '../jobs/jobs.types';
import { exporterOf, FILTER_FIELDS, type ExportList } from './exporter';
import { startListExport } from './export.service';
import { ExportFiltersInput } from './exports.types';
import './lists';

@Resolver()
export class ExportsResolver {
  // Each list's own export permission is checked in startListExport (the list's read permission; the ledger's household.export).
  @Authorized(Permission.Authenticated)
  @Mutation(() => JobType, {
    description:
      '后台导出一个列表的当前筛选结果（xlsx；脱敏，unmask 须有查看完整信息的权限并说明理由；完成后发起人在“后台任务”中下载；记入操作日志）。小范围的导出直接下载：GET /files/exports/{list}.xlsx?filter=…',
  })
  startListExport(
    @Ctx() { ctx }: GqlContext,
    @Arg('list', () => ExportListEnum) list: ExportList,
    @Arg('filters', () => ExportFiltersInput, { nullable: true }) filters?: ExportFiltersInput | null,
    @Arg('unmask', () => Boolean, { nullable: true, description: '导出完整身份证号（须有权限并说明理由）' }) unmask?: boolean | null,
    @Arg('reason', () => String, { nullable: true, description: '导出完整身份信息的理由' }) reason?: string | null,
  ) {
    const filter = (filters as Record<string, Record<string, unknown> | null | undefined> | null | undefined)?.[FILTER_FIELDS[list]] ?? {};
    return startListExport(ctx, exporterOf(list)!, { filter: { ...filter }, unmask: !!unmask, reason });
  }
}
