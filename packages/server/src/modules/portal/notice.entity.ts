import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 通知公告 of the portal (门户首页「通知公告」, `/gonggao`): a notice the district publishes — title, body, category, 置顶.
 * District-wide like `portal_faq` (no area, no personal data, no row-level security). `published` false = a draft;
 * `publishedAt` is set when it is first published (the date the portal shows). Optimistic locking through `version`.
 */
@Entity({ tableName: 'portal_notice' })
export class PortalNotice {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'updatedBy' | 'pinned' | 'published' | 'publishedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 }) title!: string;
  @Property({ type: 'string', length: 5000 }) body!: string;
  @Property({ type: 'string', length: 16 }) category!: string;
  @Property({ type: 'boolean' }) pinned: boolean = false;
  @Property({ type: 'boolean' }) published: boolean = false;
  @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;

  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) updatedBy?: string | null;
  @Property({ type: 'string', length: 64 }) updatedByName!: string;
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
