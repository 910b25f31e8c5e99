import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** An uploaded material (bytes in the file storage under `storageKey`), linked once to what it belongs to. */
@Entity({ tableName: 'stored_file' })
export class StoredFile {
  [OptionalProps]?: 'uploadedBy' | 'uploadedAt' | 'ownerType' | 'ownerId' | 'linkedAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 64 }) storageKey!: string;
  @Property({ type: 'string', length: 64, columnType: 'char(64)' }) sha256!: string;
  @Property({ type: 'string', length: 40 }) mime!: string;
  @Property({ type: 'integer' }) size!: number;
  @Property({ type: 'string', length: 120 }) originalName!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'uuid', nullable: true }) uploadedBy?: string | null;
  @Property({ type: 'string', length: 64 }) uploadedByName!: string;
  @Property({ type: 'timestamptz' }) uploadedAt: Date = new Date();
  @Property({ type: 'string', length: 40, nullable: true }) ownerType?: string | null;
  @Property({ type: 'uuid', nullable: true }) ownerId?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) linkedAt?: Date | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}
