import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('DashboardColumn', { description: '统计表的一列' })
export class DashboardColumnType {
  @Field() key!: string;
  @Field({ description: '列名' }) name!: string;
  @Field({ description: '单位（户、人、件、元、%、工作日；月份列为空）' }) unit!: string;
}

@ObjectType('DashboardRow', { description: '统计表的一行：按列的顺序给出数值' })
export class DashboardRowType {
  @Field({ description: '区划代码、部门 ID、层级、事项代码或规则编号；合计行为 *' }) key!: string;
  @Field() name!: string;
  @Field(() => [Float], { nullable: 'items', description: '按列顺序的数值；null 表示没有可平均的数据' }) values!: Array<number | null>;
}

@ObjectType('DashboardTable', { description: '统计看板的一个统计表' })
export class DashboardTableType {
  @Field({
    description:
      'recipientsByTier、recipientsByProgram、recipientsByArea、trendRecipients、trendAmounts、timelinessByDepartment、timelinessByProgram、overdueByDepartment、overdueByArea、findingsByRule、findingsByArea、activityByArea',
  })
  code!: string;
  @Field() title!: string;
  @Field({ description: '行的种类：AREA（下级区域，可下钻）、DEPARTMENT、TIER、PROGRAM、RULE' }) rowKind!: string;
  @Field(() => [DashboardColumnType]) columns!: DashboardColumnType[];
  @Field(() => [DashboardRowType], { description: '每个下级区域、每个部门、每个层级、事项或规则一行，没有数据的为 0' }) rows!: DashboardRowType[];
  @Field(() => DashboardRowType, { description: '整个区域的合计' }) total!: DashboardRowType;
}

@ObjectType('DashboardArea')
export class DashboardAreaType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: '1 区县、2 镇街、3 村社' }) level!: number;
}

@ObjectType('Dashboard', { description: '统计看板：一个区域（及其下级区域）的全部统计' })
export class DashboardType {
  @Field(() => DashboardAreaType) area!: DashboardAreaType;
  @Field(() => [DashboardAreaType], { description: '下钻路径：从本人管辖区域到当前区域' }) path!: DashboardAreaType[];
  @Field({ description: '统计期间开始（11 个月前的月初）' }) from!: string;
  @Field({ description: '统计期间结束（今天）' }) to!: string;
  @Field(() => [String], { description: '月度趋势的 12 个月（YYYY-MM）' }) months!: string[];
  @Field(() => [DashboardTableType]) sections!: DashboardTableType[];
}
