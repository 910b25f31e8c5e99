import type { EntityManager } from '@mikro-orm/postgresql';
import { AUTHORISATION_SCOPES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { validAuthorisation, type ValidAuthorisation } from '../household/authorisation.service';

export type { ValidAuthorisation };

/** 授权范围 code → name (ledger codes), for the report header. */
export const AUTHORISATION_SCOPE_NAMES: Record<string, string> = AUTHORISATION_SCOPES;

/** The household's valid 核对授权书 (household module) in the caller's transaction, or null. */
export function validAuthorisationOf(ctx: RequestContext, em: EntityManager, householdId: string): Promise<ValidAuthorisation | null> {
  return validAuthorisation(ctx, em, householdId);
}
