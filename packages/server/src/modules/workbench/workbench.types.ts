import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('WorkbenchTodos', { description: '工作台待办数：按当前账号的辖区和部门统计；没有相应权限的项为 null（不显示）' })
export class WorkbenchTodos {
  @Field(() => Int, { nullable: true, description: '待签收：本部门待签收的转办单（部门经办人员）' })
  pendingSign!: number | null;

  @Field(() => Int, { nullable: true, description: '预警：临近办结期限的在办转办单（部门经办人员：本部门；其他：辖区）' })
  amber!: number | null;

  @Field(() => Int, { nullable: true, description: '超期：已过办结期限的在办转办单（部门经办人员：本部门；其他：辖区）' })
  red!: number | null;

  @Field(() => Int, { nullable: true, description: '待确认线索：信息员报送、待窗口确认受理的预申请（窗口人员）' })
  leadsToConfirm!: number | null;

  @Field(() => Int, { nullable: true, description: '待复核：待审批的延期申请（督办人员）' })
  extensionReviews!: number | null;

  @Field(() => Int, { nullable: true, description: '待复核：待确认的管理员账号变更（双人复核，管理员）' })
  adminChangeReviews!: number | null;

  @Field(() => Int, { nullable: true, description: '疑似漏救待联系：复核发现、尚未标记已联系的疑似漏救（村社、镇街窗口：本辖区）' })
  missedToContact!: number | null;
}
