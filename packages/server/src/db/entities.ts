import { Area } from '../modules/area/area.entity';
import { AuditHead, AuditLog } from '../modules/audit/audit-log.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { Department } from '../modules/department/department.entity';

/** Every entity, listed explicitly (no folder discovery: works the same under SWC and vitest). */
export const entities = [Area, Department, User, Session, ApiToken, AuditLog, AuditHead];
