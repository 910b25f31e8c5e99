import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 受理窗口 of a 镇街 or of the district (门户「受理窗口」): where citizens apply in person. Global, public reference data
 * (no row-level security); one row per area, created on the first edit. `name` null = the default name built from the
 * area's name. Optimistic locking through `version`.
 */
@Entity({ tableName: 'service_window' })
export class ServiceWindow {
  [OptionalProps]?: 'updatedAt' | 'version' | 'updatedBy' | 'name' | 'address' | 'hours' | 'phone' | 'mapText' | 'note';

  @PrimaryKey({ type: 'string', length: 12 })
  areaCode!: string;

  @Property({ type: 'string', length: 60, nullable: true }) name?: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) address?: string | null;
  @Property({ type: 'string', length: 100, nullable: true }) hours?: string | null;
  @Property({ type: 'string', length: 20, nullable: true }) phone?: string | null;
  @Property({ type: 'string', length: 300, nullable: true }) mapText?: string | null;
  @Property({ type: 'string', length: 300, nullable: true }) note?: string | null;

  @Property({ type: 'uuid', nullable: true }) updatedBy?: string | null;
  @Property({ type: 'string', length: 64 }) updatedByName!: string;
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/**
 * 政策说明 of a program in plain words (门户「政策查询」), written by the program's owner department. A null text is
 * generated from the catalogue in force. Global, public; optimistic locking through `version`.
 */
@Entity({ tableName: 'program_plain_text' })
export class ProgramPlainText {
  [OptionalProps]?: 'updatedAt' | 'version' | 'updatedBy' | 'summary' | 'whoQualifies' | 'whatHelp' | 'howToApply' | 'departmentId';

  @PrimaryKey({ type: 'string', length: 32 })
  programCode!: string;

  @Property({ type: 'string', length: 200, nullable: true }) summary?: string | null;
  @Property({ type: 'string', length: 2000, nullable: true }) whoQualifies?: string | null;
  @Property({ type: 'string', length: 2000, nullable: true }) whatHelp?: string | null;
  @Property({ type: 'string', length: 1000, nullable: true }) howToApply?: string | null;

  @Property({ type: 'uuid', nullable: true }) departmentId?: string | null;
  @Property({ type: 'uuid', nullable: true }) updatedBy?: string | null;
  @Property({ type: 'string', length: 64 }) updatedByName!: string;
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/**
 * 常见问题 of the portal (门户「常见问题」): a question and its answer, optionally tied to a program (shown on its page
 * too). Kept by the district; `published` false = a draft staff still work on. Optimistic locking through `version`.
 */
@Entity({ tableName: 'portal_faq' })
export class PortalFaq {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'updatedBy' | 'programCode' | 'sortOrder' | 'published';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200 }) question!: string;
  @Property({ type: 'string', length: 2000 }) answer!: string;
  @Property({ type: 'string', length: 32, nullable: true }) programCode?: string | null;
  @Property({ type: 'integer' }) sortOrder: number = 0;
  @Property({ type: 'boolean' }) published: boolean = true;

  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) updatedBy?: string | null;
  @Property({ type: 'string', length: 64 }) updatedByName!: string;
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
