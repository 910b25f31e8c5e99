import { Area } from '../modules/area/area.entity';
import { AuditHead, AuditLog } from '../modules/audit/audit-log.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { WebhookSubscription } from '../modules/integration/webhook-subscription.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { Department } from '../modules/department/department.entity';
import { HouseholdAuthorisation } from '../modules/household/authorisation.entity';
import { Benefit } from '../modules/household/benefit.entity';
import { HouseholdEvent, PersonAsset, PersonIncome, TierHistory } from '../modules/household/facts.entity';
import { Household } from '../modules/household/household.entity';
import { LegalSupporter } from '../modules/household/legal-supporter.entity';
import { Membership } from '../modules/household/membership.entity';
import { CalendarDay } from '../modules/calendar/calendar-day.entity';
import { StoredFile } from '../modules/files/stored-file.entity';
import { Person } from '../modules/household/person.entity';
import { ParameterVersion, ProgramVersion } from '../modules/program/program-version.entity';
import { Reassessment, ReassessmentFinding } from '../modules/program/reassessment.entity';
import { Simulation } from '../modules/program/simulation.entity';
import { Application } from '../modules/workflow/application.entity';
import { ApplicationMaterial } from '../modules/workflow/application-material.entity';
import { Referral } from '../modules/workflow/referral.entity';
import { ExtensionRequest, SupervisionNote } from '../modules/workflow/supervision.entity';
import { Setting } from '../modules/setting/setting.entity';
import { PortalFaq, ProgramPlainText, ServiceWindow } from '../modules/portal/portal-content.entity';
import { PortalMessage } from '../modules/portal/message.entity';
import { PortalNotice } from '../modules/portal/notice.entity';
import { AdminChangeRequest } from '../modules/user/admin-change.entity';
import { ImportBatch } from '../modules/roster/import-batch.entity';
import { Finding } from '../modules/crosscheck/finding.entity';
import { Verification, VerificationRecord, VerificationReport } from '../modules/verification/verification.entity';

/** Every entity, listed explicitly (no folder discovery: works the same under SWC and vitest). */
export const entities = [
  Area,
  Department,
  User,
  Session,
  ApiToken,
  WebhookSubscription,
  AuditLog,
  AuditHead,
  Household,
  Person,
  Membership,
  PersonIncome,
  PersonAsset,
  Benefit,
  TierHistory,
  HouseholdEvent,
  LegalSupporter,
  HouseholdAuthorisation,
  Application,
  ApplicationMaterial,
  Referral,
  SupervisionNote,
  ExtensionRequest,
  ParameterVersion,
  ProgramVersion,
  CalendarDay,
  StoredFile,
  Setting,
  ServiceWindow,
  PortalFaq,
  PortalMessage,
  PortalNotice,
  ProgramPlainText,
  ImportBatch,
  AdminChangeRequest,
  Reassessment,
  Simulation,
  Finding,
  ReassessmentFinding,
  Verification,
  VerificationRecord,
  VerificationReport,
];
