import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { checkPage } from '../../shared/paging';
import { Permission } from '../auth/permissions';
import { ROW_ERROR_CODE_NAMES } from './records';
import { DATASET_DEFS, datasetDef } from './datasets';
import { cancelImport, getImportBatch, type ImportBatchRow, listImportBatches, parseDataset, requireImport } from './import.service';
import type { Dataset } from './records';
import { ImportBatchFilterInput, ImportBatchPage, ImportBatchType, ImportDatasetInfoType } from './roster.types';

function batchView(b: ImportBatchRow): ImportBatchType {
  const total = b.progressTotal ?? 0;
  return {
    ...b,
    datasetName: datasetDef(parseDataset(b.dataset)).name,
    errorCounts: Object.entries(b.errorCounts)
      .map(([code, rows]) => ({ code, name: ROW_ERROR_CODE_NAMES[code as keyof typeof ROW_ERROR_CODE_NAMES] ?? code, rows: Number(rows) }))
      .sort((a, c) => c.rows - a.rows),
    errorReportUrl: b.hasErrorReport ? `/api/imports/${b.id}/errors.xlsx` : null,
    progress: b.status === 'DONE' ? 100 : total > 0 ? Math.min(99, Math.floor(((b.progressDone ?? 0) / total) * 100)) : 0,
    cancelRequested: b.cancelRequested ?? false,
  };
}

/** 数据导入 (modules/roster/README.md). Uploads are HTTP (`POST /api/imports/:dataset`); the rest is here. */
@Resolver()
export class RosterResolver {
  @Authorized(Permission.Authenticated)
  @Query(() => [ImportDatasetInfoType], { description: '可导入的数据集、模板列与下载地址（须有导入权限）' })
  importDatasets(@Ctx() { ctx }: GqlContext): ImportDatasetInfoType[] {
    requireImport(ctx);
    return Object.values(DATASET_DEFS).map((d) => ({
      dataset: d.key,
      name: d.name,
      description: d.description,
      columns: d.columns.map((c) => ({ header: c.header, required: c.required, note: c.hint })),
      templateUrl: `/api/imports/templates/${d.key}`,
      templateCsvUrl: `/api/imports/templates/${d.key}?format=csv`,
    }));
  }

  @Authorized(Permission.Authenticated)
  @Query(() => ImportBatchPage, { description: '导入历史：本部门（部门人员）或本区域的导入批次，新的在前' })
  async importBatches(
    @Ctx() { ctx }: GqlContext,
    @Args() pageArgs: PageArgsInput,
    @Arg('filter', () => ImportBatchFilterInput, { nullable: true }) filter?: ImportBatchFilterInput | null,
  ) {
    const { page, pageSize } = checkPage(pageArgs);
    const r = await listImportBatches(ctx, { dataset: (filter?.dataset as Dataset) ?? null, status: filter?.status ?? null }, page, pageSize);
    return { items: r.items.map(batchView), total: r.total, page, pageSize };
  }

  @Authorized(Permission.Authenticated)
  @Query(() => ImportBatchType, { description: '一个导入批次：进度与结果' })
  async importBatch(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return batchView(await getImportBatch(ctx, id));
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => ImportBatchType, { description: '取消导入（仅发起人；已导入的部分全部回滚，本批次不留任何数据；记入操作日志）' })
  async cancelImport(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return batchView(await cancelImport(ctx, id));
  }
}
