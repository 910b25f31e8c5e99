import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 留言: a citizen's message to a town on the portal, and the staff's reply (message.service.ts). Under row-level
 * security by the town (`area_code`); the phone sealed, as a blind index and masked. Public only when `published`
 * (replied, and the writer allowed it). Optimistic locking through `version` (ADR 0015).
 */
@Entity({ tableName: 'portal_message' })
export class PortalMessage {
  [OptionalProps]?:
    | 'status'
    | 'published'
    | 'reply'
    | 'replyUnit'
    | 'repliedBy'
    | 'repliedByName'
    | 'repliedAt'
    | 'hiddenReason'
    | 'hiddenBy'
    | 'hiddenByName'
    | 'hiddenAt'
    | 'ip'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20, unique: true }) messageNo!: string;
  @Property({ type: 'string', length: 12 }) category!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 50 }) title!: string;
  @Property({ type: 'string', length: 1000 }) content!: string;
  @Property({ type: 'string', length: 50 }) writerName!: string;
  @Property({ type: 'text' }) phoneEnc!: string;
  @Property({ type: 'string', length: 64 }) phoneBidx!: string;
  @Property({ type: 'string', length: 16 }) phoneMasked!: string;
  @Property({ type: 'boolean' }) publicWanted!: boolean;
  @Property({ type: 'string', length: 8 }) status: string = 'PENDING';
  @Property({ type: 'boolean' }) published: boolean = false;
  @Property({ type: 'string', length: 2000, nullable: true }) reply?: string | null;
  @Property({ type: 'string', length: 100, nullable: true }) replyUnit?: string | null;
  @Property({ type: 'uuid', nullable: true }) repliedBy?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) repliedByName?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) repliedAt?: Date | null;
  @Property({ type: 'string', length: 200, nullable: true }) hiddenReason?: string | null;
  @Property({ type: 'uuid', nullable: true }) hiddenBy?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) hiddenByName?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) hiddenAt?: Date | null;
  @Property({ type: 'date' }) dueDate!: string;
  @Property({ type: 'string', length: 64, nullable: true }) ip?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
