import { Migration } from '@mikro-orm/migrations';

/**
 * 重复救 at intake: a referral accepted although the household (or member) already received or had
 * pending the same program keeps the window's reason and the existing records it was shown, for
 * the department to see.
 */
export class Migration20261205200000DuplicateAssistance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "referral" add column "duplicate_reason" varchar(500) null, add column "duplicate_of" jsonb null;`);
    this.addSql(`alter table "referral" add constraint "referral_duplicate_check" check (("duplicate_reason" is null) = ("duplicate_of" is null));`);
  }
}
