import { Migration20261129130000ParameterVersions } from './Migration20261129130000ParameterVersions';
import { Migration20261129120000LedgerSearch } from './Migration20261129120000LedgerSearch';
import { Migration20261129100000Ledger } from './Migration20261129100000Ledger';
import { Migration20261129000000Foundation } from './Migration20261129000000Foundation';

/** Ordered list of committed migrations (`pnpm db:migration:create` appends here). */
export const migrationsList = [
  { name: 'Migration20261129000000Foundation', class: Migration20261129000000Foundation },
  { name: 'Migration20261129100000Ledger', class: Migration20261129100000Ledger },
  { name: 'Migration20261129120000LedgerSearch', class: Migration20261129120000LedgerSearch },
  { name: 'Migration20261129130000ParameterVersions', class: Migration20261129130000ParameterVersions },
];
