import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VisitOutcomeEnum, VisitStatusEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';

@ObjectType('VisitTaskLine', { description: '依据（一行）' })
export class VisitTaskLineType {
  @Field() label!: string;
  @Field() value!: string;
}

@ObjectType('VisitTask', { description: '走访任务（主动发现）：规则发现的可能需要救助的家庭，由村（社区）走访并记录结果' })
export class VisitTaskType {
  @Field(() => ID) id!: string;
  @Field() ruleCode!: string;
  @Field() ruleName!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String, { nullable: true, description: '规则涉及的人员（如有）' }) personName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() summary!: string;
  @Field(() => [VisitTaskLineType]) lines!: VisitTaskLineType[];
  @Field({ description: '走访期限（工作日计算）' }) dueDate!: string;
  @Field() overdue!: boolean;
  @Field(() => VisitStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => VisitOutcomeEnum, { nullable: true }) outcome!: string | null;
  @Field(() => String, { nullable: true }) outcomeName!: string | null;
  @Field(() => String, { nullable: true }) outcomeNote!: string | null;
  @Field(() => String, { nullable: true }) doneByName!: string | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('VisitTaskPage')
export class VisitTaskPage extends Paginated(VisitTaskType) {}

@ObjectType('VisitRuleStats', { description: '一条发现规则的走访任务统计（本辖区）' })
export class VisitRuleStatsType {
  @Field() ruleCode!: string;
  @Field() ruleName!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) applied!: number;
  @Field(() => Int) notNeeded!: number;
  @Field(() => Int) refused!: number;
}

@ObjectType('DiscoveryRule', { description: '发现规则（政策找人）' })
export class DiscoveryRuleType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() parameters!: string;
}

@ObjectType('DiscoveryRunRule', { description: '一次发现中一条规则的结果' })
export class DiscoveryRunRuleType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: '符合规则的对象' }) found!: number;
  @Field(() => Int, { description: '新建的走访任务' }) created!: number;
}
