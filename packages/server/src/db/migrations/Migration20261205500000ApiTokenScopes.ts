import { Migration } from '@mikro-orm/migrations';
import { chainHash, type ChainFields } from '../../modules/audit/canonical';

/**
 * API tokens carry scopes instead of permissions (ADR 0011). Existing tokens are mapped without
 * widening: a scope is kept only when the token already held the permissions it stands for (and a
 * department where the scope needs one). A live token left without any scope is revoked. Each live
 * token's outcome is written to the operation log in this same transaction
 * (`api_token.scopes_migrated` / `api_token.revoked`).
 */
const LEGACY: Array<{ scope: string; held: string[]; needsDepartment: boolean }> = [
  { scope: 'LEDGER_SHARED_READ', held: ['household.read'], needsDepartment: false },
  { scope: 'LEDGER_DETAIL_READ', held: ['household.read', 'household.detail'], needsDepartment: true },
  { scope: 'REFERRAL_HANDLE', held: ['application.read', 'referral.handle'], needsDepartment: true },
  { scope: 'BENEFIT_MANAGE', held: ['benefit.manage'], needsDepartment: true },
];

export class Migration20261205500000ApiTokenScopes extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "api_token" add column "scopes" text[] not null default '{}'`);
    const tokens = (await this.execute(
      `select id, name, area_code, department_id, permissions, (revoked_at is null and expires_at > now()) as live from api_token order by created_at`,
    )) as Array<{ id: string; name: string; area_code: string; department_id: string | null; permissions: string[]; live: boolean }>;
    for (const t of tokens) {
      const held = new Set(t.permissions);
      const scopes = LEGACY.filter((l) => l.held.every((p) => held.has(p)) && (!l.needsDepartment || t.department_id)).map((l) => l.scope);
      const revoke = t.live && scopes.length === 0;
      await this.execute(`update api_token set scopes = string_to_array(?, ','), revoked_at = case when ? then now() else revoked_at end where id = ?`, [
        scopes.join(','),
        revoke,
        t.id,
      ]);
      if (!t.live) continue;
      await this.appendAudit(t.area_code, revoke ? 'api_token.revoked' : 'api_token.scopes_migrated', t.id, {
        name: t.name,
        permissions: t.permissions.join(','),
        scopes: scopes.join(','),
        reason: revoke ? '原有权限不对应任何接口令牌权限范围，已吊销' : '权限改为权限范围（未扩大）',
      });
    }
    await this.execute(`alter table "api_token" drop column "permissions"`);
  }

  /**
   * One operation-log row, chained like recordAudit does (same transaction as the change): lock the
   * head, insert at head + 1 onto its hash; the audit_log trigger (migration 20261205100000) checks
   * the link and advances the head.
   */
  private async appendAudit(areaCode: string, action: string, entityId: string, detail: Record<string, unknown>): Promise<void> {
    const [head] = (await this.execute(`select (pos + 1)::text as pos, hash from audit_head where id = 1 for update`)) as Array<{ pos: string; hash: string }>;
    const row: ChainFields = {
      pos: head.pos,
      at: new Date(),
      actorId: null,
      actorName: '系统(数据库迁移：接口令牌权限范围)',
      role: 'SYSTEM',
      areaCode,
      action,
      entityType: 'api_token',
      entityId,
      diff: { detail },
      ip: null,
      userAgent: null,
      requestId: 'migration-20261205500000',
    };
    const hash = chainHash(row, head.hash);
    await this.execute(
      `insert into audit_log (pos, at, actor_id, actor_name, role, area_code, action, entity_type, entity_id, diff, ip, user_agent, request_id, prev_hash, hash)
       values (?, ?, null, ?, ?, ?, ?, ?, ?, ?::jsonb, null, null, ?, ?, ?)`,
      [
        row.pos,
        row.at,
        row.actorName,
        row.role,
        row.areaCode,
        row.action,
        row.entityType,
        row.entityId,
        JSON.stringify(row.diff),
        row.requestId,
        head.hash,
        hash,
      ],
    );
  }
}
