import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AreaResolver } from '../modules/area/area.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';
import { DepartmentResolver } from '../modules/department/department.resolver';
import { HouseholdResolver } from '../modules/household/household.resolver';
import { ProgramResolver } from '../modules/program/program.resolver';
import { SelfCheckResolver } from '../modules/program/self-check.resolver';
import { AdminChangeResolver, CurrentUserNoticesResolver } from '../modules/user/admin-change.resolver';
import { JobsResolver } from '../modules/jobs/jobs.resolver';
import { HouseholdExportResolver } from '../modules/household/household-export.resolver';
import { ExportsResolver } from '../modules/exports/exports.resolver';
import { LegalSupportResolver } from '../modules/household/legal-support.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { SettingResolver } from '../modules/setting/setting.resolver';
import { CurrentUserMobileResolver } from '../modules/sms/mobile.resolver';
import { SmsResolver } from '../modules/sms/sms.resolver';
import { WorkbenchResolver } from '../modules/workbench/workbench.resolver';
import { WorkflowResolver } from '../modules/workflow/workflow.resolver';
import { RosterResolver } from '../modules/roster/roster.resolver';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { IntegrationResolver } from '../modules/integration/integration.resolver';
import { CrosscheckBoardResolver, CrosscheckResolver, CrosscheckTodosResolver } from '../modules/crosscheck/crosscheck.resolver';
import { HouseholdVerificationResolver, ReferralVerificationResolver, VerificationResolver } from '../modules/verification/verification.resolver';
import { InboxResolver } from '../modules/inbox/inbox.resolver';
import { PublicityResolver } from '../modules/publicity/publicity.resolver';
import { PortalResolver } from '../modules/portal/portal.resolver';
import { PortalMessageResolver } from '../modules/portal/message.resolver';
import { PortalNoticeResolver } from '../modules/portal/notice.resolver';
import { CitizenResolver } from '../modules/citizen/citizen.resolver';
import { AdvanceReliefResolver } from '../modules/workflow/advance-relief.resolver';
import { DiscoveryResolver } from '../modules/discovery/discovery.resolver';
import { ConsultationBoardResolver, ConsultationResolver } from '../modules/consultation/consultation.resolver';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver';
import { HouseholdChangeResolver } from '../modules/household/change-request.resolver';
import { authChecker } from './auth-checker';
import { applyInputRules } from './input-validation';

/** Every module's resolver; a module joins the API by being listed here. */
export const resolvers = [
  AuthResolver,
  AreaResolver,
  DepartmentResolver,
  UserResolver,
  AdminChangeResolver,
  CurrentUserNoticesResolver,
  AuditResolver,
  HouseholdResolver,
  ProgramResolver,
  SelfCheckResolver,
  CalendarResolver,
  WorkflowResolver,
  WorkbenchResolver,
  SettingResolver,
  SmsResolver,
  CurrentUserMobileResolver,
  JobsResolver,
  HouseholdExportResolver,
  ExportsResolver,
  LegalSupportResolver,
  RosterResolver,
  IdentityResolver,
  IntegrationResolver,
  CrosscheckResolver,
  CrosscheckTodosResolver,
  CrosscheckBoardResolver,
  VerificationResolver,
  HouseholdVerificationResolver,
  ReferralVerificationResolver,
  InboxResolver,
  PublicityResolver,
  PortalResolver,
  PortalMessageResolver,
  PortalNoticeResolver,
  CitizenResolver,
  AdvanceReliefResolver,
  DiscoveryResolver,
  ConsultationResolver,
  ConsultationBoardResolver,
  DashboardResolver,
  HouseholdChangeResolver,
] as const;

let cached: GraphQLSchema | undefined;

export async function buildAppSchema(emitTo?: string): Promise<GraphQLSchema> {
  if (cached && !emitTo) return cached;
  // Every argument passes the input rules (lengths, characters, list sizes) before its resolver.
  cached = applyInputRules(
    await buildSchema({
      resolvers,
      authChecker,
      authMode: 'error',
      validate: false,
      emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
    }),
  );
  return cached;
}
