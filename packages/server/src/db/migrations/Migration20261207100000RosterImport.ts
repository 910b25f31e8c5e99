import { Migration } from '@mikro-orm/migrations';

/**
 * 大数据库 imports (modules/roster, ADR 0018): one pipeline for department rosters and every reference
 * dataset.
 *
 * - `import_batch`: one upload or CLI run — dataset, file, department, counts, status; shares its id
 *   with its `job` row. Scoped like the job: its area (the importer's) under RLS.
 * - `import_row_key`: every row ever imported, by dataset and the hash of its normalised content — the
 *   same rows again (same file, other encoding, other format) add nothing.
 * - `ref_*`: one table per reference dataset, typed columns, the person by the ID blind index (and the
 *   sealed ID, so a field-key rotation can rebuild the index). Rows are immutable facts as a source
 *   reported them; readable only in the system scope (the cross-check runs there) — departments see
 *   them through findings and the ledger, never as raw lists.
 * - `roster_conflict`: roster rows the merge could not apply as written (a person listed under two
 *   heads, or already in another household): kept as evidence for the cross-check (rule 8).
 */
export class Migration20261207100000RosterImport extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "import_batch" (
      "id" uuid not null primary key,
      "dataset" varchar(16) not null,
      "status" varchar(10) not null default 'QUEUED' check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
      "file_name" varchar(200) not null,
      "file_hash" varchar(64) not null,
      "format" varchar(8) null,
      "encoding" varchar(16) null,
      "department_id" uuid null references "department" ("id"),
      "area_code" varchar(12) collate "C" not null,
      "rows" int not null default 0,
      "valid" int not null default 0,
      "imported" int not null default 0,
      "unchanged" int not null default 0,
      "duplicates" int not null default 0,
      "conflicts" int not null default 0,
      "errors" int not null default 0,
      "error_counts" jsonb not null default '{}',
      "has_error_report" boolean not null default false,
      "message" varchar(500) null,
      "requested_by" uuid null,
      "requested_by_name" varchar(64) not null,
      "created_at" timestamptz not null default now(),
      "finished_at" timestamptz null,
      "version" int not null default 1);`);
    this.addSql(`create index "import_batch_area_index" on "import_batch" ("area_code", "created_at");`);
    this.addSql(`create index "import_batch_dataset_index" on "import_batch" ("dataset", "created_at");`);
    this.addSql(`create index "import_batch_hash_index" on "import_batch" ("dataset", "file_hash") where "status" = 'DONE';`);
    this.addSql(`alter table "import_batch" enable row level security;`);
    this.addSql(`alter table "import_batch" force row level security;`);
    this.addSql(`create policy "import_batch_scope" on "import_batch" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);

    this.addSql(`create table "import_row_key" (
      "dataset" varchar(16) not null,
      "row_key" varchar(64) not null,
      "batch_id" uuid not null,
      primary key ("dataset", "row_key"));`);

    const systemOnly = (t: string) => {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(
        `create policy "${t}_system" on "${t}" using (coalesce(current_setting('app.area_prefix', true), '') = '*') with check (coalesce(current_setting('app.area_prefix', true), '') = '*');`,
      );
    };
    const common = `"id" uuid not null primary key,
      "batch_id" uuid not null,
      "line" int not null,
      "id_bidx" varchar(64) not null,
      "id_enc" text not null,
      "name" varchar(50) not null,
      "department_id" uuid null,
      "created_at" timestamptz not null default now()`;
    const tables: Record<string, string> = {
      ref_death: `"death_date" date not null, "source" varchar(20) not null`,
      ref_vehicle: `"plate" varchar(16) not null, "vehicle_type" varchar(40) not null, "registered_on" date null`,
      ref_property: `"cert_no" varchar(64) not null, "location" varchar(200) null, "usage" varchar(12) not null, "floor_area" numeric(10,2) not null, "registered_on" date null`,
      ref_business: `"credit_code" varchar(18) not null, "company" varchar(200) not null, "role" varchar(12) not null, "capital_fen" bigint not null, "reg_status" varchar(10) not null, "established_on" date null`,
      ref_payroll: `"employer" varchar(200) not null, "monthly_pay_fen" bigint not null, "from_date" date not null, "to_date" date null`,
      ref_medical: `"year" smallint not null, "total_fen" bigint not null, "self_pay_fen" bigint not null`,
      ref_status: `"status_kind" varchar(12) not null, "cert_no" varchar(40) null, "grade" smallint null, "from_date" date not null, "to_date" date null, "area_code" varchar(12) null`,
      ref_income: `"category" varchar(12) not null, "amount_fen" bigint not null, "as_of" date not null, "source" varchar(40) null`,
      ref_hukou: `"change_type" varchar(12) not null, "changed_on" date not null, "destination" varchar(100) null`,
      ref_cadre: `"position" varchar(40) not null, "organisation" varchar(100) not null, "area_code" varchar(12) null`,
    };
    for (const [t, cols] of Object.entries(tables)) {
      this.addSql(`create table "${t}" (${common}, ${cols});`);
      this.addSql(`create index "${t}_id_bidx_index" on "${t}" ("id_bidx");`);
      systemOnly(t);
    }

    this.addSql(`create table "roster_conflict" (
      "id" uuid not null primary key,
      "batch_id" uuid not null,
      "line" int not null,
      "kind" varchar(16) not null check ("kind" in ('TWO_HEADS', 'OTHER_HOUSEHOLD', 'HEAD_ELSEWHERE')),
      "person_id" uuid not null,
      "household_id" uuid not null,
      "listed_head_bidx" varchar(64) not null,
      "listed_area_code" varchar(12) not null,
      "program_code" varchar(32) not null,
      "area_code" varchar(12) not null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "roster_conflict_person_index" on "roster_conflict" ("person_id");`);
    systemOnly('roster_conflict');
  }

  override async down(): Promise<void> {
    for (const t of [
      'roster_conflict',
      'ref_death',
      'ref_vehicle',
      'ref_property',
      'ref_business',
      'ref_payroll',
      'ref_medical',
      'ref_status',
      'ref_income',
      'ref_hukou',
      'ref_cadre',
      'import_row_key',
      'import_batch',
    ]) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
  }
}
