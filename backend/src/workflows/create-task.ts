import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPieceRatesStep, createTasksStep } from "./steps/artisan-record-steps"

export type RateInput = { effective_from: Date; rate_paise: number; standard_minutes: number; note?: string | null }

export type CreateTaskInput = {
  code: string
  name: string
  description?: string | null
  product_variant_id?: string | null
  rates?: RateInput[]
}

export const createTaskWorkflow = createWorkflow("create-task", (input: CreateTaskInput) => {
  const tasks = createTasksStep(
    transform({ input }, ({ input }) => {
      const { rates: _rates, ...task } = input
      return [task]
    })
  )
  createPieceRatesStep(
    transform({ input, tasks }, ({ input, tasks }) => (input.rates ?? []).map((r) => ({ ...r, task_id: tasks[0].id })))
  )
  return new WorkflowResponse(transform({ tasks }, ({ tasks }) => tasks[0]))
})
