import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { parseRuleSet } from "@mukti/wages"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { dateFromIso, isoFromDate } from "../../../lib/dates"
import { createRuleSetWorkflow } from "../../../workflows/pay-runs/create-rule-set"
import type { CreateRuleSetBody, ListRuleSetsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as z.infer<typeof ListRuleSetsQuery>
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [rule_sets, count] = await service.listAndCountRuleSets({}, { take: limit, skip: offset, order: { version: "DESC" } })
  res.json({ rule_sets: rule_sets.map((r) => ({ ...r, effective_from: isoFromDate(r.effective_from) })), count, offset, limit })
}

/** A change to the rules is always a new version; versions in use are never edited. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateRuleSetBody>>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await createRuleSetWorkflow(req.scope).run({
    input: {
      name: body.name,
      effective_from: dateFromIso(body.effective_from),
      source_note: body.source_note,
      rules: parseRuleSet(body.rules) as unknown as Record<string, unknown>,
      created_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ rule_set: { ...result, effective_from: isoFromDate(result.effective_from) } })
}
