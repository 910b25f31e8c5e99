import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One import (导入批次) of a roster or reference dataset, sharing its id with its `job` row: what was
 * uploaded (file name, SHA-256, format, encoding), who imported it for which department, and the
 * result counts. The job changes the row after it is written, so it is an entity with `version`
 * (ADR 0015). RLS: the importer's area.
 */
@Entity({ tableName: 'import_batch' })
export class ImportBatch {
  [OptionalProps]?:
    | 'status'
    | 'rows'
    | 'valid'
    | 'imported'
    | 'unchanged'
    | 'duplicates'
    | 'conflicts'
    | 'errors'
    | 'errorCounts'
    | 'hasErrorReport'
    | 'createdAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 16 }) dataset!: string;
  @Property({ type: 'string', length: 10 }) status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED' = 'QUEUED';
  @Property({ type: 'string', length: 200 }) fileName!: string;
  @Property({ type: 'string', length: 64 }) fileHash!: string;
  @Property({ type: 'string', length: 8, nullable: true }) format?: string | null;
  @Property({ type: 'string', length: 16, nullable: true }) encoding?: string | null;
  @Property({ type: 'uuid', nullable: true }) departmentId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'integer' }) rows = 0;
  @Property({ type: 'integer' }) valid = 0;
  @Property({ type: 'integer' }) imported = 0;
  @Property({ type: 'integer' }) unchanged = 0;
  @Property({ type: 'integer' }) duplicates = 0;
  @Property({ type: 'integer' }) conflicts = 0;
  @Property({ type: 'integer' }) errors = 0;
  @Property({ type: 'json' }) errorCounts: Record<string, number> = {};
  /** The error report (xlsx) is kept beside the uploaded file (import-files.ts). */
  @Property({ type: 'boolean' }) hasErrorReport = false;
  @Property({ type: 'string', length: 500, nullable: true }) message?: string | null;
  @Property({ type: 'uuid', nullable: true }) requestedBy?: string | null;
  @Property({ type: 'string', length: 64 }) requestedByName!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) finishedAt?: Date | null;
  @Property({ type: 'integer', version: true }) version = 1;
}
