import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123064807 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan_pay_run" add column if not exists "holidays" jsonb null, add column if not exists "unpriced_output_ids" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "artisan_pay_run" drop column if exists "holidays", drop column if exists "unpriced_output_ids";`);
  }

}
