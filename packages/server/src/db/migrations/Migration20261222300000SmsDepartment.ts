import { Migration } from '@mikro-orm/migrations';

/**
 * SMS to a department's officers (modules/sms planning.ts, recipient kind DEPARTMENT): the 会商任务 即将到期 and
 * 已超期 templates (modules/consultation task-clock.ts events), editable by the system administrator like the others.
 */
const SEED: Array<[code: string, name: string, eventType: string, content: string, urgent: boolean]> = [
  ['DEPT_TASK_WARNING', '会商任务即将到期（部门）', 'consultation.task_warning', '{area}的会商任务（{meeting}交办）将于{dueDate}到期，请按时办理。', false],
  [
    'DEPT_TASK_OVERDUE',
    '会商任务已超期（部门）',
    'consultation.task_overdue',
    '{area}的会商任务（{meeting}交办）已超过办理期限（{dueDate}），请尽快办理。',
    true,
  ],
];
const CODES = SEED.map(([code]) => code);

export class Migration20261222300000SmsDepartment extends Migration {
  override async up(): Promise<void> {
    for (const table of ['sms_message', 'sms_template']) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_recipient_kind_check";`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_recipient_kind_check" check ("recipient_kind" in ('APPLICANT', 'WINDOW', 'CITIZEN', 'DEPARTMENT'));`,
      );
    }
    const q = (v: string) => `'${v.replace(/'/g, "''")}'`;
    for (const [code, name, eventType, content, urgent] of SEED) {
      this.addSql(
        `insert into "sms_template" ("code", "name", "recipient_kind", "event_type", "content", "allowed_variables", "urgent") values (${q(code)}, ${q(name)}, 'DEPARTMENT', ${q(eventType)}, ${q(content)}, '{area,meeting,dueDate}'::text[], ${urgent}) on conflict ("code") do nothing;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "sms_template" where "code" in (${CODES.map((c) => `'${c}'`).join(', ')});`);
    this.addSql(`delete from "sms_message" where "recipient_kind" = 'DEPARTMENT';`);
    for (const table of ['sms_message', 'sms_template']) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_recipient_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_recipient_kind_check" check ("recipient_kind" in ('APPLICANT', 'WINDOW', 'CITIZEN'));`);
    }
  }
}
