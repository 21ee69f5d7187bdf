import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../../../modules/artisan"
import type ArtisanModuleService from "../../../../modules/artisan/service"
import { updateTaskWorkflow } from "../../../../workflows/update-task"
import type { UpdateTaskBody } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  res.json({ task: await service.retrieveTask(req.params.id, { relations: ["rates"] }) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateTaskBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  await service.retrieveTask(req.params.id)
  await updateTaskWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ task: await service.retrieveTask(req.params.id, { relations: ["rates"] }) })
}
