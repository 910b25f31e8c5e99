import { Migration20261129000000Foundation } from './Migration20261129000000Foundation';

/** Ordered list of committed migrations (`pnpm db:migration:create` appends here). */
export const migrationsList = [
  { name: 'Migration20261129000000Foundation', class: Migration20261129000000Foundation },
];
