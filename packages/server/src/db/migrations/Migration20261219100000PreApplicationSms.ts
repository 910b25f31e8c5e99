import { Migration } from '@mikro-orm/migrations';

/**
 * The SMS receipt of an online application (modules/citizen `apply.service.ts`): template PRE_APPLIED of recipient kind
 * CITIZEN (not urgent: quiet hours apply), editable by the system administrator like the others (modules/sms).
 */
export class Migration20261219100000PreApplicationSms extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `insert into "sms_template" ("code", "name", "recipient_kind", "event_type", "content", "allowed_variables", "urgent") values ('PRE_APPLIED', '网上申请已提交（群众）', 'CITIZEN', 'citizen.pre_application', '您的社会救助网上申请已提交（{area}），查询号{queryNo}，社会救助窗口工作人员将与您联系核实。可凭查询号和本手机号在门户查询办理进度。', '{area,queryNo}'::text[], false) on conflict ("code") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "sms_template" where "code" = 'PRE_APPLIED';`);
  }
}
