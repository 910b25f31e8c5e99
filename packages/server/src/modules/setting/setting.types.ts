import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SETTINGS } from './setting.definitions';

export enum SettingKey {
  ASSISTANCE_HOTLINE = 'ASSISTANCE_HOTLINE',
  VERIFICATION_AUTH_VALID_MONTHS = 'VERIFICATION_AUTH_VALID_MONTHS',
  VERIFICATION_REPORT_VALID_MONTHS = 'VERIFICATION_REPORT_VALID_MONTHS',
  ADVANCE_RELIEF_MAX_YUAN = 'ADVANCE_RELIEF_MAX_YUAN',
  ADVANCE_RELIEF_PAPERWORK_DAYS = 'ADVANCE_RELIEF_PAPERWORK_DAYS',
  INFORMANT_RESPONSE_DAYS = 'INFORMANT_RESPONSE_DAYS',
}
registerEnumType(SettingKey, {
  name: 'SettingKey',
  description: '系统设置项',
  valuesConfig: Object.fromEntries(Object.entries(SETTINGS).map(([k, d]) => [k, { description: d.name }])),
});

@ObjectType('SystemSetting', { description: '一项系统设置（系统管理员维护，修改记入操作日志）' })
export class SystemSetting {
  @Field(() => SettingKey) key!: SettingKey;
  @Field({ description: '中文名称' }) name!: string;
  @Field({ description: '用途' }) description!: string;
  @Field(() => String, { nullable: true, description: '当前值；null = 未设置' }) value!: string | null;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => Int, { description: '版本（乐观锁）；0 = 从未设置' }) version!: number;
}
