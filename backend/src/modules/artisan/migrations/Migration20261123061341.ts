import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123061341 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan_output_record" drop constraint if exists "artisan_output_record_idempotency_key_unique";`);
    this.addSql(`alter table if exists "artisan_piece_rate" drop constraint if exists "artisan_piece_rate_task_id_effective_from_unique";`);
    this.addSql(`alter table if exists "artisan_task" drop constraint if exists "artisan_task_code_unique";`);
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_code_unique";`);
    this.addSql(`alter table if exists "artisan_group" drop constraint if exists "artisan_group_handle_unique";`);
    this.addSql(`create table if not exists "artisan_group" ("id" text not null, "name" text not null, "handle" text not null, "city" text not null, "kind" text check ("kind" in ('unit', 'centre', 'cooperative')) not null, "story" text null, "founded_on" timestamptz null, "is_public" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_group_handle_unique" ON "artisan_group" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_group_deleted_at" ON "artisan_group" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan" ("id" text not null, "code" text not null, "legal_name" text not null, "personal_details" jsonb null, "skill_grade" text check ("skill_grade" in ('unskilled', 'semi_skilled', 'skilled', 'highly_skilled')) not null, "employment_kind" text check ("employment_kind" in ('trainee', 'employee')) not null, "epf_enrolled" boolean not null default false, "esi_enrolled" boolean not null default false, "freedom_date" timestamptz null, "training_start" timestamptz null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_code_unique" ON "artisan" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_group_id" ON "artisan" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_deleted_at" ON "artisan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_public_consent" ("id" text not null, "display_name" text not null, "photo_allowed" boolean not null default false, "photo_url" text null, "story" text null, "signed_on" timestamptz not null, "expires_on" timestamptz not null, "withdrawn_on" timestamptz null, "recorded_by" text null, "artisan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_public_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_public_consent_artisan_id" ON "artisan_public_consent" ("artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_public_consent_deleted_at" ON "artisan_public_consent" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_service_segment" ("id" text not null, "hire_date" timestamptz not null, "exit_date" timestamptz null, "exit_reason" text check ("exit_reason" in ('resignation', 'retirement', 'termination', 'death', 'disablement', 'other')) null, "earlier_service_counts" boolean not null default true, "artisan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_service_segment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_service_segment_artisan_id" ON "artisan_service_segment" ("artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_service_segment_deleted_at" ON "artisan_service_segment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_task" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "product_variant_id" text null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_task_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_task_code_unique" ON "artisan_task" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_task_deleted_at" ON "artisan_task" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_piece_rate" ("id" text not null, "effective_from" timestamptz not null, "rate_paise" integer not null, "standard_minutes" integer not null, "note" text null, "task_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_piece_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_piece_rate_task_id" ON "artisan_piece_rate" ("task_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_piece_rate_deleted_at" ON "artisan_piece_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_piece_rate_task_id_effective_from_unique" ON "artisan_piece_rate" ("task_id", "effective_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan_output_record" ("id" text not null, "work_date" timestamptz not null, "quantity_accepted" integer not null, "quantity_rejected" integer not null default 0, "minutes_worked" integer not null, "recorded_by" text not null, "note" text null, "idempotency_key" text null, "corrects_id" text null, "correction_reason" text null, "locked_at" timestamptz null, "pay_run_id" text null, "artisan_id" text not null, "task_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_output_record_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_output_record_artisan_id" ON "artisan_output_record" ("artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_output_record_task_id" ON "artisan_output_record" ("task_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_output_record_deleted_at" ON "artisan_output_record" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_output_record_work_date_artisan_id" ON "artisan_output_record" ("work_date", "artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_output_record_idempotency_key_unique" ON "artisan_output_record" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_output_record_corrects_id" ON "artisan_output_record" ("corrects_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "artisan" add constraint "artisan_group_id_foreign" foreign key ("group_id") references "artisan_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "artisan_public_consent" add constraint "artisan_public_consent_artisan_id_foreign" foreign key ("artisan_id") references "artisan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "artisan_service_segment" add constraint "artisan_service_segment_artisan_id_foreign" foreign key ("artisan_id") references "artisan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "artisan_piece_rate" add constraint "artisan_piece_rate_task_id_foreign" foreign key ("task_id") references "artisan_task" ("id") on update cascade;`);

    this.addSql(`alter table if exists "artisan_output_record" add constraint "artisan_output_record_artisan_id_foreign" foreign key ("artisan_id") references "artisan" ("id") on update cascade;`);
    this.addSql(`alter table if exists "artisan_output_record" add constraint "artisan_output_record_task_id_foreign" foreign key ("task_id") references "artisan_task" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_group_id_foreign";`);

    this.addSql(`alter table if exists "artisan_public_consent" drop constraint if exists "artisan_public_consent_artisan_id_foreign";`);

    this.addSql(`alter table if exists "artisan_service_segment" drop constraint if exists "artisan_service_segment_artisan_id_foreign";`);

    this.addSql(`alter table if exists "artisan_output_record" drop constraint if exists "artisan_output_record_artisan_id_foreign";`);

    this.addSql(`alter table if exists "artisan_piece_rate" drop constraint if exists "artisan_piece_rate_task_id_foreign";`);

    this.addSql(`alter table if exists "artisan_output_record" drop constraint if exists "artisan_output_record_task_id_foreign";`);

    this.addSql(`drop table if exists "artisan_group" cascade;`);

    this.addSql(`drop table if exists "artisan" cascade;`);

    this.addSql(`drop table if exists "artisan_public_consent" cascade;`);

    this.addSql(`drop table if exists "artisan_service_segment" cascade;`);

    this.addSql(`drop table if exists "artisan_task" cascade;`);

    this.addSql(`drop table if exists "artisan_piece_rate" cascade;`);

    this.addSql(`drop table if exists "artisan_output_record" cascade;`);
  }

}
