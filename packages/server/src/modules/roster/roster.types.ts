import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { domainEnum, mappedEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';
import { IMPORT_STATUS_NAMES } from './codes';
import { ROW_ERROR_CODE_NAMES } from './records';
import { DATASET_DEFS } from './datasets';

export const ImportDatasetEnum = mappedEnum(
  'ImportDataset',
  '数据导入的数据集（救助名册与各类比对数据）',
  Object.fromEntries(Object.values(DATASET_DEFS).map((d) => [d.key, d.name])),
);
export const ImportStatusEnum = domainEnum('ImportStatus', '导入批次状态', IMPORT_STATUS_NAMES);
export const ImportRowErrorEnum = domainEnum('ImportRowError', '导入行错误代码', ROW_ERROR_CODE_NAMES);

@ObjectType('ImportColumn', { description: '模板中的一列' })
export class ImportColumnType {
  @Field({ description: '列名（模板表头，须一字不差）' }) header!: string;
  @Field() required!: boolean;
  @Field({ description: '填写说明' }) note!: string;
}

@ObjectType('ImportDatasetInfo', { description: '可导入的数据集及其模板' })
export class ImportDatasetInfoType {
  @Field(() => ImportDatasetEnum) dataset!: string;
  @Field({ description: '名称，如 救助对象名册' }) name!: string;
  @Field({ description: '用途说明' }) description!: string;
  @Field(() => [ImportColumnType]) columns!: ImportColumnType[];
  @Field({ description: 'xlsx 模板下载地址' }) templateUrl!: string;
  @Field({ description: 'CSV 模板下载地址（UTF-8）' }) templateCsvUrl!: string;
}

@ObjectType('ImportErrorCount', { description: '某类行错误的行数' })
export class ImportErrorCountType {
  @Field(() => ImportRowErrorEnum) code!: string;
  @Field({ description: '错误说明' }) name!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType('ImportBatch', { description: '一次数据导入（批次）：文件、进度与结果' })
export class ImportBatchType {
  @Field(() => ID) id!: string;
  @Field(() => ImportDatasetEnum) dataset!: string;
  @Field() datasetName!: string;
  @Field(() => ImportStatusEnum) status!: string;
  @Field() fileName!: string;
  @Field({ description: '文件 SHA-256' }) fileHash!: string;
  @Field(() => String, { nullable: true, description: 'xlsx | csv' }) format!: string | null;
  @Field(() => String, { nullable: true, description: 'CSV 的编码：utf-8 | gb18030' }) encoding!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => Int, { description: '数据行数（不含表头）' }) rows!: number;
  @Field(() => Int, { description: '有效行数' }) valid!: number;
  @Field(() => Int, { description: '带来变化的行数（新增或更新了记录）' }) imported!: number;
  @Field(() => Int, { description: '此前已导入、本次未带来变化的行数' }) unchanged!: number;
  @Field(() => Int, { description: '文件内完全重复、已跳过的行数' }) duplicates!: number;
  @Field(() => Int, { description: '与台账冲突（户主不一致、已在他户）、作为疑点依据保留的行数' }) conflicts!: number;
  @Field(() => Int, { description: '有错误、未导入的行数' }) errors!: number;
  @Field(() => [ImportErrorCountType]) errorCounts!: ImportErrorCountType[];
  @Field(() => String, { nullable: true, description: '错误报告（xlsx）下载地址' }) errorReportUrl!: string | null;
  @Field(() => String, { nullable: true, description: '说明（失败原因、相同文件等）' }) message!: string | null;
  @Field(() => Int, { description: '进度百分比' }) progress!: number;
  @Field() cancelRequested!: boolean;
  @Field() requestedByName!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('ImportBatchPage')
export class ImportBatchPage extends Paginated(ImportBatchType) {}

@InputType('ImportBatchFilterInput')
export class ImportBatchFilterInput {
  @Field(() => ImportDatasetEnum, { nullable: true }) dataset?: string | null;
  @Field(() => ImportStatusEnum, { nullable: true }) status?: string | null;
}
