import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123062855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan_rule_set" drop constraint if exists "artisan_rule_set_version_unique";`);
    this.addSql(`alter table if exists "artisan_payslip" drop constraint if exists "artisan_payslip_pay_run_id_artisan_id_unique";`);
    this.addSql(`create table if not exists "artisan_pay_adjustment" ("id" text not null, "artisan_id" text not null, "amount_paise" integer not null, "reason" text not null, "corrects_payslip_id" text not null, "settled_pay_run_id" text null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pay_adjustment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_pay_adjustment_deleted_at" ON "artisan_pay_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_pay_adjustment_artisan_id_settled_pay_run_id" ON "artisan_pay_adjustment" ("artisan_id", "settled_pay_run_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_pay_run" ("id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "status" text check ("status" in ('computing', 'draft', 'approved', 'paid', 'cancelled')) not null default 'computing', "rule_set_id" text not null, "rule_set_snapshot" jsonb null, "inputs_hash" text null, "artisans_total" integer not null default 0, "artisans_done" integer not null default 0, "totals" jsonb null, "computed_at" timestamptz null, "created_by" text not null, "approved_by" text null, "approved_at" timestamptz null, "paid_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pay_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_pay_run_deleted_at" ON "artisan_pay_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_pay_run_period_start_period_end" ON "artisan_pay_run" ("period_start", "period_end") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_pay_run_status" ON "artisan_pay_run" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_payment" ("id" text not null, "payslip_id" text null, "reference" text not null, "method" text check ("method" in ('bank_transfer', 'cash')) not null, "paid_on" timestamptz not null, "amount_paise" numeric not null, "recorded_by" text not null, "pay_run_id" text not null, "raw_amount_paise" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payment_pay_run_id" ON "artisan_payment" ("pay_run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payment_deleted_at" ON "artisan_payment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_payslip" ("id" text not null, "artisan_id" text not null, "artisan_code" text not null, "group_id" text not null, "skill_grade" text not null, "employment_kind" text not null, "minutes_worked" integer not null, "pieces" integer not null, "days_worked" integer not null, "gross_paise" numeric not null, "deductions_paise" numeric not null, "net_paise" numeric not null, "employer_paise" numeric not null, "effective_hourly_paise" integer not null, "floor_hourly_paise" integer not null, "living_hourly_paise" integer null, "flags" jsonb not null, "pay_run_id" text not null, "raw_gross_paise" jsonb not null, "raw_deductions_paise" jsonb not null, "raw_net_paise" jsonb not null, "raw_employer_paise" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_payslip_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payslip_pay_run_id" ON "artisan_payslip" ("pay_run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payslip_deleted_at" ON "artisan_payslip" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_payslip_pay_run_id_artisan_id_unique" ON "artisan_payslip" ("pay_run_id", "artisan_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_payslip_line" ("id" text not null, "position" integer not null, "code" text not null, "kind" text not null, "label" text not null, "amount_paise" numeric not null, "basis" text not null, "payslip_id" text not null, "raw_amount_paise" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_payslip_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payslip_line_payslip_id" ON "artisan_payslip_line" ("payslip_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payslip_line_deleted_at" ON "artisan_payslip_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_rule_set" ("id" text not null, "version" integer not null, "name" text not null, "effective_from" timestamptz not null, "source_note" text not null, "rules" jsonb not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_rule_set_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_rule_set_version_unique" ON "artisan_rule_set" ("version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_rule_set_deleted_at" ON "artisan_rule_set" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "artisan_payment" add constraint "artisan_payment_pay_run_id_foreign" foreign key ("pay_run_id") references "artisan_pay_run" ("id") on update cascade;`);

    this.addSql(`alter table if exists "artisan_payslip" add constraint "artisan_payslip_pay_run_id_foreign" foreign key ("pay_run_id") references "artisan_pay_run" ("id") on update cascade;`);

    this.addSql(`alter table if exists "artisan_payslip_line" add constraint "artisan_payslip_line_payslip_id_foreign" foreign key ("payslip_id") references "artisan_payslip" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "artisan_payment" drop constraint if exists "artisan_payment_pay_run_id_foreign";`);

    this.addSql(`alter table if exists "artisan_payslip" drop constraint if exists "artisan_payslip_pay_run_id_foreign";`);

    this.addSql(`alter table if exists "artisan_payslip_line" drop constraint if exists "artisan_payslip_line_payslip_id_foreign";`);

    this.addSql(`drop table if exists "artisan_pay_adjustment" cascade;`);

    this.addSql(`drop table if exists "artisan_pay_run" cascade;`);

    this.addSql(`drop table if exists "artisan_payment" cascade;`);

    this.addSql(`drop table if exists "artisan_payslip" cascade;`);

    this.addSql(`drop table if exists "artisan_payslip_line" cascade;`);

    this.addSql(`drop table if exists "artisan_rule_set" cascade;`);
  }

}
