import { Migration } from '@mikro-orm/migrations';

/**
 * `crosscheck_recipient` without its (run_id, id_bidx) index (P6, docs/benchmarks.md): the rules join the
 * run's recipients to the reference tables as whole sets (hash joins, nested loops off), so the index was
 * never read, while maintaining it for every row of a run cost more than half of building the set
 * (200,000-row roster: 8.3 s with it, 3.7 s without). A run's rows are found by a scan of the scratch table.
 */
export class Migration20261208100000CrosscheckRecipientScan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "crosscheck_recipient_bidx_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index if not exists "crosscheck_recipient_bidx_index" on "crosscheck_recipient" ("run_id", "id_bidx");`);
  }
}
