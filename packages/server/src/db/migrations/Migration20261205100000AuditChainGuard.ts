import { Migration } from '@mikro-orm/migrations';

/**
 * The database guards the operation-log chain (S6): every row inserted into `audit_log` must extend
 * `audit_head` — position head + 1 and prev_hash = the head's hash — and the trigger itself then
 * advances the head to the new row. A row that would fork the chain or sit past the head is refused,
 * whatever the application does. The function runs as its owner (security definer), because the
 * application role may no longer move the head itself: it keeps only the column privilege
 * `update (id)` on `audit_head`, which `select … for update` needs (granted in ensureAppRole).
 */
export class Migration20261205100000AuditChainGuard extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_log_extend_head() returns trigger
      language plpgsql security definer set search_path = pg_catalog, public as $$
      declare
        head_pos bigint;
        head_hash varchar(64);
      begin
        select pos, hash into head_pos, head_hash from public.audit_head where id = 1 for update;
        if not found then
          raise exception 'audit_head row missing';
        end if;
        if new.pos is distinct from head_pos + 1 or new.prev_hash is distinct from head_hash then
          raise exception '操作日志第 % 条未接在链头（第 % 条）之后 / audit_log row % does not extend the chain head %', new.pos, head_pos, new.pos, head_pos;
        end if;
        update public.audit_head set pos = new.pos, hash = new.hash where id = 1;
        return new;
      end $$;`);
    this.addSql(`revoke all on function audit_log_extend_head() from public;`);
    this.addSql(`create trigger audit_log_extend_head before insert on audit_log for each row execute function audit_log_extend_head();`);
  }
}
