import { model } from "@medusajs/framework/utils"
import { ArtisanGroup } from "./artisan-group"
import { ServiceSegment } from "./service-segment"
import { PublicConsent } from "./public-consent"
import { OutputRecord } from "./output-record"
import { LeaveDay } from "./leave-day"

export const SKILL_GRADES = ["unskilled", "semi_skilled", "skilled", "highly_skilled"] as const
export const EMPLOYMENT_KINDS = ["trainee", "employee"] as const

/**
 * One woman on the register. legal_name and personal_details are private:
 * they never leave the admin API, and only owner and production read them.
 */
export const Artisan = model
  .define("artisan", {
    id: model.id({ prefix: "art" }).primaryKey(),
    code: model.text().unique(),
    legal_name: model.text().searchable(),
    personal_details: model.json().nullable(),
    skill_grade: model.enum([...SKILL_GRADES]),
    employment_kind: model.enum([...EMPLOYMENT_KINDS]),
    epf_enrolled: model.boolean().default(false),
    esi_enrolled: model.boolean().default(false),
    freedom_date: model.dateTime().nullable(),
    training_start: model.dateTime().nullable(),
    group: model.belongsTo(() => ArtisanGroup, { mappedBy: "artisans" }),
    segments: model.hasMany(() => ServiceSegment, { mappedBy: "artisan" }),
    consents: model.hasMany(() => PublicConsent, { mappedBy: "artisan" }),
    outputs: model.hasMany(() => OutputRecord, { mappedBy: "artisan" }),
    leave_days: model.hasMany(() => LeaveDay, { mappedBy: "artisan" }),
  })
  .cascades({ delete: ["segments", "consents"] })
