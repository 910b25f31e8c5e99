import { Migration } from '@mikro-orm/migrations';

/**
 * Who reported a pre-application (信息员报送): `application.created_by` is the submitting user's
 * (or API token's) id, so an informant can follow what became of their own reports
 * (`myPreApplications`). Null for window registrations and rows written before this migration.
 * Row-level security on `application` (by area) is unchanged and still applies.
 */
export class Migration20261129170000PreApplicationAuthor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "application" add column "created_by" uuid null;`);
    this.addSql(`create index "application_created_by_index" on "application" ("created_by", "created_at" desc) where "created_by" is not null;`);
  }
}
