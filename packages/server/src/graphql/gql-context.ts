import type { RequestContext } from './request-context';

/** What every resolver receives through @Ctx(). */
export interface GqlContext {
  ctx: RequestContext;
}
