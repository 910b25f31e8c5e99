import { Migration20261205110000FieldKeys } from './Migration20261205110000FieldKeys';
import { Migration20261205100000AuditChainGuard } from './Migration20261205100000AuditChainGuard';
import { Migration20261205200000DuplicateAssistance } from './Migration20261205200000DuplicateAssistance';
import { Migration20261205510000AdminChangeRequests } from './Migration20261205510000AdminChangeRequests';
import { Migration20261205500000ApiTokenScopes } from './Migration20261205500000ApiTokenScopes';
import { Migration20261205300000Jobs } from './Migration20261205300000Jobs';
import { Migration20261129190000DetailPolicyShortcut } from './Migration20261129190000DetailPolicyShortcut';
import { Migration20261129180000SimulationJobs } from './Migration20261129180000SimulationJobs';
import { Migration20261129170000PreApplicationAuthor } from './Migration20261129170000PreApplicationAuthor';
import { Migration20261129160000ProgramVersions } from './Migration20261129160000ProgramVersions';
import { Migration20261129150000Workflow } from './Migration20261129150000Workflow';
import { Migration20261129142000Files } from './Migration20261129142000Files';
import { Migration20261129141000Calendar } from './Migration20261129141000Calendar';
import { Migration20261129140000ProgramJobs } from './Migration20261129140000ProgramJobs';
import { Migration20261129130000ParameterVersions } from './Migration20261129130000ParameterVersions';
import { Migration20261129120000LedgerSearch } from './Migration20261129120000LedgerSearch';
import { Migration20261129100000Ledger } from './Migration20261129100000Ledger';
import { Migration20261129000000Foundation } from './Migration20261129000000Foundation';
import { Migration20261206100000EntityVersions } from './Migration20261206100000EntityVersions';
import { Migration20261206110000CalendarDayVersion } from './Migration20261206110000CalendarDayVersion';
import { Migration20261206120000StoredFileVersion } from './Migration20261206120000StoredFileVersion';
import { Migration20261206500000Settings } from './Migration20261206500000Settings';

/** Ordered list of committed migrations (`pnpm db:migration:create` appends here). */
export const migrationsList = [
  { name: 'Migration20261129000000Foundation', class: Migration20261129000000Foundation },
  { name: 'Migration20261129100000Ledger', class: Migration20261129100000Ledger },
  { name: 'Migration20261129120000LedgerSearch', class: Migration20261129120000LedgerSearch },
  { name: 'Migration20261129130000ParameterVersions', class: Migration20261129130000ParameterVersions },
  { name: 'Migration20261129140000ProgramJobs', class: Migration20261129140000ProgramJobs },
  { name: 'Migration20261129141000Calendar', class: Migration20261129141000Calendar },
  { name: 'Migration20261129142000Files', class: Migration20261129142000Files },
  { name: 'Migration20261129150000Workflow', class: Migration20261129150000Workflow },
  { name: 'Migration20261129160000ProgramVersions', class: Migration20261129160000ProgramVersions },
  { name: 'Migration20261129170000PreApplicationAuthor', class: Migration20261129170000PreApplicationAuthor },
  { name: 'Migration20261129180000SimulationJobs', class: Migration20261129180000SimulationJobs },
  { name: 'Migration20261129190000DetailPolicyShortcut', class: Migration20261129190000DetailPolicyShortcut },
  { name: 'Migration20261205100000AuditChainGuard', class: Migration20261205100000AuditChainGuard },
  { name: 'Migration20261205110000FieldKeys', class: Migration20261205110000FieldKeys },
  { name: 'Migration20261205200000DuplicateAssistance', class: Migration20261205200000DuplicateAssistance },
  { name: 'Migration20261205300000Jobs', class: Migration20261205300000Jobs },
  { name: 'Migration20261205500000ApiTokenScopes', class: Migration20261205500000ApiTokenScopes },
  { name: 'Migration20261205510000AdminChangeRequests', class: Migration20261205510000AdminChangeRequests },
  { name: 'Migration20261206100000EntityVersions', class: Migration20261206100000EntityVersions },
  { name: 'Migration20261206110000CalendarDayVersion', class: Migration20261206110000CalendarDayVersion },
  { name: 'Migration20261206120000StoredFileVersion', class: Migration20261206120000StoredFileVersion },
  { name: 'Migration20261206500000Settings', class: Migration20261206500000Settings },
];
