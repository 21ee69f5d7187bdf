import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123080556 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan_leave_day" drop constraint if exists "artisan_leave_day_artisan_id_leave_date_unique";`);
    this.addSql(`create table if not exists "artisan_leave_day" ("id" text not null, "leave_date" timestamptz not null, "kind" text check ("kind" in ('paid', 'unpaid')) not null, "note" text null, "recorded_by" text not null, "cancelled_at" timestamptz null, "cancelled_by" text null, "artisan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_leave_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_leave_day_artisan_id" ON "artisan_leave_day" ("artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_leave_day_deleted_at" ON "artisan_leave_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_leave_day_artisan_id_leave_date_unique" ON "artisan_leave_day" ("artisan_id", "leave_date") WHERE deleted_at IS NULL AND cancelled_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_leave_day_leave_date" ON "artisan_leave_day" ("leave_date") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "artisan_leave_day" add constraint "artisan_leave_day_artisan_id_foreign" foreign key ("artisan_id") references "artisan" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artisan_leave_day" cascade;`);
  }

}
