import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CrosscheckFindingStatusEnum, FindingDecisionEnum, FindingSeverityEnum, FindingTaskOutcomeEnum, FindingTaskStatusEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';

@ObjectType('EvidenceLine', { description: '疑点依据的一行：项目和内容（中文，身份证号仅脱敏显示）' })
export class EvidenceLineType {
  @Field() label!: string;
  @Field() value!: string;
}

@ObjectType('EvidenceSource', { description: '疑点依据的数据来源：数据集、导入批次和行号、导入时间' })
export class EvidenceSourceType {
  @Field({ description: '数据集代码（deaths、vehicles … ledger）' }) dataset!: string;
  @Field() datasetName!: string;
  @Field(() => ID, { nullable: true }) batchId!: string | null;
  @Field(() => Int, { nullable: true }) line!: number | null;
  @Field(() => Date, { nullable: true }) at!: Date | null;
}

@ObjectType('FindingHistoryEntry', { description: '同一对象此前的疑点（事实变化或消除前的记录）' })
export class FindingHistoryType {
  @Field(() => ID) id!: string;
  @Field(() => CrosscheckFindingStatusEnum) status!: string;
  @Field() summary!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('Finding', { description: '比对疑点：一条规则对一项救助记录（及其人员）提出的疑点' })
export class FindingType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '规则编号（1–15；16 疑似漏救预留）' }) ruleNo!: number;
  @Field() ruleCode!: string;
  @Field() ruleName!: string;
  @Field(() => Int) ruleVersion!: number;
  @Field(() => FindingSeverityEnum) severity!: string;
  @Field(() => CrosscheckFindingStatusEnum) status!: string;
  @Field({ description: '一句话说明（中文）' }) summary!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => String, { nullable: true, description: '脱敏身份证号' }) idMasked!: string | null;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => ID, { nullable: true }) benefitId!: string | null;
  @Field(() => String, { nullable: true }) programCode!: string | null;
  @Field(() => String, { nullable: true }) programName!: string | null;
  @Field(() => ID, { nullable: true, description: '救助事项的主管部门（属实后由其处理）' }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field({ description: '家庭所在村社的区划代码' }) areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() townCode!: string;
  @Field(() => String, { nullable: true }) townName!: string | null;
  @Field({ description: '复核截止日期（发现之日起 10 个工作日）' }) dueDate!: string;
  @Field({ description: '待复核且已过截止日期' }) overdue!: boolean;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) reviewerName!: string | null;
  @Field(() => String, { nullable: true, description: '复核意见、排除理由或消除原因' }) reason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => FindingTaskStatusEnum, { nullable: true }) taskStatus!: string | null;
  @Field(() => FindingTaskOutcomeEnum, { nullable: true }) taskOutcome!: string | null;
  @Field(() => String, { nullable: true }) taskNote!: string | null;
  @Field(() => String, { nullable: true }) taskDoneByName!: string | null;
  @Field(() => Date, { nullable: true }) taskDoneAt!: Date | null;
  @Field(() => Int, { description: '版本（并发修改检查）' }) version!: number;
  @Field(() => [EvidenceLineType], { description: '依据（中文）' }) evidence!: EvidenceLineType[];
  @Field(() => [EvidenceSourceType], { description: '数据来源' }) sources!: EvidenceSourceType[];
  @Field(() => String, { nullable: true, description: '依据的比对日期' }) evidenceAsOf!: string | null;
  @Field(() => [FindingHistoryType], { nullable: true, description: '同一对象此前的疑点（仅 finding(id)）' }) history!: FindingHistoryType[] | null;
}

@ObjectType('FindingPage')
export class FindingPage extends Paginated(FindingType) {}

@InputType('FindingFilterInput')
export class FindingFilterInput {
  @Field(() => Int, { nullable: true, description: '规则编号' }) ruleNo?: number | null;
  @Field(() => String, { nullable: true, description: '区划代码（镇街或村社，含下级）' }) areaCode?: string | null;
  @Field(() => FindingSeverityEnum, { nullable: true }) severity?: string | null;
  @Field(() => CrosscheckFindingStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => Boolean, { nullable: true, description: '只看逾期未复核' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: '姓名（前缀）' }) keyword?: string | null;
}

@InputType('ReviewFindingsInput')
export class ReviewFindingsInput {
  @Field(() => [ID], { description: '疑点（最多 100 条；全部成功或全部不保存）' }) ids!: string[];
  @Field(() => FindingDecisionEnum) decision!: 'CONFIRMED' | 'DISMISSED';
  @Field(() => String, { nullable: true, description: '排除理由（排除时必填，4–500 字）或复核意见' }) reason?: string | null;
}

@ObjectType('FindingStatusCounts')
export class FindingStatusCountsType {
  @Field(() => Int) pending!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) dismissed!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int, { description: '逾期未复核' }) overdue!: number;
  @Field(() => Int, { description: '属实、部门待处理' }) tasksPending!: number;
}

@ObjectType('FindingRuleCounts')
export class FindingRuleCountsType extends FindingStatusCountsType {
  @Field(() => Int) ruleNo!: number;
  @Field() ruleName!: string;
}

@ObjectType('FindingTownCounts')
export class FindingTownCountsType extends FindingStatusCountsType {
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
}

@ObjectType('FindingStats', { description: '疑点统计：按状态、规则、镇街' })
export class FindingStatsType {
  @Field() asOf!: string;
  @Field(() => FindingStatusCountsType) total!: FindingStatusCountsType;
  @Field(() => [FindingRuleCountsType]) byRule!: FindingRuleCountsType[];
  @Field(() => [FindingTownCountsType]) byTown!: FindingTownCountsType[];
}

@ObjectType('CrosscheckRuleParameter')
export class CrosscheckRuleParameterType {
  @Field() label!: string;
  @Field() value!: string;
}

@ObjectType('CrosscheckRule', { description: '比对规则（目录）' })
export class CrosscheckRuleType {
  @Field(() => Int) no!: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => FindingSeverityEnum, { nullable: true }) severity!: string | null;
  @Field(() => Int, { nullable: true }) version!: number | null;
  @Field(() => String, { nullable: true }) effectiveFrom!: string | null;
  @Field(() => String, { nullable: true, description: '使用的数据' }) data!: string | null;
  @Field(() => [CrosscheckRuleParameterType], { description: '参数（当前有效值）' }) parameters!: CrosscheckRuleParameterType[];
  @Field({ description: '否：编号预留，尚未实现' }) implemented!: boolean;
}
