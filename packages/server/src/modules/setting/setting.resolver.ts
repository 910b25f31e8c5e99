import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { listSettings, updateSetting } from './setting.service';
import { SettingKey, SystemSetting } from './setting.types';

@Resolver()
export class SettingResolver {
  @Authorized(Permission.SettingManage)
  @Query(() => [SystemSetting], { description: '系统设置（服务热线等）' })
  settings(@Ctx() { ctx }: GqlContext) {
    return listSettings(ctx);
  }

  @Authorized(Permission.SettingManage)
  @Mutation(() => SystemSetting, { description: '修改一项系统设置（version 为读取时的版本，首次设置为 0）' })
  updateSetting(
    @Ctx() { ctx }: GqlContext,
    @Arg('key', () => SettingKey) key: SettingKey,
    @Arg('value') value: string,
    @Arg('version', () => Int) version: number,
  ) {
    return updateSetting(ctx, key, value, version);
  }
}
