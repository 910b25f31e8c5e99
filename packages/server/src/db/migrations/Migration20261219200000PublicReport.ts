import { Migration } from '@mikro-orm/migrations';

/**
 * 我要报告困难群众 (modules/citizen `report.service.ts`): anyone may tell the window about a person in hardship from the
 * portal, with their own phone verified by an SMS code (purpose REPORT). The report is a 预申请 of channel PUBLIC
 * (群众报告) in the village window's queue, like an informant's.
 */
export class Migration20261219200000PublicReport extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "application" drop constraint if exists "application_channel_check";`);
    this.addSql(`alter table "application" add constraint "application_channel_check" check ("channel" in ('WINDOW', 'PORTAL', 'INFORMANT', 'PUBLIC'));`);
    this.addSql(`alter table "portal_verification" drop constraint if exists "portal_verification_purpose_check";`);
    this.addSql(
      `alter table "portal_verification" add constraint "portal_verification_purpose_check" check ("purpose" in ('APPLY', 'LOOKUP', 'MESSAGE', 'REPORT'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "portal_verification" where "purpose" = 'REPORT';`);
    this.addSql(`alter table "portal_verification" drop constraint if exists "portal_verification_purpose_check";`);
    this.addSql(`alter table "portal_verification" add constraint "portal_verification_purpose_check" check ("purpose" in ('APPLY', 'LOOKUP', 'MESSAGE'));`);
    this.addSql(`alter table "application" drop constraint if exists "application_channel_check";`);
    this.addSql(`alter table "application" add constraint "application_channel_check" check ("channel" in ('WINDOW', 'PORTAL', 'INFORMANT'));`);
  }
}
