import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** 申请材料: one material of an application (per program or common), with its uploaded files. */
@Entity({ tableName: 'application_material' })
export class ApplicationMaterial {
  [OptionalProps]?: 'id' | 'programCode' | 'required' | 'provided' | 'fileIds' | 'note' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) applicationId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 32, nullable: true }) programCode?: string | null;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'boolean' }) required: boolean = true;
  @Property({ type: 'boolean' }) provided: boolean = false;
  @Property({ type: ArrayType, columnType: 'uuid[]' }) fileIds: string[] = [];
  @Property({ type: 'string', length: 300, nullable: true }) note?: string | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}
