import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { createTaskWorkflow } from "../../../workflows/create-task"
import type { CreateTaskBody, ListTasksQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q, ...filters } = req.validatedQuery as z.infer<typeof ListTasksQuery>
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [tasks, count] = await service.listAndCountTasks(
    { ...filters, ...(q ? { $or: [{ code: { $ilike: `%${q}%` } }, { name: { $ilike: `%${q}%` } }] } : {}) },
    { take: limit, skip: offset, order: { code: "ASC" }, relations: ["rates"] }
  )
  res.json({ tasks, count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateTaskBody>>, res: MedusaResponse) {
  const service: ArtisanModuleService = req.scope.resolve(ARTISAN_MODULE)
  const [clash] = await service.listTasks({ code: req.validatedBody.code }, { select: ["id"], withDeleted: true })
  if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `A task with code ${req.validatedBody.code} already exists.`)
  const { result } = await createTaskWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ task: await service.retrieveTask(result.id, { relations: ["rates"] }) })
}
