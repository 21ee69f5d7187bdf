import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123080113 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan_pay_run" add column if not exists "compute_error" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "artisan_pay_run" drop column if exists "compute_error";`);
  }

}
