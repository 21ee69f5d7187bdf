import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createArtisansStep, createServiceSegmentsStep } from "./steps/artisan-record-steps"

export type SegmentInput = {
  hire_date: Date
  exit_date?: Date | null
  exit_reason?: "resignation" | "retirement" | "termination" | "death" | "disablement" | "other" | null
  earlier_service_counts?: boolean
}

export type CreateArtisanInput = {
  group_id: string
  code: string
  legal_name: string
  personal_details?: Record<string, unknown> | null
  skill_grade: "unskilled" | "semi_skilled" | "skilled" | "highly_skilled"
  employment_kind: "trainee" | "employee"
  epf_enrolled?: boolean
  esi_enrolled?: boolean
  freedom_date?: Date | null
  training_start?: Date | null
  segments?: SegmentInput[]
}

export const createArtisanWorkflow = createWorkflow("create-artisan", (input: CreateArtisanInput) => {
  const artisans = createArtisansStep(
    transform({ input }, ({ input }) => {
      const { segments: _segments, ...artisan } = input
      return [artisan]
    })
  )
  createServiceSegmentsStep(
    transform({ input, artisans }, ({ input, artisans }) =>
      (input.segments ?? []).map((segment) => ({ ...segment, artisan_id: artisans[0].id }))
    )
  )
  return new WorkflowResponse(transform({ artisans }, ({ artisans }) => artisans[0]))
})
