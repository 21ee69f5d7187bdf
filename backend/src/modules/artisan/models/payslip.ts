import { model } from "@medusajs/framework/utils"
import { PayRun } from "./pay-run"
import { PayslipLine } from "./payslip-line"

/** One artisan's pay for a run, as the wage engine computed it; amounts in paise. */
export const Payslip = model
  .define("artisan_payslip", {
    id: model.id({ prefix: "pslip" }).primaryKey(),
    artisan_id: model.text(),
    artisan_code: model.text(),
    group_id: model.text(),
    skill_grade: model.text(),
    employment_kind: model.text(),
    minutes_worked: model.number(),
    pieces: model.number(),
    days_worked: model.number(),
    gross_paise: model.bigNumber(),
    deductions_paise: model.bigNumber(),
    net_paise: model.bigNumber(),
    employer_paise: model.bigNumber(),
    effective_hourly_paise: model.number(),
    floor_hourly_paise: model.number(),
    living_hourly_paise: model.number().nullable(),
    flags: model.json(),
    pay_run: model.belongsTo(() => PayRun, { mappedBy: "payslips" }),
    lines: model.hasMany(() => PayslipLine, { mappedBy: "payslip" }),
  })
  .indexes([{ on: ["pay_run_id", "artisan_id"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["lines"] })
