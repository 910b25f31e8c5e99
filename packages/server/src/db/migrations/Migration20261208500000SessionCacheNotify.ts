import { Migration } from '@mikro-orm/migrations';

/**
 * Session cache (ADR 0019, modules/auth/README.md "Session cache"): every change that can end or alter a
 * session, a user's access or an API token is announced on the channel `xj_auth` at COMMIT, whatever
 * wrote it (a service, the CLI, another server process, an operator's SQL). Each server process keeps
 * a cache of resolved sessions and tokens and drops the named entry on the notification.
 *
 * Payloads: `s:<session id>`, `u:<user id>`, `t:<api token hash>`, `*` (truncate: drop everything).
 * Bookkeeping columns (`last_seen_at` moving forward, `last_used_at`, login counters) do not notify;
 * `last_seen_at` moved backwards (an idle session made older) does.
 */
export class Migration20261208500000SessionCacheNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_auth_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    perform pg_notify('xj_auth', '*');
  elsif tg_table_name = 'user_session' then
    perform pg_notify('xj_auth', 's:' || old.id);
  elsif tg_table_name = 'app_user' then
    perform pg_notify('xj_auth', 'u:' || old.id);
  else
    perform pg_notify('xj_auth', 't:' || old.token_hash);
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger user_session_auth_changed after update on user_session for each row
  when (old.revoked_at is distinct from new.revoked_at or old.mfa_pending is distinct from new.mfa_pending
        or old.expires_at is distinct from new.expires_at or old.user_id is distinct from new.user_id
        or new.last_seen_at < old.last_seen_at)
  execute function app_auth_changed();`);
    this.addSql(`create trigger user_session_auth_deleted after delete on user_session for each row execute function app_auth_changed();`);
    this.addSql(`create trigger user_session_auth_truncated after truncate on user_session for each statement execute function app_auth_changed();`);
    this.addSql(`create trigger app_user_auth_changed after update on app_user for each row
  when ((old.username, old.display_name, old.roles, old.area_code, old.department_id, old.disabled, old.must_change_password,
         old.password_changed_at, old.password_hash)
        is distinct from
        (new.username, new.display_name, new.roles, new.area_code, new.department_id, new.disabled, new.must_change_password,
         new.password_changed_at, new.password_hash))
  execute function app_auth_changed();`);
    this.addSql(`create trigger app_user_auth_deleted after delete on app_user for each row execute function app_auth_changed();`);
    this.addSql(`create trigger app_user_auth_truncated after truncate on app_user for each statement execute function app_auth_changed();`);
    this.addSql(`create trigger api_token_auth_changed after update on api_token for each row
  when ((old.token_hash, old.name, old.scopes, old.area_code, old.department_id, old.expires_at, old.revoked_at)
        is distinct from
        (new.token_hash, new.name, new.scopes, new.area_code, new.department_id, new.expires_at, new.revoked_at))
  execute function app_auth_changed();`);
    this.addSql(`create trigger api_token_auth_deleted after delete on api_token for each row execute function app_auth_changed();`);
    this.addSql(`create trigger api_token_auth_truncated after truncate on api_token for each statement execute function app_auth_changed();`);
  }
}
