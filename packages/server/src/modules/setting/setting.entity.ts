import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One system setting (系统设置) the system administrator edits in the console, e.g. the
 * 社会救助服务热线 printed on the 受理回执. Global (not area-scoped); the keys are the closed set
 * of `SETTINGS` (setting.definitions.ts). Optimistic locking through `version`.
 */
@Entity({ tableName: 'setting' })
export class Setting {
  [OptionalProps]?: 'updatedAt' | 'version' | 'updatedBy';

  @PrimaryKey({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'string', length: 200 })
  value!: string;

  @Property({ type: 'uuid', nullable: true })
  updatedBy?: string | null;

  @Property({ type: 'string', length: 64 })
  updatedByName!: string;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
